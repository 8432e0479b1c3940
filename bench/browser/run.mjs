// Browser part of `npm run bench`: keystroke-to-updated-preview latency in Chromium
// for 1 KB, 100 KB and 1 MB secrets files, and the longest main-thread task while
// typing. Expects a fresh `vite build` in dist/ and the bench build in dist-bench/; serves it from a tiny static
// server on a free loopback port and drives Debian's Chromium with playwright-core.
//
// Every keystroke changes what the app sees: the text starts with `bench = 0` and
// each key is typed into that key name, so `st.secrets["bench"]` becomes
// `st.secrets["bencha"]`, `st.secrets["benchab"]`, … in the table of paths. For
// each keystroke the page records, with performance.now() timestamps:
//   t0       the keydown event's timeStamp,
//   echo     the next frame after the editor line shows the new character,
//   preview  the next frame after the table of paths shows the new key name.
// Keystrokes are typed one at a time (the next once the previous one is painted
// and the page has been idle for a moment), so each latency is that of a single
// keystroke, never of a queue. The baseline is the bare keystroke-to-paint latency
// (echo) of an empty document, measured in the same browser process.
//
// A benchmark reports; it does not gate: the exit code is 0 when targets are missed.

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSecrets as generatePlain } from '../../dist-bench/generate.js';

const root = resolve(fileURLToPath(new URL('../../dist', import.meta.url)));
/** With --profile, a CPU profile of the page's main thread while typing goes to reports/. */
const profileDir = process.argv.includes('--profile')
	? resolve(fileURLToPath(new URL('../../reports', import.meta.url)))
	: null;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
/**
 * [label, characters, measured keystrokes]. Thirty at every size: with fifteen, the p95
 * would be the slowest keystroke (--verbose prints each one, in order).
 */
const sizes = [
	['1 KB', 1_000, 30],
	['100 KB', 100_000, 30],
	['1 MB', 1_000_000, 30]
];
const baselineKeys = 30;
const warmupKeys = 3;
/** Same constant as src/ui/analysis/scheduler.ts (workerThreshold). */
const workerThreshold = 50_000;
const keyTimeout = 30_000;
const letters = 'abcdefghijklmnopqrstuvwxyz';
/** Where the page shows things (as in tests/e2e/helpers.ts): the project file's editor, the table of paths. */
const selectors = {
	editor: '.cm-content[aria-label="Editor for .streamlit/secrets.toml"]',
	table: 'section[aria-label="Results"] tbody'
};

if (!existsSync(chromiumPath)) {
	console.log(
		`\nBrowser benchmark skipped: no Chromium at ${chromiumPath} ` +
			'(install Debian\'s "chromium" package or set CHROMIUM_PATH).'
	);
	process.exit(0);
}
if (!existsSync(join(root, 'index.html'))) {
	console.error('Browser benchmark: dist/index.html is missing; run `vite build` first.');
	process.exit(1);
}

// ---------------------------------------------------------------------------
// The documents: the realistic secrets of bench/generate.ts (built by the first part of
// `npm run bench` into dist-bench/), after `bench = 0`, `bytes` long in all.

const firstLine = 'bench = 0\n';
const generateSecrets = (bytes) => firstLine + generatePlain(bytes - firstLine.length);

// ---------------------------------------------------------------------------
// A static server for dist/ on a free loopback port.

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

function serve() {
	const server = createServer((req, res) => {
		let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (path.endsWith('/')) path += 'index.html';
		const file = normalize(join(root, path));
		if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		res.writeHead(200, {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-store'
		});
		res.end(readFileSync(file));
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => ok(server));
	});
}

// ---------------------------------------------------------------------------
// The in-page probe, installed before the app's own scripts run.

function probe(selectors) {
	const B = (window.__bench = { longTasks: [], pending: null });
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) B.longTasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
		B.longTaskSupported = true;
	} catch {
		B.longTaskSupported = false;
	}
	/** Resolves with the time just after the next frame has been produced. */
	const afterNextPaint = () =>
		new Promise((ok) =>
			requestAnimationFrame(() => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => ok(performance.now());
				channel.port2.postMessage(0);
			})
		);
	/** Text of the editor line holding the cursor. */
	const activeLine = () =>
		document.querySelector(selectors.editor)?.querySelector('.cm-activeLine')?.textContent ?? null;
	/** Texts of the first paths in the table of what the app sees. */
	const firstPaths = () => {
		const rows = document.querySelector(selectors.table)?.rows ?? [];
		const paths = [];
		for (let i = 0; i < Math.min(5, rows.length); i++)
			paths.push(rows[i].querySelector('.path')?.textContent);
		return paths;
	};
	addEventListener(
		'keydown',
		(e) => {
			const p = B.pending;
			if (p && p.t0 === undefined) p.t0 = e.timeStamp;
		},
		true
	);
	/**
	 * Waits for the editor line to read `line` and (unless null) the table to hold
	 * `path`, each followed by a frame. `t0` is the keydown time, or `start` when given.
	 */
	B.arm = (line, path, start) => {
		const p = { t0: start, line, path };
		B.pending = p;
		p.done = new Promise((finish) => {
			let echo = line === null ? 0 : null;
			let preview = path === null ? 0 : null;
			const end = (timedOut) => {
				observer.disconnect();
				clearTimeout(timer);
				finish({ t0: p.t0, echo: p.echo, preview: p.preview, timedOut });
			};
			const check = () => {
				if (echo === null && activeLine() === line) {
					echo = afterNextPaint().then((t) => (p.echo = t));
				}
				if (preview === null && firstPaths().includes(path)) {
					preview = afterNextPaint().then((t) => (p.preview = t));
				}
				if (echo !== null && preview !== null) {
					observer.disconnect();
					Promise.all([echo, preview]).then(() => end(false));
				}
			};
			const observer = new MutationObserver(check);
			observer.observe(document.body, { subtree: true, childList: true, characterData: true });
			const timer = setTimeout(() => end(true), B.timeout);
		});
	};
	B.longest = (from) =>
		B.longTasks.filter(([start]) => start >= from).reduce((m, [, d]) => Math.max(m, d), 0);
}

