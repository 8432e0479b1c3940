import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generators } from '../../bench/generate.ts';
import { checkTomlSourceFully } from '../../src/lib/check/source-check.ts';
import { parseLegacyToml } from '../../src/lib/legacy-toml/index.ts';
import { readPlainToml, readPlainTomlWithPositions } from '../../src/lib/plain-toml/read.ts';
import { outlineToml } from '../../src/lib/toml/outline.ts';
import { toTagged } from '../../src/lib/python/tagged.ts';
import type { Diagnostic } from '../../src/lib/diagnostic.ts';
import { KeyLocator } from '../../src/lib/toml/key-locator.ts';
import { hygieneDiagnostics, mayWarn } from '../../src/lib/hygiene/diagnostics.ts';
import { plainHygieneDiagnostics } from '../../src/lib/hygiene/plain.ts';
import { universalNewlines } from '../../src/lib/streamlit/sources.ts';

const tagged = (v: Parameters<typeof toTagged>[0]) => toTagged(v, { markInline: true });

/**
 * The plain reader may only answer where both full parsers agree with it: the
 * TOML 1.1 reading is valid and the same, and `toml` 0.10.2 returns the same dict.
 */
function expectAgreement(text: string): boolean {
	const plain = readPlainToml(text);
	if (plain === null) return false;
	const full = checkTomlSourceFully(text, '.streamlit/secrets.toml');
	expect(full.diagnostics, text).toEqual([]);
	const legacy = parseLegacyToml(universalNewlines(text));
	expect(legacy.ok, text).toBe(true);
	if (legacy.ok) expect(tagged(plain), text).toEqual(tagged(legacy.value));
	const { positions } = readPlainTomlWithPositions(text)!;
	const outline = outlineToml(text);
	expect(positions.size, text).toBe(outline.length);
	for (const entry of outline) expect(positions.get(entry.path), text).toEqual(entry);
	// The hygiene pass over plain positions says what the general pass says.
	const order = (ds: Diagnostic[]) =>
		[...ds].sort((a, b) => a.from - b.from || (a.code + a.message < b.code + b.message ? -1 : 1));
	const general = order(hygieneDiagnostics(text, plain, { locator: new KeyLocator(text) }));
	expect(order(plainHygieneDiagnostics(text, positions)), text).toEqual(general);
	// Read keeping only the values that may warn (as check reads), it still says the same.
	const kept = readPlainTomlWithPositions(text, mayWarn)!.positions;
	expect(order(plainHygieneDiagnostics(text, kept)), text).toEqual(general);
	return true;
}

