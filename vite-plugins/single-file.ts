import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

/** Matches `new Worker(new URL('./file', import.meta.url)` and the comma before its options. */
const workerPattern =
	/new\s+Worker\(\s*new\s+URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)\s*,?/g;

/**
 * Rewrites each `new Worker(new URL('./file', import.meta.url), options)` into a call
 * of Vite's inline worker (`./file?worker&inline`), which starts the worker from a
 * `blob:` URL: a page opened from `file://` cannot start a worker from a file.
 */
function inlineWorkers(): Plugin {
	return {
		name: 'single-file:inline-workers',
		enforce: 'pre',
		transform: {
			filter: { id: /\.[jt]s$/, code: 'import.meta.url' },
			handler(code, id) {
				if (id.includes('/node_modules/')) return;
				const imports: string[] = [];
				const rewritten = code.replace(workerPattern, (_match, _quote, file: string) => {
					const name = `__inlineWorker${imports.length}`;
					imports.push(`import ${name} from ${JSON.stringify(`${file}?worker&inline`)};\n`);
					return `${name}(`;
				});
				return imports.length ? { code: imports.join('') + rewritten, map: null } : undefined;
			}
		}
	};
}

/** Returns the SHA-256 of `text` as a CSP source (`'sha256-…'`). */
function cspHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * Returns the page's policy for a page without an origin: `'self'` names nothing
 * there, so it is dropped; scripts are allowed by hash and workers from `blob:`;
 * a directive left without sources becomes `'none'`.
 */
function fileUrlPolicy(policy: string, scripts: string[]): string {
	return policy
		.split(';')
		.map((directive) => directive.trim().split(/\s+/))
		.filter(([name]) => name)
		.map(([name, ...sources]) => {
			let kept = sources.filter((source) => source !== "'self'");
			if (name === 'script-src') kept = scripts;
			if (name === 'worker-src') kept = ['blob:'];
			return [name, ...(kept.length ? kept : ["'none'"])].join(' ');
		})
		.join('; ');
}

/**
 * Makes text safe inside a `<script>` or `<style>` element: the HTML parser ends the
 * element at `</script` and treats `<!--` specially, so `<` there is written as
 * `\x3C`, which means the same inside the JavaScript strings, templates and regular
 * expressions where such text can occur.
 */
function escapeForElement(text: string, tag: 'script' | 'style'): string {
	const pattern = tag === 'script' ? /<(?=\/script|!--)/gi : /<(?=\/style)/gi;
	return text.replace(pattern, tag === 'script' ? '\\x3C' : '\\3C ');
}

/** Returns the bundle entry that `href` (relative to the page) names. */
function entryOf(
	bundle: Rolldown.OutputBundle,
	href: string
): Rolldown.OutputChunk | Rolldown.OutputAsset {
	const entry = bundle[href.replace(/^\.?\//, '')];
	if (!entry) throw new Error(`${href} is not in the bundle`);
	return entry;
}

/**
 * Inlines the built page into one `index.html`: the entry script (with every lazy
 * chunk, built without code splitting) as an inline module allowed by its hash, the
 * styles, and the favicon from `publicDir` as a `data:` URL. The web app manifest
 * link is removed (there is no installing from `file://`). The build fails when any
 * other file would be written.
 */
function inlinePage(): Plugin {
	let publicDir = '';
	return {
		name: 'single-file:inline-page',
		apply: 'build',
		enforce: 'post',
		configResolved(config) {
			publicDir = config.publicDir;
		},
		generateBundle: {
			// After Vite has rendered its own placeholders (the preload lists) into the chunks.
			order: 'post',
			handler(_options, bundle) {
				const page = bundle['index.html'];
				if (page?.type !== 'asset') return this.error('index.html is not in the bundle');
				const inlined = new Set(['index.html']);
				const scripts: string[] = [];
				let html = String(page.source);

				html = html.replace(
					/<script type="module" crossorigin src="([^"]+)"><\/script>/g,
					(_, src) => {
						const chunk = entryOf(bundle, src);
						if (chunk.type !== 'chunk') throw new Error(`${src} is not a chunk`);
						inlined.add(chunk.fileName);
						const code = escapeForElement(chunk.code, 'script');
						scripts.push(cspHash(code));
						return `<script type="module">${code}</script>`;
					}
				);
				html = html.replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, (_, href) => {
					const sheet = entryOf(bundle, href);
					if (sheet.type !== 'asset') throw new Error(`${href} is not an asset`);
					inlined.add(sheet.fileName);
					return `<style>${escapeForElement(String(sheet.source), 'style')}</style>`;
				});
				html = html.replace(
					/<link rel="icon" href="\.?\/?([^"]+)" type="([^"]+)"/,
					(_, file, type) => {
						const icon = readFileSync(join(publicDir, file));
						return `<link rel="icon" href="data:${type};base64,${icon.toString('base64')}" type="${type}"`;
					}
				);
				html = html.replace(/\s*<link rel="manifest"[^>]*>/, '');
				if (!scripts.length) return this.error('index.html has no module script to inline');
				const csp = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/;
				if (!csp.test(html)) return this.error('index.html has no Content-Security-Policy');
				html = html.replace(
					csp,
					(_, start, policy) => `${start}${fileUrlPolicy(policy, scripts)}"`
				);
				// A page opened from a file must not name any other file.
				const outside = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
				const local = [...outside.matchAll(/\b(?:src|href)="(?!data:)([^"]*)"/g)].map((m) => m[1]);
				if (local.length) return this.error(`index.html still refers to ${local.join(', ')}`);

				const left = Object.keys(bundle).filter((name) => !inlined.has(name));
				if (left.length) return this.error(`not inlined into index.html: ${left.join(', ')}`);
				for (const name of inlined) if (name !== 'index.html') delete bundle[name];
				page.source = html;
			}
		}
	};
}

/**
 * Builds the app as one `index.html` that runs from `file://` with no server: the
 * analysis worker starts from a `blob:` URL, the script runs inline under a
 * hash-based Content-Security-Policy, and nothing else is written.
 */
export function singleFile(): Plugin[] {
	return [inlineWorkers(), inlinePage()];
}
