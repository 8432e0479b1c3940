import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tomlToPython } from '../../src/lib/check/compare.ts';
import { toToml, writeToml } from '../../src/lib/convert/toml-write.ts';
import { parseLegacyToml } from '../../src/lib/legacy-toml/index.ts';
import {
	typeName,
	PyDate,
	PyDateTime,
	PyDict,
	PyFloat,
	PyTime,
	type PyValue
} from '../../src/lib/python/values.ts';
import { parseToml } from '../../src/lib/toml/parse.ts';
import corpus from '../fixtures/convert/tricky-values.json';
import { canon, dict } from '../fixtures/convert/py-builders.ts';

/** Reads TOML text with both parsers; null where one fails. */
function readBoth(text: string): { legacy: PyDict | null; toml: PyValue | null } {
	const legacy = parseLegacyToml(text);
	const toml = parseToml(text);
	return {
		legacy: legacy.ok ? legacy.value : null,
		toml: toml.value ? tomlToPython(toml.value) : null
	};
}

/** Asserts that both parsers read `text` back as `expected` (keys sorted: tables come last). */
function expectRoundTrip(text: string, expected: PyDict): void {
	const { legacy, toml } = readBoth(text);
	expect(legacy, text).not.toBeNull();
	expect(toml, text).not.toBeNull();
	expect(canon(legacy!, { sortKeys: true }), text).toBe(canon(expected, { sortKeys: true }));
	expect(canon(toml!, { sortKeys: true, milliseconds: true }), text).toBe(
		canon(expected, { sortKeys: true, milliseconds: true })
	);
}

const strings: string[] = corpus.strings;

/** The notes about values that will not read back the same (key order aside). */
const losses = (notes: string[]) => notes.filter((n) => !n.includes('another order'));