// ---------------------------------------------------------------------------

const pct = (xs, p) => {
	if (!xs.length) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '–');
const ratio = (x, base) => (Number.isFinite(x) && base > 0 ? `${(x / base).toFixed(1)}×` : '–');
const task = (x) => (x > 0 ? `${x.toFixed(0)} ms` : '< 50 ms');
const sleep = (t) => new Promise((ok) => setTimeout(ok, t));

async function openPage(browser, origin) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	await context.addInitScript(probe, selectors);
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	await page.goto(origin + '/');
	await page.waitForSelector(selectors.editor, { timeout: 30_000 });
	await page.evaluate((t) => (window.__bench.timeout = t), keyTimeout);
	return { context, page, errors };
}

/** Replaces the editor's text with a paste, as Ctrl+V sends it; returns paste-to-preview ms. */
async function load(page, text) {
	await page.click(selectors.editor);
	await page.keyboard.press('Control+A');
	const result = await page.evaluate(
		({ text, path, editor }) => {
			const B = window.__bench;
			B.arm(null, path, performance.now());
			const data = new DataTransfer();
			data.setData('text/plain', text);
			const init = { clipboardData: data, bubbles: true, cancelable: true };
			document.querySelector(editor).dispatchEvent(new ClipboardEvent('paste', init));
			return B.pending.done;
		},
		{ text, path: 'st.secrets["bench"]', editor: selectors.editor }
	);
	if (result.timedOut)
		throw new Error(
			`the pasted text never reached the table of paths (${selectors.table}, first row st.secrets["bench"])`
		);
	// Let the worker, the draft save and the editor's highlighting settle.
	await page.waitForSelector('text=Analysing the large text', { state: 'detached' });
	await sleep(1500);
	return result.preview - result.t0;
}

/** Types `keys` one at a time; returns per-key latencies and the longest task meanwhile. */
async function type(page, keys, expect) {
	const echo = [];
	const preview = [];
	let timeouts = 0;
	const from = await page.evaluate(() => performance.now());
	for (let i = 0; i < keys.length; i++) {
		const { line, path } = expect(i);
		await page.evaluate(([line, path]) => window.__bench.arm(line, path), [line, path]);
		await page.keyboard.press(keys[i]);
		const r = await page.evaluate(() => window.__bench.pending.done);
		if (r.timedOut || r.t0 === undefined) timeouts++;
		else {
			echo.push(r.echo - r.t0);
			if (path !== null) preview.push(r.preview - r.t0);
		}
		await sleep(60); // a short pause, as between real keystrokes
	}
	await sleep(300); // late work of the last keystroke (draft save) still counts
	const longest = await page.evaluate((from) => window.__bench.longest(from), from);
	return { echo, preview, longest, timeouts };
}

