import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { results } from './helpers.ts';
import { fragmentOf } from './share-helpers.ts';

/**
 * The documentation site that embeds the playground: a small server of the test's own,
 * reached as `localhost` (the docs) and as `127.0.0.1` on the same port (a stranger). The
 * playground itself is on 127.0.0.1 on another port, so all three origins differ; all
 * are loopback addresses, so Chromium lets the pages frame the playground.
 */
let server: Server;
let docs = '';
let stranger = '';

test.beforeAll(async () => {
	server = createServer((request, response) => {
		const query = new URL(request.url ?? '/', 'http://host').searchParams;
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(hostHtml(query.get('src') ?? '', query.get('size') ?? '1000x720'));
	});
	await new Promise<void>((resolve) => server.listen(0, resolve));
	const { port } = server.address() as AddressInfo;
	docs = `http://localhost:${port}`;
	stranger = `http://127.0.0.1:${port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A documentation page that embeds `src` in a `size` frame and records every message it receives. */
function hostHtml(src: string, size: string): string {
	const [width, height] = size.split('x').map(Number);
	return `<!doctype html><html lang="en"><head><title>Docs</title></head><body>
<h1>Configuring secrets</h1>
<iframe id="embed" title="Secrets playground" src="${attribute(src)}" width="${width}" height="${height}" style="border:1px solid #ccc"></iframe>
<script>
window.received = [];
addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));
</script></body></html>`;
}

const shared = (text: string, view = 'env') =>
	JSON.stringify({
		version: 1,
		redacted: false,
		sources: [
			{ path: '~/.streamlit/secrets.toml', kind: 'missing', text: '' },
			{ path: '.streamlit/secrets.toml', kind: 'file', text }
		],
		code: [['streamlit_app.py', '']],
		view,
		active: 1
	});

/** Opens the documentation page at `origin` embedding `src` in a frame of `size` pixels. */
async function hostPage(page: Page, origin: string, src: string, size = '1000x720'): Promise<void> {
	await page.goto(`${origin}/guide?size=${size}&src=${encodeURIComponent(src)}`);
}

/** Posts `message` from the host page to the embed. */
function post(page: Page, message: object, target = '*'): Promise<void> {
	return page.evaluate(
		([m, t]) => {
			const frame = (
				globalThis as unknown as { document: { getElementById(id: string): unknown } }
			).document.getElementById('embed') as {
				contentWindow: { postMessage(m: unknown, t: string): void };
			};
			frame.contentWindow.postMessage(m, t as string);
		},
		[message, target] as const
	);
}

type Received = { origin: string; data: Record<string, unknown> }[];
const received = (page: Page) => page.evaluate('window.received') as Promise<Received>;

async function embedSrc(page: Page, baseURL: string, query: string, text: string) {
	await page.goto('/');
	return `${baseURL}/?${query}#${await fragmentOf(page, shared(text))}`;
}

test('embed mode opens a link without the header, read-only, on the chosen view', async ({
	page,
	baseURL
}) => {
	const src = await embedSrc(
		page,
		baseURL!,
		`embed=1&readonly=1&origin=${docs}`,
		'user = "embedded"\nport = 5432\n'
	);
	await hostPage(page, docs, src);
	const frame = page.frameLocator('#embed');
	const box = frame.getByRole('textbox', { name: 'Editor for .streamlit/secrets.toml' });
	await expect(box).toContainText('user = "embedded"');
	await expect(frame.getByRole('tab', { name: /Environment/ })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(frame.getByRole('heading', { name: 'Streamlit secrets playground' })).toBeHidden();
	await expect(frame.getByRole('button', { name: 'Share' })).toBeHidden();
	await expect(frame.getByRole('button', { name: 'Add file' })).toBeHidden();
	await expect(frame.getByRole('link', { name: /Open in the secrets playground/ })).toBeVisible();
	await box.click();
	await page.keyboard.type('zzz');
	await page.keyboard.press('Enter');
	await expect(box).not.toContainText('zzz');
	// A dropped .py file opens no page either.
	await frame.getByRole('tab', { name: /^App code/ }).click();
	const appBox = frame.getByRole('textbox', { name: 'Python editor for streamlit_app.py' });
	await appBox.evaluate((element) => {
		const dom = globalThis as unknown as {
			DataTransfer: new () => { items: { add(file: unknown): void } };
			File: new (parts: string[], name: string) => unknown;
			DragEvent: new (type: string, init: object) => Event;
		};
		const data = new dom.DataTransfer();
		data.items.add(new dom.File(['import streamlit as st\n'], 'stats.py'));
		for (const type of ['dragenter', 'dragover', 'drop'])
			element.dispatchEvent(
				new dom.DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true })
			);
	});
	await expect(frame.getByRole('status').filter({ hasText: 'read-only' })).toHaveText(
		'This page is read-only: dropped files are not opened.'
	);
	await expect(frame.getByRole('tab', { name: 'pages/stats.py' })).toHaveCount(0);
});

