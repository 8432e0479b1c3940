import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tomlToPython } from '../../src/lib/check/compare.ts';
import {
	exportDotenv,
	exportJson,
	importDotenv,
	importJson,
	importServiceAccount,
	mergeImport,
	planImport,
	readDotenv,
	toToml
} from '../../src/lib/convert/index.ts';
import type { ImportResult } from '../../src/lib/convert/index.ts';
import { lineColumn } from '../../src/lib/diagnostic.ts';
import { parseLegacyToml } from '../../src/lib/legacy-toml/index.ts';
import { PyDict, type PyValue } from '../../src/lib/python/values.ts';
import { parseToml } from '../../src/lib/toml/parse.ts';
import corpus from '../fixtures/convert/tricky-values.json';
import { canon, dict } from '../fixtures/convert/py-builders.ts';

const fixture = (name: string) =>
	readFileSync(new URL(`../fixtures/convert/${name}`, import.meta.url), 'utf8');

/** A problem as the tests compare it: code, severity and 1-based line. */
const problem = (code: string, severity: string, line: number) => ({ code, severity, line });
const problemsOf = (r: ImportResult) =>
	r.problems.map((p) => ({ code: p.code, severity: p.severity, line: p.line }));

/** Asserts that both parsers read the import's text as its `secrets`, and returns them. */
function readBack(r: ImportResult): PyDict {
	const legacy = parseLegacyToml(r.text);
	const toml = parseToml(r.text);
	expect(legacy.ok, r.text).toBe(true);
	expect(toml.value, r.text).not.toBeNull();
	const value = (legacy as { value: PyDict }).value;
	expect(canon(value)).toBe(canon(r.secrets));
	expect(canon(tomlToPython(toml.value) as PyValue, { sortKeys: true })).toBe(
		canon(value, { sortKeys: true })
	);
	return value;
}

const strings: string[] = corpus.strings;

describe('readDotenv', () => {
	it('reads a .env file statement by statement as python-dotenv 1.2.2 does', () => {
		const text = fixture('dotenv/syntax.env');
		const recorded = JSON.parse(fixture('dotenv/syntax.python-dotenv.json')) as {
			bindings: { key: string | null; value: string | null; line: number; error: boolean }[];
		};
		const bindings = readDotenv(text).map((b) => ({
			key: b.key,
			value: b.value,
			line: lineColumn(text, b.from).line,
			error: b.error
		}));
		expect(bindings).toEqual(recorded.bindings);
	});
});

describe('importDotenv', () => {
	it('imports what python-dotenv loads, as root strings', () => {
		const text = fixture('dotenv/syntax.env');
		const recorded = JSON.parse(fixture('dotenv/syntax.python-dotenv.json')) as {
			values: Record<string, string | null>;
		};
		const r = importDotenv(text);
		const expected = Object.fromEntries(
			Object.entries(recorded.values).filter(([, v]) => v !== null)
		);
		expect(canon(readBack(r))).toBe(canon(dict(expected)));
		expect(problemsOf(r)).toEqual([
			problem('convert/dotenv-no-value', 'info', 9),
			problem('convert/dotenv-invalid-line', 'error', 24),
			problem('convert/duplicate-key', 'warning', 27)
		]);
		expect(r.notes.join('\n')).toContain('`INTERP`');
	});

	it.each(strings.map((s) => [s]))('round-trips %j through exportDotenv', (s) => {
		const secrets = dict({ VALUE: s, NEXT: 'x"y' });
		const exported = exportDotenv(secrets);
		const r = importDotenv(exported.text);
		expect(r.problems).toEqual([]);
		if (exported.notes.some((n) => n.includes('ends in a backslash')))
			expect(canon(readBack(r))).toBe(canon(dict({ NEXT: 'x"y' })));
		else expect(canon(readBack(r))).toBe(canon(secrets));
	});

	it('writes a value that ends in a backslash bare, which python-dotenv reads literally', () => {
		expect(exportDotenv(dict({ A: 'C:\\dir\\', B: '"' })).text).toBe('A=C:\\dir\\\nB="\\""\n');
	});

	it('reads an empty file as no secrets', () => {
		const r = importDotenv('');
		expect(r.text).toBe('');
		expect(r.problems).toEqual([]);
	});
});

