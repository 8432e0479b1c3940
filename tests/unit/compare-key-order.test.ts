import { describe, expect, it } from 'vitest';
import { tomlToPython } from '../../src/lib/check/compare.ts';
import { parseLegacyToml } from '../../src/lib/legacy-toml/index.ts';
import { PyDict, type PyValue } from '../../src/lib/python/values.ts';
import { parseToml } from '../../src/lib/toml/parse.ts';

/** The key order of every dict in `v`, depth first. */
function keyOrders(v: PyValue, out: string[][] = []): string[][] {
	if (v instanceof PyDict) {
		out.push([...v.map.keys()]);
		for (const x of v.map.values()) keyOrders(x, out);
	} else if (Array.isArray(v)) for (const x of v) keyOrders(x, out);
	return out;
}

describe('tomlToPython keeps the file order of integer-like keys', () => {
	const text = '[[rows]]\nname = "a"\n2 = "two"\n1 = "one"\n[[rows]]\nz = 1\n10 = 0\n';

	it('given Streamlit’s reading of the same value, as the parser-difference messages do', () => {
		const toml = parseToml(text).value as Record<string, unknown>;
		const legacy = parseLegacyToml(text);
		if (!legacy.ok) throw new Error('the legacy parser should read this');
		const rows = legacy.value.map.get('rows')!;
		expect(keyOrders(tomlToPython(toml.rows, rows))).toEqual([
			['name', '2', '1'],
			['z', '10']
		]);
	});

	it('and without it lists them as JavaScript enumerates them (what it did before)', () => {
		const toml = parseToml(text).value as Record<string, unknown>;
		expect(keyOrders(tomlToPython(toml.rows))).toEqual([
			['1', '2', 'name'],
			['10', 'z']
		]);
	});
});
