import { describe, expect, it } from 'vitest';
import { scanToml, stringEnd, type ScanEvent } from '../../src/lib/toml/scan';

/** Returns the events of `text` as `type:kind text` strings. */
function events(text: string): string[] {
	const out: string[] = [];
	scanToml(text, (e: ScanEvent) => {
		const kind = 'kind' in e ? `:${e.kind}` : e.type === 'header' && e.array ? ':array' : '';
		out.push(`${e.type}${kind} ${text.slice(e.from, e.to)}`);
	});
	return out;
}

describe('scanToml', () => {
	it('reports headers, keys, values and brackets in order', () => {
		expect(events('[[a . "b"]]\nk = [1, {x = "s"}]\n')).toEqual([
			'header:array [[a . "b"]]',
			'key k',
			'open:array [',
			'value:bare 1',
			'open:table {',
			'key x',
			'value:string "s"',
			'close:table }',
			'close:array ]'
		]);
	});

	it('decodes quoted key segments', () => {
		const keys: string[][] = [];
		scanToml('"a\\tb".\'c d\'.e = 1', (e) => {
			if (e.type === 'key') keys.push(e.keys.map((k) => k.name));
		});
		expect(keys).toEqual([['a\tb', 'c d', 'e']]);
	});

	it('stops when the visitor returns false', () => {
		let count = 0;
		scanToml('a = 1\nb = 2\nc = 3', () => ++count < 2 && undefined);
		expect(count).toBe(2);
	});

	it('terminates on garbage', () => {
		expect(() => events('}{][,,=="\'\n\r\u0000 ] = } [[ ')).not.toThrow();
	});
});

describe('stringEnd', () => {
	it.each([
		['"a\\"b" rest', '"a\\"b"'],
		["'a\\' rest", "'a\\'"],
		['"""a\n"b"""" rest', '"""a\n"b""""'],
		["'''a''''' rest", "'''a'''''"],
		['"open\nnext', '"open'],
		['"open\r\nnext', '"open'],
		['"""never', '"""never']
	])('finds the end of %j', (text, expected) => {
		expect(text.slice(0, stringEnd(text, 0))).toBe(expected);
	});
});
