import { describe, expect, it } from 'vitest';
import { quoteTomlString, unescapeBasic } from '../../src/lib/toml/strings';

describe('quoteTomlString', () => {
	it.each([
		['plain', '"plain"'],
		['', '""'],
		['C:\\dir', "'C:\\dir'"],
		['say "hi"', `'say "hi"'`],
		[`it's "x"`, `"it's \\"x\\""`],
		['tab\there', '"tab\there"'],
		['line\nbreak', '"line\\nbreak"'],
		['a\u0001b', '"a\\u0001b"']
	])('writes %j as %s', (value, expected) => {
		expect(quoteTomlString(value)).toBe(expected);
	});
});

describe('unescapeBasic', () => {
	it.each([
		['no escapes', 'no escapes'],
		['a\\tb\\n\\"\\\\', 'a\tb\n"\\'],
		['\\e\\x41\\u00e9\\U0001F600', '\x1bAé😀'],
		['\\q\\uD800', '\\q\\uD800']
	])('decodes %j', (body, expected) => {
		expect(unescapeBasic(body)).toBe(expected);
	});
});
