import { describe, expect, it } from 'vitest';
import { PyException } from '../../src/lib/python/exceptions.ts';
import { formatWithoutArguments } from '../../src/lib/python/format.ts';

// What `message.format()` does in CPython 3.11, recorded once per message.
const cases: { in: string; ok?: string; type?: string; str?: string }[] = [
	{ in: 'a}b', type: 'ValueError', str: "Single '}' encountered in format string" },
	{ in: 'a{b', type: 'ValueError', str: "expected '}' before end of string" },
	{ in: '{', type: 'ValueError', str: "Single '{' encountered in format string" },
	{ in: '}', type: 'ValueError', str: "Single '}' encountered in format string" },
	{
		in: '{}',
		type: 'IndexError',
		str: 'Replacement index 0 out of range for positional args tuple'
	},
	{
		in: '{0}',
		type: 'IndexError',
		str: 'Replacement index 0 out of range for positional args tuple'
	},
	{
		in: '{12}',
		type: 'IndexError',
		str: 'Replacement index 12 out of range for positional args tuple'
	},
	{ in: '{x}', type: 'KeyError', str: "'x'" },
	{ in: "{'db': {'user': 'a'}}", type: 'KeyError', str: '"\'db\'"' },
	{ in: "x {'a': 1} y", type: 'KeyError', str: '"\'a\'"' },
	{ in: '{{ok}}', ok: '{ok}' },
	{ in: '{a!}', type: 'ValueError', str: "unmatched '{' in format spec" },
	{ in: '{a!rx}', type: 'ValueError', str: "expected ':' after conversion specifier" },
	{ in: '{a!r}', type: 'KeyError', str: "'a'" },
	{ in: '{a.b}', type: 'KeyError', str: "'a'" },
	{ in: '{a[0]}', type: 'KeyError', str: "'a'" },
	{
		in: '{:>3}',
		type: 'IndexError',
		str: 'Replacement index 0 out of range for positional args tuple'
	},
	{
		in: "Found invalid character in key name: '{'. Try quoting the key name. (line 1 column 1 char 0)",
		type: 'ValueError',
		str: "expected '}' before end of string"
	},
	{
		in: "Found invalid character in key name: '}'. Try",
		type: 'ValueError',
		str: "Single '}' encountered in format string"
	},
	{
		in: "What? a already exists?{'a': {'b': 1}} (line 2 column 1 char 8)",
		type: 'KeyError',
		str: '"\'a\'"'
	},
	{ in: '{ a }', type: 'KeyError', str: "' a '" },
	{ in: '{a b}', type: 'KeyError', str: "'a b'" },
	{ in: 'path/{x}/s.toml', type: 'KeyError', str: "'x'" },
	{ in: '{{}', type: 'ValueError', str: "Single '}' encountered in format string" },
	{
		in: '{}}',
		type: 'IndexError',
		str: 'Replacement index 0 out of range for positional args tuple'
	},
	{
		in: '{!r}',
		type: 'IndexError',
		str: 'Replacement index 0 out of range for positional args tuple'
	},
	{ in: '{a:{b}}', type: 'KeyError', str: "'a'" },
	{ in: '}}{', type: 'ValueError', str: "Single '{' encountered in format string" }
];

describe('formatWithoutArguments', () => {
	it.each(cases.map((c) => [c.in, c] as const))('treats %j as str.format() does', (_text, c) => {
		let got: object;
		try {
			got = { in: c.in, ok: formatWithoutArguments(c.in) };
		} catch (e) {
			if (!(e instanceof PyException)) throw e;
			got = { in: c.in, type: e.type, str: e.text };
		}
		expect(got).toEqual(c);
	});
});
