import { describe, expect, it } from 'vitest';
import { check, simulate, type SecretsSource } from '../../src/lib/index.ts';

const one = (text: string): SecretsSource[] => [
	{ path: '/app/.streamlit/secrets.toml', node: { kind: 'file', text } }
];

const recursion = 'maximum recursion depth exceeded while calling a Python object';
const digits =
	'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit';
const notConfigured =
	'To use authentication features you need to configure credentials for at\n            least one authentication provider in `.streamlit/secrets.toml`.';

/** Each load outcome as `Type: str`, or the value. */
function outcomes(text: string) {
	const run = simulate(one(text), {
		access: ['st.secrets.a'],
		auth: ['default'],
		connection: ['sql']
	});
	const show = (o: object) => ('raised' in o ? (o.raised as { type: string; str: string }) : o);
	return {
		parse: show(run.parse),
		access: show(run.accesses[0]),
		auth: run.auth[0].validate_auth_credentials,
		connection: show(run.connections[0])
	};
}

describe('simulate: st.login and st.connection when the secrets fail to load', () => {
	it('lets a parser crash through unwrapped, as Streamlit wraps only TomlDecodeError and TypeError', () => {
		const deep = `a = ${'['.repeat(600)}1${']'.repeat(600)}\n`;
		const crash = { type: 'RecursionError', str: recursion };
		expect(outcomes(deep)).toEqual({
			parse: crash,
			access: crash,
			auth: { raised: crash },
			connection: crash
		});
		const overflow = { type: 'OverflowError', str: 'Python int too large to convert to C int' };
		expect(outcomes('a = "\\UFFFFFFFF"\n')).toMatchObject({
			parse: overflow,
			auth: { raised: overflow },
			connection: overflow
		});
	});

	it('treats a decode error (the 4,300-digit limit) as secrets not found: no login, empty section', () => {
		const result = outcomes(`a = ${'9'.repeat(5000)}\n`);
		expect(result.parse).toMatchObject({ type: 'StreamlitSecretNotFoundError' });
		expect(result.auth).toEqual({ raised: { type: 'StreamlitAuthError', str: notConfigured } });
		expect(result.connection).toEqual({ name: 'sql', section: { $AttrDict: {} } });
	});

	it("raises str()'s ValueError while exporting a root hex integer past the digit limit", () => {
		const crash = { type: 'ValueError', str: digits };
		expect(outcomes(`a = 0x${'f'.repeat(4000)}\n[auth]\nx = 1\n`)).toMatchObject({
			parse: crash,
			auth: { raised: crash },
			connection: crash
		});
	});
});

describe('check: Python errors of the parser', () => {
	it.each([
		['deep arrays', `a = ${'['.repeat(600)}1${']'.repeat(600)}\n`, 'RecursionError'],
		['deep inline tables', `a = ${'{ b = '.repeat(400)}1${' }'.repeat(400)}\n`, 'RecursionError'],
		['a \\U escape past a C int', 'a = "\\UFFFFFFFF"\n', 'OverflowError'],
		['a multi-line string under the empty key', '"" = """a\nb"""\n', 'UnboundLocalError']
	])('reports %s as streamlit/parser-crash with the exception', (_name, text, type) => {
		const report = check(one(text));
		expect(report.load).toMatchObject({ ok: false, type });
		expect(report.diagnostics.map((d) => d.code)).toContain('streamlit/parser-crash');
	});
});
