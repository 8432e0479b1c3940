import fc from 'fast-check';
import { parse, stringify, TomlError } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { lineColumn, offsetAt, type Diagnostic } from '../../src/lib/diagnostic';
import { findImpossibleDates } from '../../src/lib/toml/dates';
import { tomlDiagnostic } from '../../src/lib/toml/messages';
import { parseToml } from '../../src/lib/toml/parse';
import { splitStatements } from '../../src/lib/toml/statements';
import { diagnoseSyntaxError } from '../../src/lib/toml/syntax-error';

/** `[code, line]` of every diagnostic, in text order. */
const located = (text: string) =>
	parseToml(text)
		.diagnostics.map((d) => [d.code, lineColumn(text, d.from).line, d.from] as const)
		.sort((a, b) => a[2] - b[2])
		.map(([code, line]) => [code, line]);

/** What parseToml returned before it recovered: the first error only, or the dates. */
function firstErrorOnly(text: string): { value: unknown; diagnostics: Diagnostic[] } {
	try {
		const value = parse(text, { integersAsBigInt: true });
		const dates = findImpossibleDates(text);
		if (dates.length === 0) return { value, diagnostics: [] };
		return {
			value: null,
			diagnostics: dates.map((d) =>
				tomlDiagnostic('toml/invalid-date', { value: d.value, problem: d.problem }, d.from, d.to)
			)
		};
	} catch (error) {
		if (!(error instanceof TomlError)) throw error;
		const reason = error.message.replace(/^Invalid TOML document: /, '').split('\n\n')[0];
		const pos = offsetAt(text, error.line, error.column);
		return { value: null, diagnostics: [diagnoseSyntaxError(text, reason, pos)] };
	}
}

function inside(text: string, d: Diagnostic): boolean {
	const ok = (from: number, to: number) => 0 <= from && from <= to && to <= text.length;
	return ok(d.from, d.to) && (!d.fix || ok(d.fix.from, d.fix.to));
}

