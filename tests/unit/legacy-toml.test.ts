import { describe, expect, it } from 'vitest';
import { parseLegacyToml } from '../../src/lib/legacy-toml/index.ts';
import { pyRepr } from '../../src/lib/python/repr.ts';

// Recorded from Python's toml 0.10.2: characters beyond U+FFFF count once in
// Python's slices and positions, twice in UTF-16.
const astral: [string, { ok: boolean; repr?: string; type?: string; str?: string }][] = [
	[
		'db = {b{x = 1}😀',
		{
			ok: false,
			type: 'TomlDecodeError',
			str: "invalid literal for int() with base 0: '1}' (line 1 column 1 char 0)"
		}
	],
	[
		'key=[[2021-02-30😀',
		{
			ok: false,
			type: 'TomlDecodeError',
			str: "invalid literal for int() with base 0: '2021-02-3' (line 1 column 1 char 0)"
		}
	],
	[
		'k = "a😀',
		{
			ok: false,
			type: 'TomlDecodeError',
			str: 'Unterminated string found. Reached end of file. (line 1 column 8 char 7)'
		}
	],
	['😀 = 1', { ok: true, repr: "{'😀': 1}" }],
	['a = 1 # 😀 "\nb = 2', { ok: true, repr: "{'a': 1, 'b': 2}" }]
];

describe('parseLegacyToml', () => {
	it.each(astral)('reads %j as toml 0.10.2 does', (input, want) => {
		const got = parseLegacyToml(input);
		expect(
			got.ok
				? { ok: true, repr: pyRepr(got.value) }
				: { ok: false, type: got.error.type, str: got.error.text }
		).toEqual(want);
	});

	it('reports positions in code points, as Python counts them', () => {
		const got = parseLegacyToml('a = "😀"\nb = c\n');
		expect(got.ok ? null : got.error.decode).toMatchObject({ line: 2, column: 1, char: 8 });
	});
});
