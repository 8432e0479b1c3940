import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/lib/diagnostic';
import { parseToml } from '../../src/lib/toml/parse';

/** Returns the only diagnostic of `text` as `[code, severity, text in range]`. */
function only(text: string): [string, string, string] {
	const { value, diagnostics } = parseToml(text);
	expect(value).toBeNull();
	expect(diagnostics).toHaveLength(1);
	const [d] = diagnostics;
	return [d.code, d.severity, text.slice(d.from, d.to)];
}

const applyFix = (text: string, d: Diagnostic) =>
	d.fix ? text.slice(0, d.fix.from) + d.fix.insert + text.slice(d.fix.to) : null;

describe('parseToml', () => {
	it('returns the value and no diagnostics for valid TOML', () => {
		expect(parseToml('a = 1\n[t]\nb = "x"\n')).toEqual({
			value: { a: 1n, t: { b: 'x' } },
			diagnostics: []
		});
	});

	it('returns every integer as bigint and every float as number, so the two stay apart', () => {
		expect(parseToml('big = 9223372036854775807\nsmall = 3\nf = 3.0').value).toEqual({
			big: 9223372036854775807n,
			small: 3n,
			f: 3
		});
	});

	it('accepts TOML 1.1 syntax', () => {
		const text = 't = {\n  a = 1,\n  b = "\\e\\x41",\n}\nwhen = 07:32\n';
		expect(parseToml(text).diagnostics).toEqual([]);
	});

	it('accepts a byte order mark and still points at the right offset', () => {
		expect(parseToml('\ufeffa = 1').diagnostics).toEqual([]);
		const text = '\ufeffa = oops';
		expect(parseToml(text).diagnostics[0]).toMatchObject({ from: 5, to: 9 });
	});

	it('points at the offending token with CRLF line endings and non-ASCII text', () => {
		const text = '"é" = "😀"\r\nb = 1\r\nc = oops\r\n';
		expect(only(text)).toEqual(['toml/unquoted-string', 'error', 'oops']);
	});

	it.each([
		[
			'a quoted value',
			'password = hunter2',
			'toml/unquoted-string',
			'hunter2',
			'password = "hunter2"'
		],
		[
			'a value with spaces',
			'name = John Smith # me',
			'toml/unquoted-string',
			'John Smith',
			'name = "John Smith" # me'
		],
		['a value with quotes', 'q = say "hi"', 'toml/unquoted-string', 'say "hi"', `q = 'say "hi"'`],
		['a version', 'v = 1.2.3', 'toml/unquoted-string', '1.2.3', 'v = "1.2.3"'],
		['a time-like word', 't = 12:30pm', 'toml/unquoted-string', '12:30pm', 't = "12:30pm"'],
		[
			'an inline-table value',
			't = { user = admin }',
			'toml/unquoted-string',
			'admin',
			't = { user = "admin" }'
		],
		['an array item', 'a = [one, 2]', 'toml/unquoted-string', 'one', 'a = ["one", 2]'],
		['True', 'debug = True', 'toml/python-boolean', 'True', 'debug = true'],
		['FALSE in a table', 't = { a = FALSE }', 'toml/python-boolean', 'FALSE', 't = { a = false }'],
		['key: value', 'key: "value"', 'toml/colon-instead-of-equals', ':', 'key = "value"'],
		['"key" : value', '"key" : 1', 'toml/colon-instead-of-equals', ':', '"key" = 1'],
		[
			'a colon in an inline table',
			't = {a: 1}',
			'toml/colon-instead-of-equals',
			':',
			't = {a = 1}'
		],
		[
			'a Windows path',
			'path = "C:\\Users\\me"',
			'toml/windows-path-escape',
			'"C:\\Users\\me"',
			"path = 'C:\\Users\\me'"
		],
		[
			"a Windows path with '",
			`p = "C:\\Users\\O'Brien"`,
			'toml/windows-path-escape',
			`"C:\\Users\\O'Brien"`,
			`p = "C:\\\\Users\\\\O'Brien"`
		],
		[
			'a UNC path',
			's = "\\\\srv\\share"',
			'toml/windows-path-escape',
			'"\\\\srv\\share"',
			"s = '\\\\srv\\share'"
		],
		['a regex escape', 're = "\\d+"', 'toml/invalid-escape', '\\d', 're = "\\\\d+"'],
		[
			'export KEY=value',
			'export API_KEY=abc',
			'toml/dotenv-line',
			'export API_KEY=abc',
			'API_KEY = "abc"'
		],
		['KEY=value', 'API_KEY=abc123', 'toml/dotenv-line', 'API_KEY=abc123', 'API_KEY = "abc123"'],
		[
			'export KEY="value"',
			'export TOKEN="x y"',
			'toml/dotenv-line',
			'export TOKEN="x y"',
			'TOKEN = "x y"'
		],
		[
			'a .env line with a comment',
			'DB_URL=postgres://u:p@h/db # main',
			'toml/dotenv-line',
			'DB_URL=postgres://u:p@h/db',
			'DB_URL = "postgres://u:p@h/db" # main'
		],
		['an empty .env value', 'EMPTY=', 'toml/dotenv-line', 'EMPTY=', 'EMPTY = ""'],
		['a key with a space', 'my key = 1', 'toml/invalid-key', 'my key', '"my key" = 1'],
		[
			'a header with a space',
			'[connections.my db]',
			'toml/invalid-key',
			'my db',
			'[connections."my db"]'
		],
		['a non-ASCII key', 'clé = 1', 'toml/invalid-key', 'clé', '"clé" = 1'],
		['a colon in a header', '[a:b]', 'toml/invalid-key', 'a:b', '["a:b"]']
	])('suggests a fix for %s', (_, text, code, range, fixed) => {
		const { diagnostics } = parseToml(text);
		expect(diagnostics).toHaveLength(1);
		const [d] = diagnostics;
		expect([d.code, d.severity, text.slice(d.from, d.to)]).toEqual([code, 'error', range]);
		expect(d.hint).toBeTruthy();
		expect(applyFix(text, d)).toBe(fixed);
		expect(parseToml(fixed).diagnostics).toEqual([]);
	});

	it.each([
		['a repeated key', 'a = 1\na = 2', 'toml/duplicate-key', 'a'],
		['a repeated .env-style key', 'A="x"\nA="y"', 'toml/duplicate-key', 'A'],
		['a repeated dotted key', 'a.b = 1\na.b = 2', 'toml/duplicate-key', 'a.b'],
		['a repeated table', '[t]\n[ t ]', 'toml/duplicate-key', 't'],
		['a repeated inline key', 't = {a = 1, a = 2}', 'toml/duplicate-key', 'a'],
		['a key without value', 'key =', 'toml/missing-value', 'key ='],
		['a key followed by a comment', 'key = # todo', 'toml/missing-value', 'key ='],
		['a lone word', 'lonely\nb = 1', 'toml/missing-equals', 'lonely'],
		['None', 'v = None', 'toml/null-value', 'None'],
		['a leading zero', 'zip = 08080', 'toml/invalid-number', '08080'],
		['a double underscore', 'n = 1__0', 'toml/invalid-number', '1__0'],
		['an unclosed string', 's = "abc\nb = 1', 'toml/unclosed-string', '"abc'],
		['an unclosed multi-line string', 's = """abc\n', 'toml/unclosed-string', '"""abc\n'],
		['an unclosed array', 'a = [1, 2', 'toml/unclosed-bracket', '['],
		['an array running into the next key', 'a = [1,\nb = 2', 'toml/unclosed-bracket', '['],
		['an unclosed inline table', 't = {a = 1', 'toml/unclosed-bracket', '{'],
		['an unclosed header', '[table\nb = 1', 'toml/unclosed-bracket', '['],
		['a control character in a string', 'a = "x\u0001"', 'toml/control-character', '\u0001'],
		['a vertical tab after a value', 'a = 1\u000b', 'toml/control-character', '\u000b'],
		['a second byte order mark', '\ufeff\ufeffa = 1', 'toml/invisible-character', '\ufeffa'],
		['an escaped surrogate', 's = "\\uD800"', 'toml/invalid-escape', '\\u'],
		['two pairs on one line', 'a = 1 b = 2', 'toml/syntax', 'b'],
		['a missing comma', 'a = [1 2]', 'toml/syntax', '2'],
		['a double comma', 'a = [1,,2]', 'toml/syntax', ','],
		['a header with a bracket inside', '[a[b]]', 'toml/syntax', '[']
	])('reports %s', (_, text, code, range) => {
		expect(only(text)).toEqual([code, 'error', range]);
	});

	it('handles a 1 MB paste with an error at the end in linear time', () => {
		const lines = Array.from({ length: 60_000 }, (_, i) => `k${i} = "value"\n`);
		const text = lines.join('') + 'last = oops\n';
		const start = performance.now();
		expect(only(text)).toEqual(['toml/unquoted-string', 'error', 'oops']);
		expect(performance.now() - start).toBeLessThan(2000);
	});

	it('reports excessive nesting without overflowing the stack', () => {
		const text = 'a = ' + '['.repeat(10_000) + ']'.repeat(10_000);
		expect(only(text)[0]).toBe('toml/too-deep');
	});

	it.each([
		['2021-02-29'],
		['1900-02-29'],
		['2021-02-30'],
		['2021-04-31'],
		['2021-13-01'],
		['2021-00-10'],
		['2021-01-00'],
		['2021-01-32T10:00:00'],
		['24:00:00'],
		['12:60'],
		['2021-01-01T12:00:61Z'],
		['2021-01-01 12:00:00+24:00'],
		['2021-01-01T12:00:00-05:60']
	])('reports the impossible date %s', (date) => {
		expect(only(`d = ${date}`)).toEqual(['toml/invalid-date', 'error', date]);
	});

	it.each([
		['2000-02-29'],
		['2024-02-29'],
		['2021-04-30'],
		['23:59:59.999'],
		['1979-05-27 07:32Z']
	])('accepts the possible date %s', (date) => {
		expect(parseToml(`d = ${date}`).diagnostics).toEqual([]);
	});

	it('reports every impossible date, also inside arrays and inline tables', () => {
		const text = 'a = [2021-02-30, 2021-02-28]\nt = { d = 2023-02-29T01:00:00Z }\n';
		const { value, diagnostics } = parseToml(text);
		expect(value).toBeNull();
		expect(diagnostics.map((d) => text.slice(d.from, d.to))).toEqual([
			'2021-02-30',
			'2023-02-29T01:00:00Z'
		]);
	});

	it('ignores impossible dates in keys, strings and comments', () => {
		const text = [
			'2021-02-30 = 1',
			'"2021-02-31" = 2',
			's = "2021-02-30"',
			"l = '2021-02-30'",
			'm = """',
			'2021-02-30',
			'"""',
			"n = '''2021-02-30'''",
			'c = 1 # 2021-02-30'
		].join('\n');
		expect(parseToml(text).diagnostics).toEqual([]);
	});

	it('never throws and keeps ranges inside the text', () => {
		const piece = fc.constantFrom(
			...['a', 'b.c', '=', ' ', '"', "'", '"""', '[', ']', '{', '}', ',', '\n', '\r\n', '#'],
			...['\\', '1', ':', '-', 'T', 'True', '2021-02-30', 'é', '😀', '\ufeff', '\u0000', '\t']
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
				const text = pieces.join('');
				for (const d of parseToml(text).diagnostics) {
					expect(d.code).toMatch(/^toml\//);
					expect(0 <= d.from && d.from <= d.to && d.to <= text.length).toBe(true);
					if (d.fix) expect(0 <= d.fix.from && d.fix.from <= d.fix.to).toBe(true);
				}
			}),
			{ numRuns: 3000 }
		);
	});

	it('rethrows errors that are not TomlError', async () => {
		vi.resetModules();
		vi.doMock('smol-toml', async (importOriginal) => ({
			...(await importOriginal<typeof import('smol-toml')>()),
			parse: () => {
				throw new TypeError('boom');
			}
		}));
		const { parseToml: mocked } = await import('../../src/lib/toml/parse');
		expect(() => mocked('a = 1')).toThrow(TypeError);
		vi.doUnmock('smol-toml');
	});
});
