import { expect, test } from '@playwright/test';
import { builtFiles, editor, inPage, loadExample, openWith, results, setText } from './helpers.ts';

test('a whole session requests nothing beyond the app’s own files', async ({ page, baseURL }) => {
	const own = new Set(['/', ...builtFiles()]);
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	page.on('websocket', (socket) => requests.push(socket.url()));
	await page.goto('/');
	await setText(page, 'api_key = "sk-private"\n[db]\nuser = "me"\n');
	await page.keyboard.type('password = "typed"\n');
	for (const title of ['Basic keys', 'SQL database', 'Common mistakes'])
		await loadExample(page, title);
	await setText(page, `big = "${'x'.repeat(60_000)}"\n`);
	await expect(page.getByRole('status').filter({ hasText: 'Streamlit loads' })).toBeVisible();
	await page.getByRole('tab', { name: 'Try it' }).click();
	const input = page.getByRole('textbox', { name: 'Python statement' });
	await input.fill('st.secrets.big');
	await input.press('Enter');
	await expect(page.getByRole('list', { name: 'Console output' })).toContainText("'xxx");
	await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
	await page.getByRole('button', { name: 'Forget' }).click();

	expect(requests.length).toBeGreaterThan(0);
	for (const url of requests) {
		const parsed = new URL(url);
		expect(parsed.origin, url).toBe(new URL(baseURL!).origin);
		expect(own.has(parsed.pathname), url).toBe(true);
	}
});

test('the Content-Security-Policy blocks connections but lets the worker run', async ({ page }) => {
	await page.goto('/');
	const policy = await page
		.locator('meta[http-equiv="Content-Security-Policy"]')
		.getAttribute('content');
	expect(policy).toContain("connect-src 'none'");
	expect(policy).toContain("default-src 'self'");
	expect(policy).toContain("worker-src 'self'");
	const outcome = await inPage<string>(
		page,
		"fetch('/favicon.svg').then(() => 'fetched', () => 'blocked')"
	);
	expect(outcome).toBe('blocked');
	await setText(page, `api_key = "${'k'.repeat(60_000)}"\n`);
	await expect(results(page)).toContainText('st.secrets["api_key"]');
});

test('the draft survives a reload of the tab, and nothing reaches persistent storage', async ({
	page
}) => {
	await openWith(page, 'kept = "after reload"\n');
	await page.getByRole('tab', { name: 'Try it' }).click();
	const input = page.getByRole('textbox', { name: 'Python statement' });
	await input.fill('st.secrets.kept');
	await input.press('Enter');
	await page.reload();
	await expect(editor(page)).toHaveText('kept = "after reload"');
	await page.getByRole('tab', { name: 'Try it' }).click();
	await expect(page.getByRole('list', { name: 'Console output' })).toContainText("'after reload'");
	// The service worker's cache is the one persistent store: it may hold only the
	// app's own built files, and none of them the typed text.
	const stored = await inPage<{ cached: { path: string; typed: boolean }[] }>(
		page,
		`(async () => ({
			local: localStorage.length,
			databases: (await indexedDB.databases()).length,
			cookies: document.cookie,
			cached: (await Promise.all((await caches.keys()).map(async (name) => {
				const cache = await caches.open(name);
				return Promise.all((await cache.keys()).map(async (request) => ({
					path: new URL(request.url).pathname,
					typed: (await (await cache.match(request)).text()).includes('after reload')
				})));
			}))).flat()
		}))()`
	);
	expect(stored).toMatchObject({ local: 0, databases: 0, cookies: '' });
	const own = new Set(['/', ...builtFiles()]);
	for (const { path, typed } of stored.cached) {
		expect(own.has(path), path).toBe(true);
		expect(typed, path).toBe(false);
	}
});

test('Forget clears the editors, the console and the tab’s storage', async ({ page }) => {
	await openWith(page, 'secret = "forget me"\n');
	await page.getByRole('tab', { name: 'Try it' }).click();
	const input = page.getByRole('textbox', { name: 'Python statement' });
	await input.fill('st.secrets.secret');
	await input.press('Enter');
	await page.getByRole('button', { name: 'Forget' }).click();
	await expect(editor(page)).toHaveText('');
	await expect(
		page.getByRole('list', { name: 'Console output' }).getByRole('listitem')
	).toHaveCount(0);
	expect(await inPage(page, 'sessionStorage.length')).toBe(0);
	// Once the offer to undo Forget is dismissed, nothing brings the text back.
	await page.getByRole('button', { name: 'Dismiss the offer to undo' }).click();
	await editor(page).click();
	await page.keyboard.press('ControlOrMeta+Z');
	await expect(editor(page)).toHaveText('');
	await page.reload();
	await expect(editor(page)).toContainText('# Paste your .streamlit/secrets.toml here');
	expect(await page.content()).not.toContain('forget me');
	expect(await inPage(page, 'sessionStorage.length')).toBe(0);
});
