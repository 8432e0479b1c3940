import { describe, expect, it } from 'vitest';
import { check } from '../../src/lib/index.ts';
import { parseToml } from '../../src/lib/toml/parse.ts';
import { straightQuoted } from '../../src/lib/toml/smart-quotes.ts';

/** The first diagnostic of `text`: code, the range's text and the fixed text (or null). */
function first(text: string): [string, string, string | null] {
	const [d] = parseToml(text).diagnostics;
	const fixed = d.fix ? text.slice(0, d.fix.from) + d.fix.insert + text.slice(d.fix.to) : null;
	return [d.code, text.slice(d.from, d.to), fixed];
}

describe('parseToml: typographic quotes', () => {
	it.each([
		['“ ” around a value', 'password = “value”', 'password = "value"'],
		['‘ ’ around a value', 'name = ‘app’', "name = 'app'"],
		['„ “ around a value', 'a = „x“', 'a = "x"'],
		['« » around a value', 'a = «x y»', 'a = "x y"'],
		['fullwidth quotes', 'a = ＂x＂', 'a = "x"'],
		['a straight opening quote', 'a = "value”', 'a = "value"'],
		['a straight closing quote', 'a = “value"', 'a = "value"'],
		['an apostrophe inside', 'a = ‘it’s’', "a = 'it’s'"],
		['a comment after', 'a = “x” # note', 'a = "x" # note'],
		['a backslash inside', 'path = “C:\\dir”', "path = 'C:\\dir'"],
		['a straight quote inside', 'a = “say \\"hi”', "a = 'say \\\"hi'"],
		['an array item', 'a = [“x y”, "z"]', 'a = ["x y", "z"]'],
		['a later array item', 'a = ["z", “x”]', 'a = ["z", "x"]'],
		['an inline-table value', 't = { k = “v” }', 't = { k = "v" }'],
		['a key', '“key” = 1', '"key" = 1'],
		['a table name', '[“db”]\na = 1', '["db"]\na = 1'],
		['a dotted key part', 'a.“b c” = 1', 'a."b c" = 1'],
		['a .env line', 'API_KEY=“abc”', 'API_KEY = "abc"']
	])('fixes %s to straight quotes around the same characters', (_, text, fixed) => {
		const [code, , result] = first(text);
		expect(code).toBe(text.includes('API_KEY') ? 'toml/dotenv-line' : 'toml/smart-quotes');
		expect(result).toBe(fixed);
	});

	it('offers no fix for text holding both kinds of straight quote', () => {
		const [code, range, fixed] = first('a = “it\'s \\"x\\"”');
		expect([code, range, fixed]).toEqual(['toml/smart-quotes', '“it\'s \\"x\\"”', null]);
	});

	it('no longer wraps unpaired typographic quotes in straight ones', () => {
		expect(first('a = “value')).toEqual(['toml/unquoted-string', '“value', null]);
	});

	it('keeps quoting plain words and apostrophes', () => {
		expect(first('a = it’s fine')[2]).toBe('a = "it’s fine"');
	});
});

describe('straightQuoted', () => {
	it.each([
		['plain', '"', '"plain"'],
		['plain', "'", "'plain'"],
		['C:\\dir', '"', "'C:\\dir'"],
		['say "hi"', '"', `'say "hi"'`],
		["it's \\", '"', `"it's \\\\"`],
		['end\\', "'", '"end\\\\"'],
		[`both ' and "`, '"', null],
		['tab\there', '"', '"tab\there"'],
		['bell\u0007', '"', null]
	] as const)('writes %j (%s quotes) as %s', (content, quote, written) => {
		expect(straightQuoted(content, quote)).toBe(written);
	});
});

describe('parseToml: invisible characters in keys', () => {
	it.each([
		['a zero width space', 'x = 1\nke\u200by = "v"', 'ke\u200by', 'x = 1\nkey = "v"'],
		[
			'a byte order mark on a later line',
			'x = 1\n\ufeffkey = "v"',
			'\ufeffkey',
			'x = 1\nkey = "v"'
		],
		['a second byte order mark', '\ufeff\ufeffa = 1', '\ufeffa', '\ufeffa = 1'],
		['a word joiner in a table name', '[d\u2060b]\na = 1', 'd\u2060b', '[db]\na = 1'],
		['a joiner in a dotted key', 'a.b\u200dc = 1', 'b\u200dc', 'a.bc = 1']
	])('names %s by code point and removes it', (_, text, range, fixed) => {
		const [d] = parseToml(text).diagnostics;
		expect(d.code).toBe('toml/invisible-character');
		expect(d.message).toMatch(/U\+[0-9A-F]{4} \(/);
		expect(text.slice(d.from, d.to)).toBe(range);
		expect(text.slice(0, d.fix!.from) + d.fix!.insert + text.slice(d.fix!.to)).toBe(fixed);
	});
});

describe('parseToml: floats without a digit on one side', () => {
	it.each([
		['.5', '0.5'],
		['-.25', '-0.25'],
		['5.', '5.0'],
		['1.e3', '1.0e3']
	])('fixes %s to %s', (value, fixed) => {
		expect(first(`x = ${value}`)).toEqual(['toml/invalid-number', value, `x = ${fixed}`]);
	});
});

describe('check: the duplicate-table hint', () => {
	const hintOf = (text: string) =>
		check([{ path: '.streamlit/secrets.toml', node: { kind: 'file', text } }]).diagnostics.find(
			(d) => d.code === 'streamlit/error-message-crash'
		)?.hint;

	it('says the braces come from the parser printing the table, not from the file', () => {
		const hint = hintOf('[db]\nuser = "a"\n\n[db]\npassword = "b"\n');
		expect(hint).toMatch(/^Define each table once/);
		expect(hint).toContain("prints the table's contents between braces");
	});

	it('says a brace the parser quotes comes from the line', () => {
		expect(hintOf('{api_key} = "x"\n')).toContain('the brace the parser quotes from this line');
	});
});