describe('parseToml past the first error', () => {
	it.each([
		[
			'a bad value, an unclosed string, a bad header, stray characters, a duplicate table, a bad key',
			[
				'a = sk-123',
				'b = "unclosed',
				'[bad header',
				'ok = 1',
				'}} {{',
				'[t]',
				'x = 1',
				'[t]',
				'y = 2',
				'my key = 3',
				'fine = true'
			],
			[
				['toml/unquoted-string', 1],
				['toml/unclosed-string', 2],
				['toml/unclosed-bracket', 3],
				['toml/missing-equals', 5],
				['toml/duplicate-key', 8],
				['toml/invalid-key', 10]
			]
		],
		[
			'a Python boolean, None, a leading zero, a colon, a missing value',
			['a = True', 'b = None', 'c = 007', 'd: 1', 'e =', 'f = 1'],
			[
				['toml/python-boolean', 1],
				['toml/null-value', 2],
				['toml/invalid-number', 3],
				['toml/colon-instead-of-equals', 4],
				['toml/missing-value', 5]
			]
		],
		[
			'keys defined three times',
			['x = 1', 'x = 2', '[t]', 'x = 1', 'x = 3', 'x = 4'],
			[
				['toml/duplicate-key', 2],
				['toml/duplicate-key', 5],
				['toml/duplicate-key', 6]
			]
		],
		[
			'an impossible date among syntax errors',
			['a = oops', 'b = 2021-02-30', 'c = nope'],
			[
				['toml/unquoted-string', 1],
				['toml/invalid-date', 2],
				['toml/unquoted-string', 3]
			]
		],
		[
			'errors in a CRLF file',
			['a = 1', 'b = bad', 'c = "x', 'd = 2'],
			[
				['toml/unquoted-string', 2],
				['toml/unclosed-string', 3]
			]
		]
	])('gives each of %s its own located diagnostic', (_name, lines, expected) => {
		expect(located(lines.join('\n') + '\n')).toEqual(expected);
		expect(located(lines.join('\r\n') + '\r\n')).toEqual(expected);
	});

	it('reads a multi-line string after an error whole, whatever lines it holds', () => {
		const text = 'a = oops\nkey = """\n[fake]\nx = bad\n"""\nafter = nope\n';
		expect(located(text)).toEqual([
			['toml/unquoted-string', 1],
			['toml/unquoted-string', 6]
		]);
		expect(parseToml(text).recovered?.value).toEqual({ key: '[fake]\nx = bad\n' });
	});

	it('reads multi-line arrays and inline tables after an error whole', () => {
		const text = 'a = oops\narr = [\n  1, # one\n  2,\n]\nt = {\n  x = 1,\n}\nb = nope\n';
		expect(located(text)).toEqual([
			['toml/unquoted-string', 1],
			['toml/unquoted-string', 9]
		]);
		expect(parseToml(text).recovered?.value).toEqual({ arr: [1n, 2n], t: { x: 1n } });
	});

	it.each([
		['a key smol-toml rejects', 'clé = [\n  1,\n  2,\n]\n', [2], {}],
		[
			'nested arrays that look like headers',
			'a = [\n  ["x"],\n  [1],\n  [true]\n]\n',
			[],
			{ a: [['x'], [1n], [true]] }
		],
		['a last element without comma', 'a = [\n  1,\n  [nan, 2]\n]\n', [], { a: [1n, [NaN, 2n]] }],
		['a bad line inside an inline table', 't = {\n  k = 1,\n  [b] = 2\n}\n', [4], {}]
	])(
		'reads a multi-line value with %s after an error as one statement',
		(_name, value, inner, rest) => {
			const text = 'a0 = oops\n' + value + 'z = nope\n';
			const last = text.split('\n').length - 1;
			expect(located(text).map(([, line]) => line)).toEqual([1, ...inner, last]);
			expect(parseToml(text).recovered?.value).toEqual(rest);
		}
	);

	it('ends an array left open at the next header, so the table after it is kept', () => {
		const text = 'a = [1,\n2\n[b]\nc = 1\nd = bad\n';
		const { diagnostics, recovered } = parseToml(text);
		expect(diagnostics.map((d) => lineColumn(text, d.from).line)).toEqual([3, 5]);
		expect(recovered?.value).toEqual({ b: { c: 1n } });
	});

	it('ends a multi-line string left open at the next header', () => {
		const text = 'a = 1\nkey = """\nnever closed\n[next]\nx = bad\ny = 2\n';
		expect(located(text)).toEqual([
			['toml/unclosed-string', 2],
			['toml/unquoted-string', 5]
		]);
		expect(parseToml(text).recovered?.value).toEqual({ a: 1n, next: { y: 2n } });
	});

	it('leaves the keys of a repeated table out, so they are not reported as repeated', () => {
		const text = '[a]\nb = 1\n[a]\nb = 2\n[a]\nc = bad\n';
		expect(located(text)).toEqual([
			['toml/duplicate-key', 3],
			['toml/duplicate-key', 5],
			['toml/unquoted-string', 6]
		]);
		expect(parseToml(text).recovered?.value).toEqual({ a: { b: 1n } });
	});

	it('leaves the keys of a header with a syntax error out, so they are not reported as repeated', () => {
		const text = '[database]\nhost = "a"\n[bad header\nhost = "b"\nport = x\n';
		expect(located(text)).toEqual([
			['toml/unclosed-bracket', 3],
			['toml/unquoted-string', 5]
		]);
		expect(parseToml(text).recovered?.value).toEqual({ database: { host: 'a' } });
	});

	it('tells the same subtable of two elements of an array of tables from a repeated one', () => {
		const text = 'a = oops\n[[x]]\n[x.y]\nk = 1\n[[x]]\n[x.y]\nk = 2\n[t]\n[t]\n';
		expect(located(text)).toEqual([
			['toml/unquoted-string', 1],
			['toml/duplicate-key', 9]
		]);
	});

	it('keeps the same offsets in the rest, with the bad statements blanked', () => {
		const text = 'a = oops\r\n[t]\r\nx = "y"\r\nb = nope # why\r\n';
		const rest = parseToml(text).recovered!;
		expect(rest.text).toBe('        \r\n[t]\r\nx = "y"\r\n              \r\n');
		expect(rest.value).toEqual({ t: { x: 'y' } });
	});
});

describe('splitStatements', () => {
	it('tiles the text, one statement per key or header', () => {
		const text = '# c\na = 1\n\n[t] # h\nb = [\n 1,\n]\nc = """\nx\n"""\n';
		const s = splitStatements(text);
		expect(s.map((x) => text.slice(x.from, x.to))).toEqual([
			'# c\na = 1\n\n',
			'[t] # h\n',
			'b = [\n 1,\n]\n',
			'c = """\nx\n"""\n'
		]);
		expect(s.map((x) => x.header)).toEqual([false, true, false, false]);
	});
});

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/);
const scalar = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.integer(),
	fc.boolean(),
	fc.double({ noNaN: true, noDefaultInfinity: true })
);
const table = fc.dictionary(
	key,
	fc.oneof(scalar, fc.array(fc.integer(), { maxLength: 4 }), fc.dictionary(key, scalar)),
	{ maxKeys: 8 }
);
const document = fc
	.dictionary(key, fc.oneof(scalar, table), { maxKeys: 8 })
	.map((v) => stringify(v));

