import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { distDir, results, setText } from './helpers.ts';

/**
 * A documentation site of the test's own (as `localhost`, another origin than the playground
 * on 127.0.0.1) that loads the playground's embed.js, and, on the same server as 127.0.0.1,
 * a build made with `vite build --base /sub/` served under /sub/ only, as GitHub Pages serves
 * a project site.
 */
const baseDist = `${distDir}-base`;
let server: Server;
let docs = '';
let sub = '';
let playground = '';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2'
};

// The host page's blocks: options as data attributes, text that is HTML on purpose.
const hostHtml = (src: string) => `<!doctype html><html lang="en"><head><title>Docs</title></head>
<body><h1>Configuring secrets</h1>
<pre data-streamlit-secrets data-view="env" data-readonly data-height="420">
user = "embedded"
port = 5432
</pre>
<pre data-streamlit-secrets data-title="Second example" data-height="300" data-max-height="900">note = "&lt;img src=x onerror=alert(1)&gt;"</pre>
<script>
window.sizes = [];
addEventListener('message', (e) => { if (e.data && e.data.type === 'size') window.sizes.push(e.data.height); });
</script>
<script src="${src}"></script>
</body></html>`;

test.beforeAll(async () => {
	test.setTimeout(240_000);
	execFileSync('npx', ['vite', 'build', '--base', '/sub/', '--outDir', baseDist, '--emptyOutDir'], {
		stdio: 'ignore'
	});
	server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://host');
		if (url.pathname === '/docs') {
			response.writeHead(200, { 'content-type': types['.html'] });
			response.end(hostHtml(url.searchParams.get('src') ?? ''));
			return;
		}
		const rest = url.pathname.startsWith('/sub/') ? url.pathname.slice(5) || 'index.html' : null;
		const file = rest === null ? '' : normalize(join(baseDist, decodeURIComponent(rest)));
		if (!file.startsWith(baseDist) || !existsSync(file) || !statSync(file).isFile()) {
			response.writeHead(404);
			response.end();
			return;
		}
		response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
		response.end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	docs = `http://localhost:${port}`;
	sub = `http://127.0.0.1:${port}/sub/`;
});

test.afterAll(async () => {
	await new Promise<void>((resolve) => server.close(() => resolve()));
	rmSync(baseDist, { recursive: true, force: true });
});

test.beforeEach(({ baseURL }) => {
	playground = baseURL!;
});

async function openDocs(page: Page): Promise<void> {
	await page.goto(`${docs}/docs?src=${encodeURIComponent(`${playground}/embed.js`)}`);
}

test('embed.js turns each block into a live playground with its text and options', async ({
	page
}) => {
	await openDocs(page);
	await expect(page.locator('pre')).toHaveCount(0);
	const frames = page.locator('iframe');
	await expect(frames).toHaveCount(2);
	const first = page.frameLocator('iframe >> nth=0');
	const box = first.getByRole('textbox', { name: 'Editor for .streamlit/secrets.toml' });
	await expect(box).toContainText('user = "embedded"');
	await expect(box).toContainText('port = 5432');
	await expect(first.getByRole('tab', { name: /Environment/ })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await box.click();
	await page.keyboard.type('zzz');
	await expect(box).not.toContainText('zzz');
	// The text goes by postMessage, never into the frame's address.
	const src = await frames.first().getAttribute('src');
	expect(src).toBe(`${playground}/?embed=1&origin=${encodeURIComponent(docs)}&readonly=1&view=env`);
	expect(await frames.nth(1).getAttribute('title')).toBe('Second example');
	expect(await frames.nth(1).getAttribute('src')).not.toContain('readonly');
});

test('embed.js puts HTML in a block into the editor as text, never into the page', async ({
	page
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await openDocs(page);
	const second = page.frameLocator('iframe >> nth=1');
	await expect(
		second.getByRole('textbox', { name: 'Editor for .streamlit/secrets.toml' })
	).toContainText('note = "<img src=x onerror=alert(1)>"');
	await expect(page.locator('img')).toHaveCount(0);
	expect(dialogs).toEqual([]);
});

test('embed.js sizes each frame to the height the playground reports, within its bounds', async ({
	page
}) => {
	await openDocs(page);
	await expect.poll(() => page.evaluate('window.sizes.length')).toBeGreaterThanOrEqual(2);
	const heights = await page
		.locator('iframe')
		.evaluateAll((frames) => frames.map((f) => f.getBoundingClientRect().height));
	const sizes = (await page.evaluate('window.sizes')) as number[];
	expect(heights[0]).toBeGreaterThanOrEqual(420);
	expect(heights[1]).toBeGreaterThanOrEqual(300);
	expect(heights[1]).toBeLessThanOrEqual(900);
	for (const height of sizes) expect(height).toBeGreaterThan(0);
});

test('a build with --base /sub/ works under that sub-path: app, worker, manifest and service worker', async ({
	page
}) => {
	const outside: string[] = [];
	const failed: string[] = [];
	page.on('request', (r) => {
		if (/^https?:/.test(r.url()) && !r.url().startsWith(sub)) outside.push(r.url());
	});
	page.on('response', (r) => {
		if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
	});
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	await page.goto(sub);
	await setText(page, 'api_key = "from-the-sub-path"\n');
	await expect(results(page)).toContainText('api_key');
	// Large text is analysed in the worker, whose script must come from under /sub/.
	const big = Array.from({ length: 4000 }, (_, i) => `key_${i} = "value number ${i}"`).join('\n');
	await setText(page, `${big}\n`);
	await expect(results(page)).toContainText('4000 paths', { timeout: 20_000 });
	expect(workers.some((url) => url.startsWith(`${sub}assets/`))).toBe(true);
	const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(new URL(manifest!, sub).href).toBe(`${sub}manifest.webmanifest`);
	const scope = await page.evaluate(async () => {
		const nav = (
			globalThis as unknown as {
				navigator: { serviceWorker: { ready: Promise<{ scope: string }> } };
			}
		).navigator;
		return (await nav.serviceWorker.ready).scope;
	});
	expect(scope).toBe(sub);
	expect(outside).toEqual([]);
	expect(failed).toEqual([]);
});
