import { describe, expect, it } from 'vitest';
import { legacyHint } from '../../src/lib/diagnostics/legacy-hints.ts';
import { parseLegacyToml } from '../../src/lib/legacy-toml/index.ts';

describe('legacyHint', () => {
	it.each([
		'a = [1, "two"]\n',
		'a = "open\n',
		'a = 1\na = 2\n',
		'[t]\n[t]\n',
		'p = {\n a = 1\n}\n',
		'\ufeff[db]\n',
		'p = { a = 1, }\n',
		'a = "C:\\Users"\n',
		'a = .5\n',
		'a = 012\n',
		'a = True\n',
		'a = 2021-02-30\n',
		'a = """x""""\n',
		'[a] b\n',
		'["a" b]\n',
		'a = \n'
	])('has advice for what toml 0.10.2 says about %j', (text) => {
		const result = parseLegacyToml(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(legacyHint(result.error.decode?.msg ?? '')).toBeTypeOf('string');
	});
});
