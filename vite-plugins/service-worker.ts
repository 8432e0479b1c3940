import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformWithOxc, type Plugin } from 'vite';

/** The service worker's name in the build folder, at the root so that its scope is the whole app. */
export const serviceWorkerFile = 'sw.js';

/** Returns the path of every file under `dir`, relative to it, with forward slashes. */
function listFiles(dir: string, prefix = ''): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
			: [`${prefix}${entry.name}`]
	);
}

/**
 * Emits `sw.js` at `vite build`: the service worker in `source`, stripped of its
 * types, preceded by the list of every file of the build (the emitted chunks and
 * assets, `index.html`, the public folder and the scope root `''`) and a cache name
 * that ends with a hash of their contents, so each new build gets a new cache.
 */
export function serviceWorker(
	source = 'src/sw/service-worker.ts',
	prefix = 'secrets-playground-'
): Plugin {
	let publicDir = '';
	let copyPublicDir = true;
	return {
		name: 'service-worker',
		apply: 'build',
		enforce: 'post',
		configResolved(config) {
			publicDir = config.publicDir;
			copyPublicDir = config.build.copyPublicDir;
		},
		generateBundle: {
			// After Vite has rendered its own placeholders into the chunks: the hash covers the final files.
			order: 'post',
			async handler(_options, bundle) {
				const files = new Map<string, string | Uint8Array>();
				for (const [name, output] of Object.entries(bundle))
					files.set(name, output.type === 'chunk' ? output.code : output.source);
				if (publicDir && copyPublicDir)
					for (const name of listFiles(publicDir))
						files.set(name, readFileSync(join(publicDir, name)));
				if (!files.has('index.html')) this.error('index.html is not among the emitted files');
				if (files.has(serviceWorkerFile)) this.error(`${serviceWorkerFile} is already emitted`);

				const names = [...files.keys()].sort();
				const hash = createHash('sha256');
				for (const name of names) hash.update(`${name}\0`).update(files.get(name)!).update('\0');
				const precache = {
					cache: `${prefix}${hash.digest('hex').slice(0, 16)}`,
					files: ['', ...names]
				};
				const { code } = await transformWithOxc(readFileSync(source, 'utf8'), source, {
					lang: 'ts'
				});
				this.emitFile({
					type: 'asset',
					fileName: serviceWorkerFile,
					source: `const PRECACHE = ${JSON.stringify(precache)};\n${code}`
				});
			}
		}
	};
}
