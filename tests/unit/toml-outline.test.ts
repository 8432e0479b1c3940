import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { outlineToml, type OutlineEntry } from '../../src/lib/toml/outline';

const slice = (text: string, r: { from: number; to: number }) => text.slice(r.from, r.to);

/** Returns `[path, kind, key as written, value as written]` rows, compact enough to read. */
function rows(text: string): [string, string, string, string][] {
	return outlineToml(text).map((e) => [
		e.path.join('/'),
		e.kind,
		slice(text, e.key),
		slice(text, e.value)
	]);
}

function find(entries: OutlineEntry[], ...path: string[]): OutlineEntry | undefined {
	return entries.find((e) => e.path.join('\0') === path.join('\0'));
}

const corpus = fileURLToPath(new URL('../toml-test/tests/', import.meta.url));
const validFiles = readFileSync(corpus + 'files-toml-1.1.0', 'utf8')
	.split('\n')
	.filter((f) => f.startsWith('valid/') && f.endsWith('.toml'));

const isTable = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Collects the key paths of a parsed value: all of them, and those the outline must list. */
function valuePaths(value: Record<string, unknown>) {
	const all = new Set<string>();
	const required = new Set<string>();
	const stack: [unknown, string[], boolean][] = [[value, [], false]];
	while (stack.length) {
		const [v, path, isKey] = stack.pop()!;
		if (isKey) required.add(JSON.stringify(path));
		if (isKey || isTable(v)) all.add(JSON.stringify(path));
		if (isTable(v))
			for (const [k, child] of Object.entries(v)) stack.push([child, [...path, k], true]);
		if (Array.isArray(v)) v.forEach((el, i) => stack.push([el, [...path, String(i)], false]));
	}
	return { all, required };
}