test('a read-only embed keeps the files of a secrets folder as they are', async ({ page }) => {
	await page.goto('/');
	const state = JSON.stringify({
		version: 1,
		redacted: false,
		sources: [
			{ path: '~/.streamlit/secrets.toml', kind: 'missing', text: '' },
			{ path: '.streamlit/secrets.toml', kind: 'file', text: 'a = 1\n' },
			{ path: '/run/secrets', kind: 'directory', files: [['db', 'user', 'reporting']] }
		],
		code: [['streamlit_app.py', '']],
		view: 'seen',
		active: 2
	});
	await page.goto(`/?embed=1&readonly=1#${await fragmentOf(page, state)}`);
	const name = page.getByRole('textbox', { name: 'Name of file 1' });
	await expect(name).toHaveValue('user');
	await expect(name).toHaveAttribute('readonly', '');
	await name.focus();
	await page.keyboard.type('zzz');
	await expect(name).toHaveValue('user');
	await expect(page.getByRole('button', { name: 'Remove file 1' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Add a file' })).toBeHidden();
	await expect(results(page)).toContainText('from /run/secrets');
});

test('the host sets the text and receives reports without values', async ({ page, baseURL }) => {
	const src = await embedSrc(page, baseURL!, `embed=1&origin=${docs}`, 'a = 1\n');
	await hostPage(page, docs, src);
	await expect.poll(async () => (await received(page)).map((m) => m.data.type)).toContain('ready');
	const secret = 'Sup3r-Secret-Value-9f8e7d';
	await post(page, {
		type: 'set-text',
		text: `db_password = "${secret}"\nkeys = "x"\n[db]\nuser = "reporting"\n`
	});
	const frame = page.frameLocator('#embed');
	await expect(
		frame.getByRole('textbox', { name: 'Editor for .streamlit/secrets.toml' })
	).toContainText('db_password');
	let report: Record<string, unknown> | undefined;
	await expect
		.poll(async () => {
			const all = await received(page);
			report = all
				.map((m) => m.data)
				.reverse()
				.find((d) => d.type === 'report' && JSON.stringify(d.paths).includes('db_password'));
			return report !== undefined;
		})
		.toBe(true);
	const all = await received(page);
	expect(all.every((m) => m.origin === new URL(baseURL!).origin)).toBe(true);
	expect(JSON.stringify(all)).not.toContain(secret);
	expect(JSON.stringify(all)).not.toContain('reporting');
	expect(report!.values).toBe(false);
	const paths = report!.paths as { bracket: string; type: string; value?: string }[];
	expect(paths.map((p) => p.bracket)).toEqual([
		'st.secrets["db_password"]',
		'st.secrets["keys"]',
		'st.secrets["db"]',
		'st.secrets["db"]["user"]'
	]);
	expect(paths.every((p) => p.value === undefined)).toBe(true);
	const codes = (report!.diagnostics as { code: string; line: number }[]).map((d) => d.code);
	expect(codes).toContain('streamlit/shadowed-by-method');

	await post(page, { type: 'get-report', id: 7 });
	await expect
		.poll(async () =>
			(await received(page)).some((m) => m.data.type === 'report' && m.data.id === 7)
		)
		.toBe(true);
	await post(page, { type: 'set-text', text: 'x', file: 'nope.toml', id: 8 });
	await expect
		.poll(async () => (await received(page)).find((m) => m.data.id === 8)?.data.reason)
		.toBe('No file nope.toml in this embed');
});

test('with values=1 the report carries values and messages', async ({ page, baseURL }) => {
	const src = await embedSrc(
		page,
		baseURL!,
		`embed=1&values=1&origin=${docs}`,
		'token = "abc-123"\n'
	);
	await hostPage(page, docs, src);
	await expect
		.poll(async () => {
			const report = (await received(page)).find(
				(m) => m.data.type === 'report' && JSON.stringify(m.data).includes("'abc-123'")
			);
			return report?.data.values;
		})
		.toBe(true);
});

test('messages from another origin are ignored and nothing is sent to it', async ({
	page,
	baseURL
}) => {
	const src = await embedSrc(page, baseURL!, `embed=1&origin=${docs}`, 'kept = "as linked"\n');
	await hostPage(page, stranger, src);
	const frame = page.frameLocator('#embed');
	const box = frame.getByRole('textbox', { name: 'Editor for .streamlit/secrets.toml' });
	await expect(box).toContainText('kept = "as linked"');
	await post(page, { type: 'set-text', text: 'hijacked = true\n' });
	await post(page, { type: 'get-report' });
	await page.waitForTimeout(1000);
	await expect(box).toContainText('kept = "as linked"');
	expect(await received(page)).toEqual([]);
});

test('an embed without a valid origin answers nobody and says why', async ({ page, baseURL }) => {
	const src = await embedSrc(page, baseURL!, 'embed=1&origin=docs.example.com', 'a = 1\n');
	await hostPage(page, docs, src);
	const frame = page.frameLocator('#embed');
	await expect(frame.getByRole('alert')).toContainText('not an http(s) origin');
	await post(page, { type: 'set-text', text: 'b = 2\n' });
	await page.waitForTimeout(500);
	expect(await received(page)).toEqual([]);
});

test('view=env opens the Environment view first and fits an 800x500 frame', async ({
	page,
	baseURL
}) => {
	const text = 'API_KEY = "sk-docs-example"\nPORT = 8501\n[database]\nuser = "app"\n';
	const many = Array.from({ length: 40 }, (_, i) => `KEY_${i} = "value ${i}"`).join('\n');
	const src = await embedSrc(page, baseURL!, 'embed=1&view=env', `${many}\n${text}`);
	await page.setViewportSize({ width: 900, height: 620 });
	await hostPage(page, docs, src, '800x500');
	const frame = page.frameLocator('#embed');
	await expect(frame.getByRole('tab', { name: 'Environment' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	const env = frame.getByRole('tabpanel', { name: 'Environment' });
	await expect(env).toContainText('API_KEY');
	const inner = page.frame({ url: /embed=1/ })!;
	// The frame's page does not scroll; the editor and the environment scroll inside it.
	expect(await inner.evaluate('[document.documentElement.scrollHeight, innerHeight]')).toEqual([
		500, 500
	]);
	const panel = frame.locator('#result-panel');
	const [own, shown] = await panel.evaluate((e) => [e.scrollHeight, e.clientHeight]);
	expect(own).toBeGreaterThan(shown);
	const frameBox = (await page.locator('#embed').boundingBox())!;
	const envBox = (await frame.getByRole('tab', { name: 'Environment' }).boundingBox())!;
	expect(envBox.y).toBeLessThan(frameBox.y + 200);
	const editorBox = (await frame.locator('.cm-editor').first().boundingBox())!;
	expect(editorBox.y + 60).toBeLessThan(frameBox.y + frameBox.height);
	// Room for eight lines or more (it had two): in a short frame the editor column scrolls instead.
	expect(editorBox.height).toBeGreaterThan(160);
	// Values stay masked without reveal=1.
	await expect(env).not.toContainText('sk-docs-example');
});

test('reveal=1 shows the example values unmasked', async ({ page, baseURL }) => {
	const src = await embedSrc(page, baseURL!, 'embed=1&reveal=1', 'API_KEY = "sk-docs-example"\n');
	await hostPage(page, docs, src, '800x500');
	const frame = page.frameLocator('#embed');
	await expect(frame.getByRole('tabpanel', { name: 'Environment' })).toContainText(
		'sk-docs-example'
	);
	await frame.getByRole('tab', { name: 'What your app sees' }).click();
	await expect(frame.getByRole('tabpanel', { name: 'What your app sees' })).toContainText(
		"'sk-docs-example'"
	);
	await expect(frame.getByRole('button', { name: 'Hide all values' })).toBeVisible();
	// The link to the full playground does not carry reveal=1 along.
	await expect(
		frame.getByRole('link', { name: /Open in the secrets playground/ })
	).not.toHaveAttribute('href', /reveal/);
});

for (const colorScheme of ['light', 'dark'] as const)
	test(`axe finds no violations in embed mode (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.setViewportSize({ width: 800, height: 500 });
		await page.goto('/');
		const state = shared('api_key = sk-123\n[database]\nuser = "app"\n');
		await page.goto(`/?embed=1&view=env&reveal=1#${await fragmentOf(page, state)}`);
		await expect(page.getByRole('alert')).toContainText('is not quoted');
		const check = async () => {
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(
				violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
			).toEqual([]);
		};
		await check();
		await page.getByRole('tab', { name: 'What your app sees' }).click();
		await check();
		await page.setViewportSize({ width: 400, height: 600 });
		await page.getByRole('tab', { name: 'Results' }).click();
		await check();
	});
