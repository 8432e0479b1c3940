import { describe, expect, it } from 'vitest';
import { simulate, type AccessResult, type SecretsSource } from '../../src/lib/index.ts';

const one = (text: string): SecretsSource[] => [
	{ path: '/app/.streamlit/secrets.toml', node: { kind: 'file', text } }
];
const secrets = 'api_key = "k-1"\nport = 5432\n[db]\nuser = "u"\nport = 1\n';

/** What the Python REPL prints for each entry: stdout, then the exception's last traceback line. */
function repl(text: string, entries: string[]): string[] {
	return simulate(one(text), { access: entries, interactive: true }).accesses.map(shown);
}

function shown(a: AccessResult): string {
	const out = a.stdout ?? '';
	if ('invalid_expression' in a) return `${a.error_type ?? 'SyntaxError'}: ${a.invalid_expression}`;
	if ('raised' in a)
		return out + (a.raised.str ? `${a.raised.type}: ${a.raised.str}` : a.raised.type);
	return out;
}

describe('simulate: print and the REPL echo', () => {
	it('prints str() of each argument, with sep and end', () => {
		expect(
			repl(secrets, [
				'print(st.secrets.api_key)',
				'print("a", 1, 2.0, None, sep="-", end="!")',
				'print()',
				'print(st.secrets.db)'
			])
		).toEqual(['k-1\n', 'a-1-2.0-None!', '\n', "{'user': 'u', 'port': 1}\n"]);
	});

	it('echoes the repr of an expression statement, and nothing for None or other statements', () => {
		expect(
			repl(secrets, ['st.secrets.api_key', 'x = st.secrets.port', 'x', 'None', 'print', 'pass'])
		).toEqual(["'k-1'\n", '', '5432\n', '', '<built-in function print>\n', '']);
	});

	it('keeps script semantics without interactive: print only, repr where JSON loses the type', () => {
		const access = ['st.secrets.port', 'print(1)', 'st.secrets.db', '("a", 1)'];
		const [a, b, c, d] = simulate(one(secrets), { access }).accesses;
		expect(a).toEqual({ expr: 'st.secrets.port', value: 5432 });
		expect(b).toEqual({ expr: 'print(1)', value: null, stdout: '1\n' });
		expect(c).toMatchObject({ repr: "{'user': 'u', 'port': 1}" });
		expect(d).toEqual({ expr: '("a", 1)', value: ['a', 1], repr: "('a', 1)" });
	});

	it('rejects a print option of the wrong type as Python does', () => {
		expect(repl(secrets, ['print(1, sep=2)', 'print(1, colour="red")'])).toEqual([
			'TypeError: sep must be None or a string, not int',
			"TypeError: 'colour' is an invalid keyword argument for print()"
		]);
	});
});

describe('simulate: type names, tuples and views', () => {
	it('shows type() as <class …>', () => {
		expect(
			repl(secrets, [
				'type(st.secrets)',
				'type(st.secrets.db)',
				'type(st.secrets.port)',
				'type(st.secrets.items())',
				'type(st.secrets.db.keys())'
			])
		).toEqual([
			"<class 'streamlit.runtime.secrets.Secrets'>\n",
			"<class 'streamlit.runtime.secrets.AttrDict'>\n",
			"<class 'int'>\n",
			"<class 'dict_items'>\n",
			"<class 'collections.abc.KeysView'>\n"
		]);
	});

	it('gives dict views, items as tuples and nested AttrDicts as Python prints them', () => {
		expect(
			repl(secrets, [
				'st.secrets.keys()',
				'st.secrets.items()',
				'list(st.secrets.items())[0]',
				'tuple(st.secrets)',
				'dict(st.secrets)',
				'st.secrets.db.items()',
				'len(st.secrets.keys()), "db" in st.secrets.keys(), ("port", 5432) in st.secrets.items()'
			])
		).toEqual([
			"dict_keys(['api_key', 'port', 'db'])\n",
			"dict_items([('api_key', 'k-1'), ('port', 5432), ('db', {'user': 'u', 'port': 1})])\n",
			"('api_key', 'k-1')\n",
			"('api_key', 'port', 'db')\n",
			"{'api_key': 'k-1', 'port': 5432, 'db': {'user': 'u', 'port': 1}}\n",
			"ItemsView({'user': 'u', 'port': 1})\n",
			'(3, True, True)\n'
		]);
	});

	it('records the repr of views beside their recorded list form', () => {
		const [a] = simulate(one(secrets), { access: ['st.secrets.db.items()'] }).accesses;
		expect(a).toMatchObject({
			value: [
				['user', 'u'],
				['port', 1]
			],
			repr: "ItemsView({'user': 'u', 'port': 1})"
		});
	});
});

describe('simulate: for loops and several statements', () => {
	it('runs a for loop over st.secrets with its body on the same line', () => {
		expect(repl(secrets, ['for k in st.secrets: print(k)'])).toEqual(['api_key\nport\ndb\n']);
	});

	it('unpacks items() in an indented block', () => {
		expect(
			repl(secrets, ['for k, v in st.secrets.db.items():\n    print(k, "=", v)\n    k'])
		).toEqual(["user = u\n'user'\nport = 1\n'port'\n"]);
	});

	it('runs statements joined with ; and nested blocks', () => {
		expect(
			repl(secrets, [
				'n = 0; print("start")',
				'for k in st.secrets:\n  for c in k[:2]:\n    print(c, end="")\n  print()'
			])
		).toEqual(['start\n', 'ap\npo\ndb\n']);
	});

	it('keeps what a loop printed before it raised', () => {
		expect(repl(secrets, ['for k in st.secrets: print(st.secrets[k]["user"])'])).toEqual([
			"TypeError: string indices must be integers, not 'str'"
		]);
		expect(repl(secrets, ['for k in ["db", "nope"]: print(st.secrets[k].user)'])[0]).toMatch(
			/^u\nKeyError: 'st\.secrets has no key "nope"\./
		);
	});

	it('reports indentation mistakes as IndentationError', () => {
		expect(
			repl(secrets, ['for k in st.secrets:', 'for k in st.secrets:\nprint(k)', 'x = 1\n  y = 2'])
		).toEqual([
			"IndentationError: expected an indented block after 'for' statement on line 1",
			"IndentationError: expected an indented block after 'for' statement on line 1",
			'IndentationError: unexpected indent'
		]);
	});

	it('ignores comments and blank lines', () => {
		expect(repl(secrets, ['# look\nfor k in st.secrets:  # keys\n\n    print(k)  # each'])).toEqual(
			['api_key\nport\ndb\n']
		);
	});
});

describe('simulate: Python limits in repr and print', () => {
	const digits =
		'ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit';

	it('raises the digit-limit ValueError for repr and str of a huge int, not for len of its hex', () => {
		const text = `[t]\nbig = 0x${'f'.repeat(4000)}\n`;
		expect(
			repl(text, ['st.secrets.t.big', 'print(st.secrets.t.big)', 'x = st.secrets.t.big', 'x > 0'])
		).toEqual([digits, digits, '', 'True\n']);
	});

	it('raises RecursionError for the repr of a table nested past the recursion limit', () => {
		const text = `[${Array(1200).fill('t').join('.')}]\nx = 1\n`;
		expect(repl(text, ['st.secrets.t', 'len(st.secrets.t)'])).toEqual([
			'RecursionError: maximum recursion depth exceeded while getting the repr of an object',
			'1\n'
		]);
	});
});