describe('parseToml recovery, properties', () => {
	it('gives valid documents exactly what it gave before recovery existed', () => {
		fc.assert(
			fc.property(document, (text) => {
				const result = parseToml(text);
				expect(result).toEqual(firstErrorOnly(text));
				expect(result.recovered).toBeUndefined();
			}),
			{ numRuns: 300 }
		);
	});

	it('finds one error per broken line of a valid document', () => {
		fc.assert(
			fc.property(document, fc.array(fc.nat(), { maxLength: 5 }), (text, picks) => {
				const lines = text.split('\n');
				const pairs = lines.flatMap((l, i) => (/^[a-z][a-z0-9_]* = [^[{"]/.test(l) ? [i] : []));
				if (pairs.length === 0) return;
				const broken = [...new Set(picks.map((p) => pairs[p % pairs.length]))].sort(
					(a, b) => a - b
				);
				for (const i of broken) lines[i] = lines[i].replace(/ = .*/, ' = not quoted');
				const bad = lines.join('\n');
				expect(located(bad)).toEqual(broken.map((i) => ['toml/unquoted-string', i + 1]));
			}),
			{ numRuns: 300 }
		);
	});

	it('on mutated text: never throws, keeps the first error, stays in range, leaves a valid rest', () => {
		fc.assert(
			fc.property(
				document,
				fc.nat(),
				fc.string({ unit: 'binary', maxLength: 4 }),
				fc.nat(4),
				(s, at, insert, cut) => {
					const i = at % (s.length + 1);
					const text = s.slice(0, i) + insert + s.slice(i + cut);
					const result = parseToml(text);
					const before = firstErrorOnly(text);
					expect(result.diagnostics.length > 0).toBe(before.diagnostics.length > 0);
					expect(result.diagnostics[0]).toEqual(before.diagnostics[0]);
					for (const d of result.diagnostics) expect(inside(text, d)).toBe(true);
					const rest = result.recovered;
					if (rest) {
						expect(rest.text.length).toBe(text.length);
						expect(rest.value).toEqual(parse(rest.text, { integersAsBigInt: true }));
					}
				}
			),
			{ numRuns: 800 }
		);
	});

	it('on strings of TOML punctuation: never throws, stays in range, leaves a valid rest', () => {
		const piece = fc.constantFrom(
			'[',
			']',
			'{',
			'}',
			'"',
			"'",
			'"""',
			"'''",
			'=',
			',',
			'#',
			'\n',
			'\r\n',
			'\r',
			' ',
			'a',
			'1',
			'[a]',
			'a = ',
			'\ufeff',
			'\0'
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
				const text = parts.join('');
				const { diagnostics, recovered } = parseToml(text);
				for (const d of diagnostics) expect(inside(text, d)).toBe(true);
				if (recovered)
					expect(recovered.value).toEqual(parse(recovered.text, { integersAsBigInt: true }));
			}),
			{ numRuns: 1500 }
		);
	});
});

/** Milliseconds `run` takes, the best of `times` runs. */
function bestOf(times: number, run: () => unknown): number {
	let best = Infinity;
	for (let i = 0; i < times; i++) {
		const start = performance.now();
		run();
		best = Math.min(best, performance.now() - start);
	}
	return best;
}

/**
 * Asserts that recovering `text` costs at most `factor` times a plain smol-toml parse of a
 * valid document of the same size (timed alike, so that a busy machine slows both).
 */
function expectLinear(text: string, factor: number) {
	const lines = Math.ceil(text.length / 17);
	const valid = Array.from({ length: lines }, (_, i) => `k${i} = "value"`).join('\n');
	const base = bestOf(3, () => parse(valid));
	const recovered = bestOf(3, () => parseToml(text));
	expect(recovered).toBeLessThan(factor * base + 50);
}

describe('parseToml recovery, bounded work', () => {
	it('lists at most 1,000 problems after the first, in linear time, on 20,000 bad lines', () => {
		const text = Array.from({ length: 20_000 }, (_, i) => `k${i} = bad value ${i}\n`).join('');
		expect(parseToml(text).diagnostics).toHaveLength(1001);
		expectLinear(text, 12);
	});

	it('bounds the re-parsing for 20,000 repeated keys', () => {
		const text = Array.from({ length: 20_000 }, (_, i) => `k${i % 2} = ${i}\n`).join('');
		expect(parseToml(text).diagnostics.length).toBeGreaterThan(1);
		expectLinear(text, 12);
	});

	it('is linear in a 1 MB file of good lines with errors here and there', () => {
		const lines = Array.from({ length: 60_000 }, (_, i) =>
			i % 1000 === 999 ? `k${i} = bad` : `k${i} = "value"`
		);
		const text = lines.join('\n');
		expect(parseToml(text).diagnostics).toHaveLength(60);
		expectLinear(text, 12);
	});
});