describe('importJson', () => {
	it('imports objects as tables, arrays of objects as arrays of tables, integers exactly', () => {
		const r = importJson(
			'{"api_key": "k", "port": 5432, "ratio": 1.0, "big": 123456789012345678901234567890,' +
				' "flag": true, "db": {"user": "u", "opts": {"ssl": false}}, "hosts": ["a", "b"],' +
				' "users": [{"name": "x"}, {"name": "y"}], "exp": 1e300, "neg": -0}'
		);
		expect(r.problems).toEqual([]);
		expect(canon(readBack(r), { sortKeys: true })).toBe(
			canon(
				dict({
					api_key: 'k',
					port: 5432n,
					ratio: 1,
					big: 123456789012345678901234567890n,
					flag: true,
					db: { user: 'u', opts: { ssl: false } },
					hosts: ['a', 'b'],
					users: [{ name: 'x' }, { name: 'y' }],
					exp: 1e300,
					neg: 0n
				}),
				{ sortKeys: true }
			)
		);
	});

	it.each([
		['null', '{\n"a": 1,\n"b": null\n}', [problem('convert/json-null', 'info', 3)], { a: 1n }],
		[
			'a mixed array',
			'{\n"a": [1, "two"],\n"b": "ok"\n}',
			[problem('convert/json-mixed-array', 'warning', 2)],
			{ b: 'ok' }
		],
		[
			'null inside an array',
			'{"a": [1, null, 2]}',
			[problem('convert/json-null', 'info', 1)],
			{ a: [1n, 2n] }
		],
		[
			'a repeated key',
			'{\n"a": 1,\n"a": 2\n}',
			[problem('convert/duplicate-key', 'warning', 3)],
			{ a: 2n }
		],
		['a syntax error', '{\n"a": 1,\n}', [problem('convert/json-syntax', 'error', 3)], {}],
		['an unclosed string', '{"a": "b', [problem('convert/json-syntax', 'error', 1)], {}],
		['a comment', '{"a": 1 // no\n}', [problem('convert/json-syntax', 'error', 1)], {}],
		['an array', '[1, 2]', [problem('convert/json-not-object', 'error', 1)], {}],
		['a string', '"secret"', [problem('convert/json-not-object', 'error', 1)], {}],
		['empty text', '', [problem('convert/json-syntax', 'error', 1)], {}],
		[
			'deep nesting',
			'{"a": ' + '['.repeat(1000) + ']'.repeat(1000) + '}',
			[problem('convert/json-too-deep', 'error', 1)],
			{}
		],
		['a byte order mark', '\ufeff{"a": "b"}', [], { a: 'b' }]
	])('handles %s', (_name, input, problems, expected) => {
		const r = importJson(input);
		expect(problemsOf(r)).toEqual(problems);
		expect(canon(readBack(r))).toBe(canon(dict(expected)));
	});

	it('says what it expected at a syntax error', () => {
		const [p] = importJson('{"a" 1}').problems;
		expect(p.message).toBe('This is not valid JSON: expected `:`, found `1`');
		expect([p.line, p.column, p.from, p.to]).toEqual([1, 6, 5, 6]);
	});

	it.each(strings.map((s) => [s]))('round-trips %j through exportJson', (s) => {
		// Keys toml 0.10.2 cannot read are covered by convert-toml.
		const key = /[\u0000-\u001f\u007f]/.test(s) ? 'key' : s;
		const secrets = dict({ [key]: s, t: { list: [s], n: 1n, f: 2.5 } });
		const r = importJson(exportJson(secrets).text);
		expect(r.problems).toEqual([]);
		expect(canon(readBack(r))).toBe(canon(secrets));
	});
});

