import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { editor, inPage, loadExample, problems, results, setText } from './helpers.ts';

// The single-file build, found from the repository root (E2E_SINGLE names another folder).
const root = fileURLToPath(new URL('../../', import.meta.url));
const singleFile = pathToFileURL(
	resolve(root, process.env.E2E_SINGLE ?? 'dist-single', 'index.html')
);

test('the single-file build runs from file:// without a single network request', async ({
	page,
	context
}) => {
	const requests: string[] = [];
	const workers: string[] = [];
	const errors: string[] = [];
	context.on('request', (r) => requests.push(r.url()));
	// Anything that tries the network is stopped and recorded, whatever the policy says.
	await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
	page.on('worker', (w) => workers.push(w.url()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto(singleFile.href);

	const policy = await page
		.locator('meta[http-equiv="Content-Security-Policy"]')
		.getAttribute('content');
	expect(policy).toContain("connect-src 'none'");
	expect(policy).toContain("default-src 'none'");
	expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*';/);

	await setText(page, 'password = secret\n');
	await expect(page.locator('.cm-lintRange-error').first()).toBeVisible();
	await expect(
		problems(page).getByRole('listitem').filter({ hasText: 'is not quoted' })
	).toContainText('line 1, column 12');
	await setText(page, 'api_key = "sk-file"\n[db]\nuser = "me"\n');
	await expect(
		results(page).getByRole('button', { name: 'st.secrets["db"]["user"]', exact: true })
	).toBeVisible();
	// Large text goes to the analysis worker, started from a blob: URL.
	await setText(page, `big = "${'x'.repeat(60_000)}"\n`);
	await expect(results(page)).toContainText('st.secrets["big"]');
	expect(workers.length).toBeGreaterThan(0);
	for (const url of workers) expect(url).toMatch(/^blob:/);

	// The lazy parts are inlined too.
	await loadExample(page, 'SQL database');
	await page.getByRole('tab', { name: 'Try it' }).click();
	const input = page.getByRole('textbox', { name: 'Python statement' });
	await input.fill('st.secrets.connections.sql.dialect');
	await input.press('Enter');
	await expect(page.getByRole('list', { name: 'Console output' })).toContainText("'postgresql'");

	// The draft survives a reload of the tab here too.
	await page.reload();
	await expect(editor(page)).toContainText('[connections.sql]');
	expect(await inPage(page, 'location.protocol')).toBe('file:');

	expect(errors).toEqual([]);
	expect(requests.length).toBeGreaterThan(0);
	for (const url of requests)
		expect(url, url).toMatch(new RegExp(`^(${singleFile.href}$|data:|blob:)`));
});
