import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	check,
	listSecrets,
	simulate,
	stringifyOrdered,
	type SecretsSource
} from '../../src/lib/index.ts';
import { orderedKeys } from '../../src/lib/python/ordered-json.ts';

type Json = unknown;

interface Case {
	id: string;
	input: string;
	outcome: { value?: Json; key_order?: string[][] };
}

const corpus: Case[] = JSON.parse(
	readFileSync(new URL('../fixtures/legacy-toml/corpus.json', import.meta.url), 'utf8')
);
const ordered = corpus.filter((c) => c.outcome.key_order);

const one = (text: string): SecretsSource[] => [
	{ path: '/app/.streamlit/secrets.toml', node: { kind: 'file', text } }
];

/** Key paths of a tagged value in the order its writer uses, depth first. */
function paths(v: Json, path: string[] = []): string[][] {
	if (Array.isArray(v)) return v.flatMap((x, i) => paths(x, [...path, String(i)]));
	if (v === null || typeof v !== 'object') return [];
	const o = v as { [key: string]: Json };
	if (Object.keys(o).some((k) => k.startsWith('$'))) return [];
	return orderedKeys(o as never).flatMap((k) => [[...path, k], ...paths(o[k], [...path, k])]);
}

describe('integer-like keys keep the order toml 0.10.2 gives them', () => {
	it('has recordings with integer-like keys to compare', () => {
		expect(ordered.length).toBeGreaterThanOrEqual(20);
	});

	it.each(ordered.map((c) => [c.id, c] as const))('simulate keeps %s in order', (_id, c) => {
		const run = simulate(one(c.input));
		expect('value' in run.parse).toBe(true);
		if ('value' in run.parse) expect(paths(run.parse.value)).toEqual(c.outcome.key_order);
	});

	it('writes simulate JSON with Python order, as JSON.stringify would not', () => {
		const run = simulate(one('b = 1\n1 = 2\n[t]\n"2" = 3\n"1" = 4\n'), {
			access: ['st.secrets.t', 'st.secrets.to_dict()']
		});
		const text = stringifyOrdered(run.parse, 1);
		expect(text).toBe(
			'{\n "value": {\n  "b": 1,\n  "1": 2,\n  "t": {\n   "2": 3,\n   "1": 4\n  }\n }\n}'
		);
		expect(JSON.stringify(run.parse)).toBe('{"value":{"1":2,"b":1,"t":{"1":4,"2":3}}}');
		expect(stringifyOrdered(run.accesses[0], 0).replace(/\n/g, '')).toBe(
			'{"expr": "st.secrets.t","value": {"$AttrDict": {"2": 3,"1": 4}},"repr": "{\'2\': 3, \'1\': 4}"}'
		);
		expect(paths(run.accesses[1])).toEqual([
			['expr'],
			['value'],
			['value', 'b'],
			['value', '1'],
			['value', 't'],
			['value', 't', '2'],
			['value', 't', '1']
		]);
	});

	it('writes what JSON.stringify writes when no key is integer-like', () => {
		const value = { a: [1, { b: null, c: 'x"y' }, []], d: {}, e: true };
		expect(stringifyOrdered(value, 1)).toBe(JSON.stringify(value, null, 1));
	});

	it('lists secrets in the file order', () => {
		const report = check(one('b = 1\n1 = 2\n[t]\n"2" = 3\nz = 1\n"1" = 4\n'));
		expect(listSecrets(report).map((e) => e.path.join('.'))).toEqual(
			expect.arrayContaining(['b', '1'])
		);
		const roots = listSecrets(report).map((e) => e.path[0]);
		expect(roots.indexOf('b')).toBeLessThan(roots.indexOf('1'));
		const inT = listSecrets(report)
			.filter((e) => e.path[0] === 't' && e.path.length === 2)
			.map((e) => e.path[1]);
		expect(inT).toEqual(['2', 'z', '1']);
	});
});