describe('importServiceAccount', () => {
	const key = JSON.parse(fixture('service-account/key.json')) as Record<string, string>;

	it.each([
		['gsheets', {}],
		['gcp', { target: 'gcp_service_account' as const }],
		['custom-connection', { connection: 'my sheets' }]
	])('writes the key file as a %s table', async (name, options) => {
		const r = importServiceAccount(fixture('service-account/key.json'), options);
		expect(r.problems).toEqual([]);
		await expect(r.text).toMatchFileSnapshot(
			`../fixtures/convert/service-account/key.${name}.toml`
		);
		const value = readBack(r);
		const table = (
			name === 'gcp'
				? value.map.get('gcp_service_account')
				: (value.map.get('connections') as PyDict).map.get(
						name === 'gsheets' ? 'gsheets' : 'my sheets'
					)
		) as PyDict;
		expect(table.map.get('private_key')).toBe(key.private_key);
		expect(String(table.map.get('private_key'))).toMatch(
			/^-----BEGIN PRIVATE KEY-----\n[^\\]+\n-----END PRIVATE KEY-----\n$/
		);
		expect([...table.map.keys()]).toEqual(Object.keys(key));
	});

	it('repairs a private key pasted with \\n as two characters', () => {
		const r = importServiceAccount(fixture('service-account/double-escaped.json'));
		expect(problemsOf(r)).toEqual([problem('convert/private-key-escaped', 'info', 5)]);
		const gsheets = (readBack(r).map.get('connections') as PyDict).map.get('gsheets') as PyDict;
		expect(gsheets.map.get('private_key')).toBe(key.private_key);
	});

	it('reports missing fields at the start of the object', () => {
		const r = importServiceAccount(fixture('service-account/missing-fields.json'));
		expect(problemsOf(r)).toEqual([
			problem('convert/service-account-field', 'warning', 1),
			problem('convert/service-account-field', 'warning', 1),
			problem('convert/service-account-field', 'info', 1),
			problem('convert/service-account-field', 'info', 1)
		]);
		expect(r.problems.map((p) => p.message.match(/`(\w+)`/)![1])).toEqual([
			'private_key',
			'token_uri',
			'private_key_id',
			'client_id'
		]);
	});

	it.each([
		[
			'an OAuth client file',
			fixture('service-account/oauth-client.json'),
			1,
			'an OAuth client file'
		],
		[
			'an authorized-user file',
			'{\n"type": "authorized_user",\n"client_id": "x"\n}',
			2,
			'authorized_user'
		],
		['an object without a type', '{"a": 1}', 1, 'without']
	])('refuses %s', (_name, input, line, fragment) => {
		const r = importServiceAccount(input);
		expect(problemsOf(r)).toEqual([problem('convert/service-account-type', 'error', line)]);
		expect(r.problems[0].message).toContain(fragment);
		expect(r.text).toBe('');
	});

	it('passes JSON syntax errors on', () => {
		expect(problemsOf(importServiceAccount('{'))).toEqual([
			problem('convert/json-syntax', 'error', 1)
		]);
	});
});

describe('planImport', () => {
	const existing = dict({
		api_key: 'old',
		same: 'x',
		connections: { sql: { url: 'u' }, gsheets: { type: 'old' } },
		db: 'string'
	});
	const imported = dict({
		api_key: 'new',
		same: 'x',
		connections: { gsheets: { type: 'service_account', project_id: 'p' } },
		db: { user: 'u' },
		extra: 1n
	});

	it('lists added, replaced and unchanged paths, into tables both sides have', () => {
		expect(planImport(existing, imported)).toEqual({
			added: [['connections', 'gsheets', 'project_id'], ['extra']],
			replaced: [['api_key'], ['connections', 'gsheets', 'type'], ['db']],
			unchanged: [['same']]
		});
	});

	it('adds everything when there are no secrets yet', () => {
		expect(planImport(null, imported).added).toEqual([
			['api_key'],
			['same'],
			['connections'],
			['db'],
			['extra']
		]);
	});

	it('merges as the plan says, keeping the other keys of shared tables', () => {
		const merged = mergeImport(existing, imported);
		expect(canon(merged)).toBe(
			canon(
				dict({
					api_key: 'new',
					same: 'x',
					connections: { sql: { url: 'u' }, gsheets: { type: 'service_account', project_id: 'p' } },
					db: { user: 'u' },
					extra: 1n
				})
			)
		);
		expect(toToml(existing)).toContain('api_key = "old"');
	});
});

describe('imports of large input', () => {
	it.each([
		[
			'a .env file of 20,000 lines',
			() => importDotenv(Array.from({ length: 20000 }, (_v, i) => `K${i}="v ${i}"`).join('\n'))
		],
		[
			'a JSON object of 20,000 keys',
			() =>
				importJson(
					JSON.stringify(
						Object.fromEntries(Array.from({ length: 20000 }, (_v, i) => [`k${i}`, [i, i + 1]]))
					)
				)
		],
		['an unclosed quote over a megabyte', () => importDotenv('A="' + '\\"'.repeat(500_000))],
		['a megabyte string in JSON', () => importJson(JSON.stringify({ a: 'x'.repeat(1_000_000) }))]
	])('imports %s quickly', (_name, run) => {
		const started = Date.now();
		const r = run();
		expect(Date.now() - started).toBeLessThan(5000);
		expect(r.secrets.map.size).toBeGreaterThan(0);
	});
});
