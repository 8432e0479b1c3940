import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import {
	appEditor,
	builtFiles,
	inPage,
	loadExample,
	problems,
	reads,
	results,
	setText
} from './helpers.ts';

/** Waits until the service worker has stored the build and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
	await inPage(page, 'navigator.serviceWorker.ready.then(() => true)');
	await page.waitForFunction('navigator.serviceWorker.controller !== null');
}

/** Returns the URL paths held in the page's caches, by cache name. */
function cachedPaths(page: Page): Promise<Record<string, string[]>> {
	return inPage(
		page,
		`(async () => Object.fromEntries(await Promise.all((await caches.keys()).map(async (name) =>
			[name, (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort()]))))()`
	);
}

test('after one visit the app reloads and works fully with the network off', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	// Every file of the build is stored, lazy parts included; the worker itself is not, nor
	// embed.js, the script for host pages, which the app never loads.
	const notCached = new Set(['/sw.js', '/embed.js']);
	const expected = ['/', ...builtFiles().filter((path) => !notCached.has(path))].sort();
	expect(Object.values(await cachedPaths(page))).toEqual([expected]);

	await context.setOffline(true);
	const served: { url: string; fromServiceWorker: boolean }[] = [];
	const failed: string[] = [];
	page.on('response', (r) =>
		served.push({ url: r.url(), fromServiceWorker: r.fromServiceWorker() })
	);
	page.on('requestfailed', (r) => failed.push(r.url()));
	await page.reload();

	await setText(page, 'password = secret\n');
	await expect(
		problems(page).getByRole('listitem').filter({ hasText: 'is not quoted' })
	).toContainText('line 1, column 12');
	await setText(page, 'api_key = "sk-offline"\n[db]\nuser = "me"\n');
	await expect(
		results(page).getByRole('button', { name: 'st.secrets["db"]["user"]', exact: true })
	).toBeVisible();
	// Large text is analysed in the Web Worker, whose script must come from the cache too.
	await setText(page, `big = "${'x'.repeat(60_000)}"\n`);
	await expect(results(page)).toContainText('st.secrets["big"]');
	await loadExample(page, 'SQL database');
	await expect(
		results(page).getByRole('button', {
			name: 'st.secrets["connections"]["sql"]["dialect"]',
			exact: true
		})
	).toBeVisible();
	await page.getByRole('tab', { name: 'Try it' }).click();
	const input = page.getByRole('textbox', { name: 'Python statement' });
	await input.fill('st.secrets.connections.sql.dialect');
	await input.press('Enter');
	await expect(page.getByRole('list', { name: 'Console output' })).toContainText("'postgresql'");
	await setText(
		page,
		'import streamlit as st\n\ndialect = st.secrets.connections.sql.dialect\n',
		appEditor()
	);
	await page.getByRole('tab', { name: 'Reads' }).click();
	await expect(reads(page)).toContainText('1 read: 1 found.');

	expect(failed).toEqual([]);
	const paths = served.map((r) => new URL(r.url).pathname);
	for (const path of ['/', '/assets/', 'TryConsole', 'ReadsView', 'examples', 'analysis-worker'])
		expect(
			paths.some((p) => p.includes(path)),
			path
		).toBe(true);
	for (const response of served) expect(response.fromServiceWorker, response.url).toBe(true);
});

test('a new build’s worker deletes the caches of older builds', async ({ page }) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	const [current] = Object.keys(await cachedPaths(page));
	expect(current).toMatch(/^secrets-playground-[0-9a-f]{16}$/);
	// An older build's cache, and a worker that installs afresh as after a deployment.
	await inPage(
		page,
		`(async () => {
			await caches.open('secrets-playground-0000000000000000');
			await (await navigator.serviceWorker.ready).unregister();
			return true;
		})()`
	);
	await page.reload();
	await waitForServiceWorker(page);
	await expect.poll(async () => Object.keys(await cachedPaths(page))).toEqual([current]);
});

// Chromium never offers to install from an incognito profile, and every test's context
// is one: this test opens the app in a real, throw-away profile instead.
test('Chromium considers the app installable', async ({ baseURL }) => {
	const profile = mkdtempSync(join(tmpdir(), 'installable-'));
	const context = await chromium.launchPersistentContext(profile, {
		...test.info().project.use.launchOptions,
		baseURL
	});
	try {
		const page = await context.newPage();
		await page.goto('/');
		await waitForServiceWorker(page);
		const cdp = await context.newCDPSession(page);
		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.errors).toEqual([]);
		expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