describe('readPlainToml', () => {
	it('reads the common shapes as both parsers do', () => {
		const text =
			'# comment\r\napi = "sk-1 = 2 # not a comment"  # comment\n' +
			"path = 'C:\\Users\\me'\nn = -42\nf = 0.5\nt = true\nwhen = 2024-02-29T10:20:30.123+05:30\n" +
			'day = 2024-02-29\nlocal = 2024-01-01T00:00:00\n' +
			'[db]\nhosts = ["a", "b",]\nopts = { ssl = false, port = 5432, name = "x y" }\n' +
			'empty = []\nnone = {}\nuni = "caf\\u00e9 \\u00C9\\n\\t 😀"\n[db.replica]\nx = 1\n[other]\n';
		expect(expectAgreement(text)).toBe(true);
		const value = readPlainToml(text)!;
		expect(Object.keys(tagged(value) as object)).toEqual([
			'api',
			'path',
			'n',
			'f',
			't',
			'when',
			'day',
			'local',
			'db',
			'other'
		]);
	});

	it.each([
		['a table after its subtable', '[a.b]\nx = 1\n[a]\ny = 2\n[a.c]\n'],
		[
			'arrays of tables with tables under them',
			'[[u]]\nn = 1\n[u.l]\nr = 2\n[[u]]\nn = 3\n[u.l]\nr = 4\n'
		],
		['nested arrays of tables', '[[t]]\n[[t.u]]\na = 1\n[[t.u]]\na = 2\n[[t]]\n[[t.u]]\n'],
		['dotted keys', 'a.b = 1\na.c.d = "x"\n[t]\nk.l = [1, 2]\nk.m = { n = 1 }\n'],
		[
			'quoted keys',
			'"a b" = 1\n\'c.d\' = 2\n"" = 3\n"e".f = 4\ng."h.i" = 5\n\'j\'.k = 6\n["l.m"]\n[\'n\'."o p"]\n'
		],
		[
			'comments in a multi-line array',
			'a = [ # c\n  1, # "one" [\n  # ]\n  2\n]\nb = [\r\n"x", # y\r\n]\r\n'
		],
		[
			'escaped quotes',
			'a = "x\\"y"\nb = "\\"q\\" \\\\\\""\nc = ["\\"a", "b\\""]\nd = { e = "\\"f" }\n'
		],
		['blanks in headers', '[ a . b ]\n[[ c ]]\n']
	])('reads %s as both parsers do', (_what, text) => {
		expect(expectAgreement(text)).toBe(true);
	});

	it.each([
		['a BOM', '\ufeffa = 1\n'],
		['a lone CR', 'a = 1\rb = 2\n'],
		['a duplicate key', 'a = 1\na = 2\n'],
		['a table defined twice', '[a]\n[a]\n'],
		['a table after its dotted keys', 'a.b = 1\n[a]\n'],
		['a header through a dotted key', '[a]\nb.c = 1\n[a.b.d]\n'],
		['a dotted key into a header table', '[a.b]\n[a]\nb.c = 1\n'],
		['an array of tables after a static array', 'a = [1]\n[[a]]\n'],
		['a table after an array of tables', '[[a]]\n[a]\n'],
		// toml 0.10.2 counts the implicit tables by name: `x.a` stops `[[a]]` from growing.
		['an array of tables while a table of its name is implicit', '[[a]]\n[x.a.b]\n[[a]]\n'],
		['a blank before a dot in a key', 'a .b = 1\n'],
		['a blank after a dot in a key', 'a. b = 1\n'],
		['a literal segment after a basic one', '"a".\'b\' = 1\n'],
		['an empty segment of a dotted key', '"".a = 1\n'],
		['a quoted key with a dot and a blank at an end', '" a.b" = 1\n'],
		['a quoted dotted segment with a blank at an end', 'a." b" = 1\n'],
		['a literal key with a backslash', "'a\\tb' = 1\n"],
		['a basic key with an escape', '"a\\u0041" = 1\n'],
		['an empty header key', '[""]\n'],
		['a blank by a dot in a quoted header key', '["a . b"]\n'],
		['a quoted key in an inline table', 'a = { "b" = 1 }\n'],
		['a dotted key in an inline table', 'a = { b.c = 1 }\n'],
		['a mixed array', 'a = [1, 2.5]\n'],
		['a nested array', 'a = [[1]]\n'],
		['a multi-line string closed before a comment', 'a = """\nx""" # note\n'],
		['a multi-line string with a blank before a line break', 'a = """\nx\u3000\ny"""\n'],
		['a multi-line string with an escape', 'a = """\nx\\ny"""\n'],
		// toml 0.10.2 unescapes first, then reads `"""` as a multi-line string: both are ''.
		['an escaped quote alone', 'a = "\\""\n'],
		['two escaped quotes first', 'a = "\\"\\"x"\n'],
		['two escaped quotes first in an array', 'a = ["\\"\\"", "b"]\n'],
		['an escaped backslash before u', 'a = "x\\\\u0041"\n'],
		['an apostrophe in a basic string', 'a = "it\'s"\n'],
		['negative zero', 'a = -0.0\n'],
		['a leading zero', 'a = 007\n'],
		['an exponent', 'a = 1e5\n'],
		['an underscore', 'a = 1_000\n'],
		['an impossible date', 'a = 2021-02-30\n'],
		['a lower-case t', 'a = 2021-02-03t10:00:00\n'],
		['a comma in an inline table string', 'a = { b = "x,y" }\n'],
		['an unquoted string', 'a = hello\n'],
		['a NUL', 'a = "x\u0000"\n'],
		['a lone surrogate', 'a = "x\ud800"\n'],
		['a Python True', 'a = True\n']
	])('leaves %s to the full parsers', (_what, text) => {
		expect(readPlainToml(text)).toBeNull();
	});

	it.each(Object.entries(generators))(
		'reads the whole %s benchmark document',
		(_shape, generate) => {
			expect(expectAgreement(generate(100_000))).toBe(true);
		}
	);

	it('reads a private key written as a multi-line string', () => {
		const text =
			'[connections.gsheets]\ntype = "service_account"\nprivate_key = """\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n"""\nclient_email = "app@demo.iam.gserviceaccount.com"\n';
		expect(expectAgreement(text)).toBe(true);
	});

	const recorded = (name: string): { id: string; input: string; outcome: { value?: unknown } }[] =>
		JSON.parse(readFileSync(new URL(`../fixtures/legacy-toml/${name}`, import.meta.url), 'utf8'));

	it('agrees with toml 0.10.2 itself on every recorded input it reads', () => {
		let read = 0;
		for (const c of [...recorded('corpus.json'), ...recorded('plain-shapes.json')]) {
			const plain = readPlainToml(c.input);
			if (plain === null) continue;
			read++;
			expect(tagged(plain), c.input).toEqual(c.outcome.value);
			expect(expectAgreement(c.input)).toBe(true);
		}
		expect(read).toBeGreaterThan(100);
	});

	it('reads the recorded plain shapes where toml 0.10.2 and TOML agree, and no other', () => {
		// The rest of plain-shapes.json is where `toml` 0.10.2 reads the text otherwise than
		// TOML 1.1, fails on valid TOML, or where the reader is more careful than it needs to be.
		const reads = [
			'escaped-quote-first-then-text',
			'escaped-quotes-inside',
			'empty-key',
			'quoted-key-with-blank-end',
			'header-blanks-around-dot',
			'array-of-tables-after-name-defined',
			'table-after-subtable',
			'table-under-array-of-tables',
			'comments-in-multiline-array'
		];
		const answered = recorded('plain-shapes.json')
			.filter((c) => readPlainToml(c.input) !== null)
			.map((c) => c.id.replace('plain-shapes/', ''));
		expect(answered).toEqual(reads);
	});

	const key = fc.oneof(
		fc.constantFrom('a', 'b', 'key', 'x-1', '_', '1', '01', 'true', 'inf', 'nan', '-', 'A_b'),
		fc.stringMatching(/^[a-z0-9_-]{1,6}$/)
	);
	const piece = fc.constantFrom(
		'a',
		'Z',
		' ',
		'\t',
		',',
		'=',
		'[',
		']',
		'{',
		'}',
		'#',
		"'",
		'"',
		'\\',
		'é',
		'😀',
		'\\u00e9',
		'\\u0041',
		'\\u0022',
		'\\u005C',
		'\\u0000',
		'\\uD800',
		'\\U0001F600',
		'\\n',
		'\\t',
		'\\"',
		'\\\\',
		'\\r',
		'\\b',
		'u',
		'$',
		'%',
		'.',
		':',
		'\u007f',
		'\u2028',
		'\r',
		'\n'
	);
	const safe = fc.constantFrom(
		'changeme',
		'db.example.com',
		'xxxx',
		'your-key',
		'AKIA2E0A8F3B244C9986',
		'postgres://u:p4ss@h',
		'a',
		'Z',
		' ',
		'-',
		'.',
		':',
		'/',
		'@',
		'é',
		'😀',
		'\\',
		'\\u00e9'
	);
	const content = fc
		.array(fc.oneof({ weight: 3, arbitrary: safe }, piece), { maxLength: 8 })
		.map((p) => p.join(''));
	const scalar = fc.oneof(
		content.map((s) => `"${s}"`),
		content.map((s) => `'${s}'`),
		fc.constantFrom(
			'0',
			'-0',
			'7',
			'-12',
			'007',
			'123456789012345678',
			'999999999999999',
			'-9999999999999999',
			'1234567890123456789',
			'+1',
			'1_0',
			'0.5',
			'-0.0',
			'-0.25',
			'1.',
			'.5',
			'1e3',
			'3.14159265358979323',
			'true',
			'false',
			'True',
			'inf',
			'nan',
			'2024-02-29',
			'2023-02-29',
			'2024-01-10T10:20:30Z',
			'2024-01-10T10:20:30',
			'2024-01-10T10:20:30.5-03:30',
			'2024-01-10T24:00:00Z',
			'2024-01-10 10:20:30Z',
			'2024-01-10T10:20:30+24:00',
			'10:20:30',
			'0x1F',
			'-',
			'""',
			"''",
			'""""""'
		)
	);
	const multiline = fc
		.tuple(fc.constantFrom('"""', "'''"), fc.boolean(), content, content)
		.map(([q, lead, a, b]) => `${q}${lead ? '\n' : ''}${a}\n${b}${q}`);
	const sep = fc.constantFrom('', ' ', '  ', '\t', ' \t');
	const list = fc
		.tuple(fc.array(fc.tuple(sep, scalar, sep), { maxLength: 4 }), fc.boolean())
		.map(
			([items, trailing]) => `[${items.map((p) => p.join('')).join(',')}${trailing ? ',' : ''}]`
		);
	const lines = fc
		.tuple(
			fc.array(fc.tuple(sep, scalar), { maxLength: 4 }),
			fc.constantFrom('', ','),
			fc.constantFrom('\n', ' \n', '\n\n', '\n  ', ' # c "x\n', "\n# ] '\n", '\r\n', ' #\r\n')
		)
		.map(
			([items, trailing, nl]) =>
				`[${nl}${items.map((p) => p.join('')).join(`,${nl}`)}${trailing}${nl}]`
		);
	const inline = fc
		.array(fc.tuple(sep, key, sep, scalar, sep), { maxLength: 3 })
		.map((items) => `{${items.map(([a, k, b, v, c]) => `${a}${k}${b}=${b}${v}${c}`).join(',')}}`);
	const value = fc.oneof({ weight: 4, arbitrary: scalar }, list, lines, inline, multiline);
	const comment = fc.oneof(
		fc.constant(''),
		content.map((s) => ` # ${s}`)
	);
	const keyPiece = fc.constantFrom(
		'a',
		' ',
		'.',
		'=',
		'#',
		'[',
		']',
		',',
		'é',
		'\t',
		'\u3000',
		'\\',
		'"',
		"'",
		'{',
		':'
	);
	const quotedKey = fc
		.tuple(fc.constantFrom('"', "'"), fc.array(keyPiece, { maxLength: 4 }))
		.map(([q, p]) => q + p.join('') + q);
	const segment = fc.oneof({ weight: 4, arbitrary: key }, quotedKey);
	const dot = fc.constantFrom('.', '.', '.', ' .', '. ', ' . ');
	const dotted = (maxLength: number) =>
		fc
			.tuple(segment, fc.array(fc.tuple(dot, segment), { maxLength }))
			.map(([first, rest]) => first + rest.map((p) => p.join('')).join(''));
	const header = fc
		.tuple(dotted(2), fc.constantFrom('[', '[ ', '[['))
		.map(([keys, open]) => `${open}${keys}${open === '[[' ? ']]' : open === '[ ' ? ' ]' : ']'}`);
	const line = fc.oneof(
		{
			weight: 6,
			arbitrary: fc
				.tuple(sep, fc.oneof({ weight: 2, arbitrary: key }, dotted(2)), sep, sep, value, comment)
				.map(([a, k, b, c, v, m]) => `${a}${k}${b}=${c}${v}${m}`)
		},
		{ weight: 2, arbitrary: header },
		{ weight: 1, arbitrary: comment.map((c) => c.trim()) }
	);
	const doc = fc
		.tuple(
			fc.array(fc.tuple(line, fc.constantFrom('\n', '\n', '\n', '\r\n', '\r')), { maxLength: 8 }),
			fc.boolean()
		)
		.map(([lines, last]) =>
			lines
				.map(([l, e]) => l + e)
				.join('')
				.slice(0, last ? undefined : -1)
		);

	it('on generated multi-line strings, answers only where both full parsers agree with it', () => {
		const bit = fc.constantFrom(
			'a',
			'Z',
			'9',
			'+',
			'/',
			'=',
			'-',
			' ',
			'\t',
			'\u3000',
			'\u00a0',
			'\u2028',
			'\n',
			'#',
			'é',
			'😀',
			'"',
			"'",
			'\\'
		);
		const body = fc.array(bit, { maxLength: 12 }).map((p) => p.join(''));
		const text = fc
			.tuple(
				fc.constantFrom('"""', "'''"),
				fc.constantFrom('', '\n', '\n\n', ' '),
				body,
				fc.constantFrom('', '\n', ' # c\n', ' \n')
			)
			.map(([q, open, b, after]) => `[k]\nkey = ${q}${open}${b}${q}${after}x = 1\n`);
		let read = 0;
		fc.assert(
			fc.property(text, (t) => {
				if (expectAgreement(t)) read++;
			}),
			{ numRuns: 5000 }
		);
		expect(read).toBeGreaterThan(300);
	});

	it('on generated documents, answers only where both full parsers agree with it', () => {
		let read = 0;
		fc.assert(
			fc.property(doc, (text) => {
				if (expectAgreement(text)) read++;
			}),
			{ numRuns: 20000 }
		);
		// The generator must reach the subset often enough for the property to mean something.
		expect(read).toBeGreaterThan(2000);
	});
});