describe('outlineToml', () => {
	it('lists tables from headers with the header as value', () => {
		const text = '[server]\nport = 8080\n';
		expect(rows(text)).toEqual([
			['server', 'table', 'server', '[server]'],
			['server/port', 'value', 'port', '8080']
		]);
	});

	it('lists implicit tables and replaces them when defined later', () => {
		const text = '[a.b]\nx = 1\n[a]\ny = 2\n';
		expect(rows(text)).toEqual([
			['a', 'table', 'a', '[a]'],
			['a/b', 'table', 'b', '[a.b]'],
			['a/b/x', 'value', 'x', '1'],
			['a/y', 'value', 'y', '2']
		]);
	});

	it('indexes the elements of arrays of tables', () => {
		const text = '[[users]]\nname = "a"\n[[users]]\nname = "b"\n[users.meta]\nk = 1\n';
		expect(rows(text)).toEqual([
			['users', 'array', 'users', '[[users]]'],
			['users/0', 'table', 'users', '[[users]]'],
			['users/0/name', 'value', 'name', '"a"'],
			['users/1', 'table', 'users', '[[users]]'],
			['users/1/name', 'value', 'name', '"b"'],
			['users/1/meta', 'table', 'meta', '[users.meta]'],
			['users/1/meta/k', 'value', 'k', '1']
		]);
	});

	it('restarts nested arrays of tables under each parent element', () => {
		const text = '[[a]]\n[[a.b]]\n[[a]]\n[[a.b]]\n[[a.b]]\n';
		const paths = outlineToml(text).map((e) => e.path.join('/'));
		expect(paths).toEqual(['a', 'a/0', 'a/0/b', 'a/0/b/0', 'a/1', 'a/1/b', 'a/1/b/0', 'a/1/b/1']);
	});

	it('lists dotted keys with their implicit tables', () => {
		const text = 'site."google.com".enabled = true\n';
		expect(rows(text)).toEqual([
			['site', 'implicit', 'site', 'site."google.com".enabled = true'],
			['site/google.com', 'implicit', '"google.com"', 'site."google.com".enabled = true'],
			['site/google.com/enabled', 'value', 'enabled', 'true']
		]);
	});

	it('lists keys inside inline tables, also inside arrays', () => {
		const text = 'db = { host = "h", auth = { user = "u" } }\nlist = [{ n = 1 }, 2, { n = 3 }]\n';
		expect(rows(text)).toEqual([
			['db', 'value', 'db', '{ host = "h", auth = { user = "u" } }'],
			['db/host', 'value', 'host', '"h"'],
			['db/auth', 'value', 'auth', '{ user = "u" }'],
			['db/auth/user', 'value', 'user', '"u"'],
			['list', 'value', 'list', '[{ n = 1 }, 2, { n = 3 }]'],
			['list/0/n', 'value', 'n', '1'],
			['list/2/n', 'value', 'n', '3']
		]);
	});

	it('keeps quotes in key ranges and decodes escapes in paths', () => {
		const text = '"a\\u0041" = 1\n\'lit\' = 2\n';
		expect(rows(text)).toEqual([
			['aA', 'value', '"a\\u0041"', '1'],
			['lit', 'value', "'lit'", '2']
		]);
	});

	it('ignores headers and keys inside strings of all four kinds and comments', () => {
		const text = [
			'a = """',
			'[not.a.table]',
			'b = 1 """',
			"c = '''",
			"[[nope]] '''",
			'd = "[x] # y = 1"',
			"e = 'z = [1'",
			'# [comment]',
			'f = 1 # g = 2'
		].join('\n');
		expect(outlineToml(text).map((e) => e.path.join('/'))).toEqual(['a', 'c', 'd', 'e', 'f']);
	});

	it('handles quotes right before the end of multi-line strings', () => {
		const text = 'a = """x"""""\nb = \'\'\'y\'\'\'\'\'\nc = 1\n';
		expect(rows(text).map((r) => r[3])).toEqual(['"""x"""""', "'''y'''''", '1']);
	});

	it('handles CRLF line endings and a byte order mark', () => {
		const text = '\ufeff[t]\r\nk = "v"\r\n# c\r\nm = [\r\n  1,\r\n]\r\n';
		expect(rows(text)).toEqual([
			['t', 'table', 't', '[t]'],
			['t/k', 'value', 'k', '"v"'],
			['t/m', 'value', 'm', '[\r\n  1,\r\n]']
		]);
	});

	it('treats a date-time with a space as one value', () => {
		const text = 'when = 1979-05-27 07:32:00Z # x\n';
		expect(rows(text)).toEqual([['when', 'value', 'when', '1979-05-27 07:32:00Z']]);
	});

	it('survives 10,000 nested arrays without recursion', () => {
		const text = 'a = ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\nb = 1\n';
		expect(outlineToml(text).map((e) => e.path.join('/'))).toEqual(['a', 'b']);
		expect(find(outlineToml(text), 'a')?.value).toEqual({ from: 4, to: 20_004 });
	});

	it('survives 10,000 nested inline tables, listing the first 1000 levels', () => {
		const text = 'a = ' + '{ b = '.repeat(10_000) + '1' + ' }'.repeat(10_000) + '\n';
		const entries = outlineToml(text);
		expect(entries.length).toBe(1001);
		expect(entries[0].value.to).toBe(text.length - 1);
	});

	it('runs in linear time on a large document', () => {
		const line = (i: number) => `[t${i}]\nk = "${'x'.repeat(40)}"\nn = [1, 2, { a = ${i} }]\n`;
		const text = Array.from({ length: 20_000 }, (_, i) => line(i)).join('');
		const start = performance.now();
		expect(outlineToml(text).length).toBe(80_000);
		expect(performance.now() - start).toBeLessThan(2000);
	});

	it.each(validFiles)('matches the parsed value of %s', (file) => {
		const text = readFileSync(corpus + file, 'utf8');
		const { all, required } = valuePaths(parse(text, { integersAsBigInt: 'asNeeded' }));
		const entries = outlineToml(text);
		const listed = entries.map((e) => JSON.stringify(e.path));
		expect(new Set(listed).size).toBe(listed.length);
		for (const p of listed) expect(all, p).toContain(p);
		for (const p of required) expect(listed, p).toContain(p);
		for (const e of entries) {
			expect(e.key.from).toBeLessThan(e.key.to);
			expect(e.value.from).toBeLessThanOrEqual(e.value.to);
			if (e.kind === 'value') expect(e.value.from).toBeGreaterThanOrEqual(e.key.to);
		}
	});
});