describe('writeToml', () => {
	it.each(strings.map((s) => [s]))('round-trips the string value %j', (s) => {
		const secrets = dict({ value: s, nested: { value: s }, list: [s, 'x'] });
		const { text, notes } = writeToml(secrets);
		expect(losses(notes)).toEqual([]);
		expectRoundTrip(text, secrets);
	});

	const keys = strings.filter((s) => !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(s));
	/** Keys toml 0.10.2 cannot read in a header or before a table value, quotes and backslashes. */
	const awkward = (s: string) =>
		(s.includes("'") && s.includes('"')) || (s.includes('\\') && s.includes('"'));

	it.each(keys.map((s) => [s]))('round-trips the key %j at the root and in a table', (s) => {
		const secrets = dict({ [s]: 'root', list: [1n], t: { [s]: 1n, u: { [s]: [true] } } });
		const { text, notes } = writeToml(secrets);
		expect(losses(notes)).toEqual([]);
		expectRoundTrip(text, secrets);
	});

	it.each(keys.filter((s) => !awkward(s)).map((s) => [s]))(
		'round-trips the key %j of a table and of an array of tables',
		(s) => {
			const secrets = dict({ [s]: { x: true }, h: { [s]: [{ y: 1n }, { y: 2n }] } });
			const { text, notes } = writeToml(secrets);
			expect(losses(notes)).toEqual([]);
			expectRoundTrip(text, secrets);
		}
	);

	it.each(keys.filter(awkward).map((s) => [s]))(
		"notes the table key %j, which Streamlit's parser cannot read",
		(s) => {
			const { notes } = writeToml(dict({ h: { [s]: { x: true } } }));
			expect(notes.join()).toContain('cannot read');
		}
	);

	it.each([
		['an integer', 42n],
		['a negative integer', -17n],
		['a big integer', 123456789012345678901234567890n],
		['a float', 2.5],
		['a whole float', 1],
		['a large float', 1e16],
		['a small float', 6.626e-34],
		['the smallest float', 5e-324],
		['infinity', Infinity],
		['minus infinity', -Infinity],
		['nan', NaN],
		['true', true],
		['false', false],
		['a date', new PyDate(2024, 2, 29)],
		['an early date', new PyDate(1, 1, 1)],
		['a time', new PyTime(7, 32, 0, 0)],
		['a time with microseconds', new PyTime(0, 32, 0, 123456)],
		['a time with one microsecond', new PyTime(0, 0, 0, 1)],
		['a local datetime', new PyDateTime(new PyDate(1979, 5, 27), new PyTime(7, 32, 0, 0), null)],
		['a UTC datetime', new PyDateTime(new PyDate(1979, 5, 27), new PyTime(7, 32, 0, 0), 0)],
		[
			'an offset datetime',
			new PyDateTime(new PyDate(1979, 5, 27), new PyTime(7, 32, 0, 999999), -450)
		],
		['an empty array', []],
		['an array of arrays', [[1n, 2n], ['a'], []]],
		[
			'an array of tables',
			[
				{ x: 1n, sub: { y: 'z' } },
				{ x: 2n, list: [{ deep: true }] }
			]
		],
		['an empty table', {}],
		['a table of empty tables', { a: {}, b: { c: {} } }],
		['an array of arrays of tables', [[{ a: 1n }], [{ a: 2n, b: { c: 'd' } }]]],
		[
			'dates and datetimes together',
			[new PyDate(2020, 1, 1), new PyDateTime(new PyDate(2020, 1, 1), new PyTime(0, 0, 0, 0), null)]
		]
	])('round-trips %s', (_name, value) => {
		const secrets = dict({ value, t: { value } });
		const { text, notes } = writeToml(secrets);
		expect(losses(notes)).toEqual([]);
		expectRoundTrip(text, secrets);
	});

	it('writes -0.0 as 0.0, the value Streamlit reads anyway', () => {
		expect(toToml(dict({ z: -0 }))).toBe('z = 0.0\n');
	});

	it('keeps the order of keys when values come before tables', () => {
		const secrets = dict({ a: 'x', b: 1n, db: { user: 'u', pool: { size: 5n } }, z: { q: [] } });
		const text = toToml(secrets);
		expect(text).toBe('a = "x"\nb = 1\n\n[db]\nuser = "u"\n\n[db.pool]\nsize = 5\n\n[z]\nq = []\n');
		const { legacy } = readBoth(text);
		expect(canon(legacy!)).toBe(canon(secrets));
	});

	it.each([
		['a table before a value', dict({ db: { u: 'x' }, key: 'k' }), 'another order'],
		['a mixed array', dict({ a: [1n, 'two'] }), 'mixes types'],
		['None', dict({ a: null }), 'None'],
		['a key with a control character', dict({ 'a\u0001': 1n }), 'control character'],
		[
			'a string that starts with two quotes and has an apostrophe',
			dict({ a: `""it's` }),
			'two double quotes'
		]
	])('notes %s', (_name, secrets, fragment) => {
		const { notes } = writeToml(secrets);
		expect(notes.join('\n')).toContain(fragment);
	});

	it('writes nothing for an empty dict', () => {
		expect(toToml(new PyDict())).toBe('');
	});

	it('round-trips generated secrets', () => {
		const quirky = fc.constantFrom(...'\\uU0e1\u0001"\',[]{}a \n#=é\t.'.split(''));
		const text = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 12 }),
			fc.string({ unit: quirky, maxLength: 12 })
		);
		const key = text;
		const scalar: fc.Arbitrary<PyValue> = fc.oneof(
			text,
			fc.boolean(),
			fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
			fc.double().map((x) => new PyFloat(Object.is(x, -0) ? 0 : x)),
			fc
				.record({
					y: fc.integer({ min: 1, max: 9999 }),
					m: fc.integer({ min: 1, max: 12 }),
					d: fc.integer({ min: 1, max: 28 })
				})
				.map(({ y, m, d }) => new PyDate(y, m, d))
		);
		const tree = fc.letrec<{ value: PyValue; table: PyDict }>((tie) => ({
			value: fc.oneof(
				{ depthSize: 'small', withCrossShrink: true },
				scalar,
				fc
					.array(scalar, { maxLength: 3 })
					.map((a) => a.filter((x) => typeName(x) === typeName(a[0]))),
				fc.array(tie('table'), { minLength: 1, maxLength: 2 }),
				tie('table')
			),
			table: fc.dictionary(key, tie('value'), { maxKeys: 4 }).map((o) => {
				const d = new PyDict();
				for (const [k, v] of Object.entries(o)) d.map.set(k, v);
				return d;
			})
		}));
		let checked = 0;
		fc.assert(
			fc.property(tree.table, (secrets) => {
				const { text, notes } = writeToml(secrets);
				if (losses(notes).length) return;
				checked++;
				expectRoundTrip(text, secrets);
			}),
			{ numRuns: 2000 }
		);
		expect(checked).toBeGreaterThan(600);
	});
});

describe('writeToml on large input', () => {
	it('writes 20,000 keys with quoted names and arrays in reasonable time', () => {
		const secrets = new PyDict();
		for (let i = 0; i < 20000; i++) secrets.map.set(`key ${i}`, [`v${i}`, 'w']);
		const started = Date.now();
		const { text, notes } = writeToml(secrets);
		expect(Date.now() - started).toBeLessThan(5000);
		expect(notes).toEqual([]);
		expect(text.split('\n')).toHaveLength(20001);
	});
});