async function main() {
	const { chromium } = await import('playwright-core');
	const started = performance.now();
	const server = await serve();
	const origin = `http://127.0.0.1:${server.address().port}`;
	let browser;
	try {
		browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args });
	} catch (e) {
		server.close();
		console.error(`Browser benchmark: could not start ${chromiumPath}:\n${e.message}`);
		process.exit(1);
	}
	const load1 = loadavg()[0];
	console.log(`\nBrowser benchmark: Chromium ${browser.version()}, dist/ served at ${origin}`);
	const rows = [];
	let baseline;
	const problems = [];
	try {
		// Baseline: bare keystroke-to-paint in an empty document (a comment is typed).
		{
			const { context, page, errors } = await openPage(browser, origin);
			await page.click(selectors.editor);
			await page.keyboard.press('Control+A');
			await page.keyboard.press('Delete');
			await page.keyboard.type('# ');
			const warm = letters.slice(0, warmupKeys).split('');
			let typed = '# ';
			await type(page, warm, (i) => ({ line: typed + warm.slice(0, i + 1).join(''), path: null }));
			typed += warm.join('');
			const keys = Array.from({ length: baselineKeys }, (_, i) => letters[i % 26]);
			const r = await type(page, keys, (i) => ({
				line: typed + keys.slice(0, i + 1).join(''),
				path: null
			}));
			baseline = { p50: pct(r.echo, 50), p95: pct(r.echo, 95), max: pct(r.echo, 100), ...r };
			console.log(
				`baseline (empty document, keystroke to paint): p50 ${ms(baseline.p50)}, p95 ${ms(baseline.p95)}`
			);
			problems.push(...errors);
			await context.close();
		}
		for (const [label, bytes, count] of sizes) {
			const text = generateSecrets(bytes);
			const { context, page, errors } = await openPage(browser, origin);
			const loadMs = await load(page, text);
			// The cursor goes right after `bench` on the first line.
			await page.keyboard.press('Control+Home');
			for (let i = 0; i < 'bench'.length; i++) await page.keyboard.press('ArrowRight');
			const keys = Array.from({ length: warmupKeys + count }, (_, i) => letters[i % 26]);
			const expect = (offset) => (i) => {
				const name = 'bench' + keys.slice(0, offset + i + 1).join('');
				return { line: `${name} = 0`, path: `st.secrets["${name}"]` };
			};
			await type(page, keys.slice(0, warmupKeys), expect(0));
			const cdp = profileDir && (await page.context().newCDPSession(page));
			if (cdp) {
				await cdp.send('Profiler.enable');
				await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
				await cdp.send('Profiler.start');
			}
			const r = await type(page, keys.slice(warmupKeys), expect(warmupKeys));
			if (cdp) {
				const { profile } = await cdp.send('Profiler.stop');
				mkdirSync(profileDir, { recursive: true });
				const file = join(profileDir, `bench-browser-${label.replace(' ', '')}.cpuprofile`);
				writeFileSync(file, JSON.stringify(profile));
				console.log(`  CPU profile of the main thread while typing: ${file}`);
			}
			if (process.argv.includes('--verbose'))
				console.log(
					`  ${label} keystroke to preview, in order: ${r.preview.map((x) => x.toFixed(0)).join(', ')} ms`
				);
			const row = {
				label,
				chars: text.length,
				where: text.length > workerThreshold ? 'worker' : 'main thread',
				count,
				loadMs,
				echoP95: pct(r.echo, 95),
				p50: pct(r.preview, 50),
				p95: pct(r.preview, 95),
				max: pct(r.preview, 100),
				...r
			};
			rows.push(row);
			console.log(
				`${label}: preview p50 ${ms(row.p50)}, p95 ${ms(row.p95)}, max ${ms(row.max)}; ` +
					`longest task ${task(row.longest)}${r.timeouts ? `; ${r.timeouts} keystrokes timed out` : ''}`
			);
			problems.push(...errors);
			await context.close();
		}
	} finally {
		await browser.close();
		server.close();
	}

	const table = [
		`Baseline: bare keystroke-to-paint in an empty document, ${baselineKeys} keystrokes: p50 ${ms(baseline.p50)}, p95 ${ms(baseline.p95)}, max ${ms(baseline.max)}, longest task ${task(baseline.longest)}.`,
		'',
		'| size | characters | analysed on | keystrokes | paste to preview | keystroke to editor paint, p95 | keystroke to preview, p50 | ratio to baseline p50 | p95 | ratio to baseline p95 | max | longest task while typing |',
		'|---|---|---|---|---|---|---|---|---|---|---|---|'
	];
	for (const r of rows)
		table.push(
			`| ${r.label} | ${r.chars.toLocaleString('en')} | ${r.where} | ${r.count - r.timeouts}${r.timeouts ? ` (+${r.timeouts} timed out)` : ''} | ${ms(r.loadMs)} | ${ms(r.echoP95)} | ${ms(r.p50)} | ${ratio(r.p50, baseline.p50)} | ${ms(r.p95)} | ${ratio(r.p95, baseline.p95)} | ${ms(r.max)} | ${task(r.longest)} |`
		);
	const at = (label) => rows.find((r) => r.label === label);
	const mid = at('100 KB');
	const big = at('1 MB');
	const verdict = (ok) => (ok ? 'holds' : 'MISSED');
	table.push(
		'',
		`Target p95 under 50 ms at 100 KB: ${ms(mid.p95)}, ${verdict(mid.p95 < 50 && !mid.timeouts)}.`,
		`Target p95 under 100 ms at 1 MB: ${ms(big.p95)}, ${verdict(big.p95 < 100 && !big.timeouts)}.`,
		`Target no task over 200 ms while typing at 1 MB: longest ${task(big.longest)}, ${verdict(big.longest <= 200)}.`,
		`Long tasks are those of 50 ms or more (PerformanceObserver 'longtask'); texts over ${workerThreshold.toLocaleString('en')} characters are analysed in a Web Worker.`,
		`Browser part took ${((performance.now() - started) / 1000).toFixed(0)} s on ${availableParallelism()} CPUs; ` +
			`1-minute load average ${load1.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end ` +
			'(other work on the machine inflates every column; compare runs made under similar load).'
	);
	console.log('\n' + table.join('\n'));
	if (problems.length) console.log(`\nErrors in the page:\n${problems.join('\n')}`);
}

main().catch((e) => {
	console.error('Browser benchmark failed:', e);
	process.exit(1);
});
