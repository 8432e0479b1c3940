import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const lib = fileURLToPath(new URL('../../src/lib/', import.meta.url));

/**
 * The folders of src/lib from the bottom up: a module may import from its own
 * folder or from a lower layer, never from its own layer's other folders or a
 * higher one. `.` is the files directly in src/lib (the diagnostic type and the
 * catalogue builder); `index.ts` there re-exports everything and sits on top.
 */
const layers: string[][] = [
	['.'],
	['diagnostics'],
	['python'],
	['toml'],
	['legacy-toml', 'plain-toml'],
	['streamlit'],
	['app', 'convert', 'hygiene'],
	['rules', 'share'],
	['schema', 'check']
];

const rank = new Map(layers.flatMap((folders, i) => folders.map((f) => [f, i] as const)));

function folderOf(file: string): string {
	const parts = relative(lib, file).split(sep);
	return parts.length > 1 ? parts[0] : '.';
}

function libFiles(): string[] {
	return readdirSync(lib, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.ts'))
		.map((f) => join(lib, f));
}

/** Returns the files `file` imports or re-exports from inside src/lib, type-only ones included. */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specs = [...text.matchAll(/(?:\bfrom|^\s*import|\bimport\s*\()\s*['"](\.[^'"]+)['"]/gm)];
	return specs.map((m) => {
		const target = resolve(dirname(file), m[1]);
		return target.endsWith('.ts') ? target : target + '.ts';
	});
}

describe('layers of src/lib', () => {
	it('places every folder in a layer', () => {
		const unplaced = [...new Set(libFiles().map(folderOf))].filter((f) => !rank.has(f));
		expect(unplaced).toEqual([]);
	});

	it('imports only from the same folder or a lower layer', () => {
		const upward: string[] = [];
		for (const file of libFiles()) {
			if (relative(lib, file) === 'index.ts') continue;
			const from = folderOf(file);
			for (const target of importsOf(file)) {
				const to = folderOf(target);
				if (to === from) continue;
				if ((rank.get(to) ?? Infinity) >= (rank.get(from) ?? -1))
					upward.push(`${relative(lib, file)} -> ${relative(lib, target)}`);
			}
		}
		expect(upward).toEqual([]);
	});

	it('finds the imports it checks', () => {
		const imports = libFiles().flatMap(importsOf);
		expect(imports.length).toBeGreaterThan(300);
		expect(imports.some((t) => relative(lib, t) === join('toml', 'key-locator.ts'))).toBe(true);
	});
});
