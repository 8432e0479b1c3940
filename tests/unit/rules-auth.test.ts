import { describe, expect, it } from 'vitest';
import { check, simulate, type Diagnostic, type SecretsSource } from '../../src/lib/index.ts';

const sources = (text: string): SecretsSource[] => [
	{ path: '.streamlit/secrets.toml', node: { kind: 'file', text } }
];
const app = (text: string) => [{ path: 'app.py', text }];
const pick = (list: Diagnostic[], prefix = 'auth/') =>
	list.filter((d) => d.code.startsWith(prefix)).map((d) => `${d.code} ${d.severity}`);
/** The section rules alone: the hygiene warnings on values are tested apart. */
const sections = (text: string) =>
	check(sources(text), { sections: true, hygiene: false }).diagnostics;
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').replace(/`/g, "'");

const full = `[auth]
redirect_uri = "http://localhost:8501/oauth2callback"
cookie_secret = "0f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc"
client_id = "id"
client_secret = "secret"
server_metadata_url = "https://accounts.google.com/.well-known/openid-configuration"
`;

describe('authRules: what st.login rejects', () => {
	it('reports nothing for a complete default provider', () => {
		expect(pick(sections(full))).toEqual([]);
	});

	it('runs by default and is off with sections: false', () => {
		const text = '[auth]\nclient_id = "x"\n';
		expect(check(sources(text)).diagnostics.map((d) => d.code)).toContain('auth/missing-key');
		expect(check(sources(text), { sections: false, hygiene: false }).diagnostics).toEqual([]);
	});

	it('lists every rejection in Streamlit order, the first with simulate’s exact text', () => {
		const text = '[auth]\nclient_id = "x"\n';
		const found = sections(text).filter((d) => d.code.startsWith('auth/'));
		expect(found.map((d) => d.code)).toEqual([
			'auth/missing-key',
			'auth/missing-key',
			'auth/missing-provider-keys'
		]);
		const raised = simulate(sources(text), { auth: ['default'] }).auth[0].validate_auth_credentials;
		expect(raised).not.toBe('ok');
		if (raised !== 'ok') expect(found[0].message).toContain(oneLine(raised.raised.str));
		expect(found[1].message).toContain('"cookie_secret"');
		expect(found[2].message).toContain("['client_secret', 'server_metadata_url']");
	});

	it('counts empty default-provider values as missing, as Streamlit does', () => {
		const text = full.replace('client_id = "id"', 'client_id = ""');
		expect(pick(sections(text))).toEqual(['auth/missing-provider-keys error']);
	});

	it('checks each [auth.NAME] table and not the default when only named providers exist', () => {
		const text = `[auth]
redirect_uri = "http://localhost:8501/oauth2callback"
cookie_secret = "0f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc"
[auth.google]
client_id = "id"
client_secret = "s"
[auth.my_idp]
client_id = "id"
client_secret = "s"
server_metadata_url = "https://idp.example.com/.well-known/openid-configuration"
`;
		expect(pick(sections(text))).toEqual([
			'auth/missing-provider-keys error',
			'auth/provider-underscore error'
		]);
	});

	it('adds the providers the app logs in with, and warns about those it does not use', () => {
		const text = `${full}[auth.okta]\nclient_id = "x"\n`;
		const report = check(sources(text), {
			apps: app('import streamlit as st\nst.login("github")\n')
		});
		expect(pick(report.diagnostics)).toEqual([
			'auth/missing-provider error',
			'auth/missing-provider-keys warning'
		]);
		expect(pick(report.diagnostics, 'app/login')).toEqual(['app/login-raises error']);
	});

	it('reports a missing [auth] only when the app calls st.login, without a fix of empty credentials', () => {
		const report = check(sources('a = 1\n'), { apps: app('import streamlit as st\nst.login()\n') });
		const [missing] = report.diagnostics.filter((d) => d.code === 'auth/missing-section');
		expect(missing.severity).toBe('error');
		expect(missing.fix).toBeUndefined();
		expect(pick(check(sources('a = 1\n'), { apps: app('x = 1\n') }).diagnostics)).toEqual([]);
	});

	it('fixes a missing redirect_uri under the [auth] header', () => {
		const text =
			'[auth]\ncookie_secret = "0f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc"\nclient_id = "a"\nclient_secret = "b"\nserver_metadata_url = "https://x.example.com/.well-known/openid-configuration"\n';
		const [d] = sections(text).filter((x) => x.code === 'auth/missing-key');
		const fixed = text.slice(0, d.fix!.from) + d.fix!.insert + text.slice(d.fix!.to);
		expect(fixed.split('\n')[1]).toBe('redirect_uri = "http://localhost:8501/oauth2callback"');
		expect(pick(sections(fixed))).toEqual([]);
	});
});

describe('authRules: what fails later', () => {
	const withAuth = (lines: Record<string, string>) =>
		Object.entries(lines).reduce(
			(t, [k, v]) => t.replace(new RegExp(`^${k} = .*$`, 'm'), `${k} = ${v}`),
			full
		);

	it.each([
		['"localhost:8501/oauth2callback"', 'auth/redirect-uri-invalid'],
		['"http://localhost:8501/callback"', 'auth/redirect-uri-path'],
		['"http://localhost:8000/oauth2callback"', 'auth/redirect-uri-port'],
		['"http://127.0.0.1/oauth2callback"', 'auth/redirect-uri-port'],
		['"https://app.example.com/oauth2callback"', null],
		['"http://localhost:{port}/oauth2callback"', null],
		['42', 'auth/not-a-string']
	])('redirect_uri = %s', (value, code) => {
		expect(pick(sections(withAuth({ redirect_uri: value })))).toEqual(
			code ? [expect.stringContaining(code)] : []
		);
	});

	it('takes the app port from the options', () => {
		const text = withAuth({ redirect_uri: '"http://localhost:8000/oauth2callback"' });
		expect(pick(check(sources(text), { sections: true, port: 8000 }).diagnostics)).toEqual([]);
	});

	it.each([
		['"changeme"', 'auth/weak-cookie-secret'],
		['"short-but-random-9f3"', 'auth/weak-cookie-secret'],
		['"abababababababababababababababababab"', 'auth/weak-cookie-secret'],
		['"0f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc"', null]
	])('cookie_secret = %s', (value, code) => {
		expect(pick(sections(withAuth({ cookie_secret: value })))).toEqual(
			code ? [`${code} warning`] : []
		);
	});

	it.each([
		[
			'"http://accounts.google.com/.well-known/openid-configuration"',
			'auth/server-metadata-url warning'
		],
		['"https://accounts.google.com/o/oauth2/auth"', 'auth/server-metadata-url warning'],
		['"accounts.google.com"', 'auth/server-metadata-url warning'],
		['"http://localhost:8080/realms/x/.well-known/openid-configuration"', null]
	])('server_metadata_url = %s', (value, expected) => {
		expect(pick(sections(withAuth({ server_metadata_url: value })))).toEqual(
			expected ? [expected] : []
		);
	});

	it('checks client_kwargs and expose_tokens shapes', () => {
		// For the default provider st.login itself calls `client_kwargs.to_dict()`.
		const text = sections(`${full}client_kwargs = "openid"\n`);
		expect(pick(text)).toEqual(['auth/login-raises error', 'auth/client-kwargs error']);
		expect(text[0].message).toContain("AttributeError: 'str' object has no attribute 'to_dict'");
		expect(pick(sections(`${full}client_kwargs = { scope = "email", prompt = 1 }\n`))).toEqual([
			'auth/client-kwargs-scope warning',
			'auth/client-kwargs warning'
		]);
		expect(pick(sections(`${full}expose_tokens = "refresh"\n`))).toEqual([
			'auth/expose-tokens error'
		]);
		expect(pick(sections(`${full}expose_tokens = ["id", "access"]\n`))).toEqual([]);
	});

	it('warns instead of failing when the apps never log in', () => {
		const text = withAuth({ redirect_uri: '"localhost/oauth2callback"' });
		const report = check(sources(text), { apps: app('import streamlit as st\nst.title("x")\n') });
		expect(pick(report.diagnostics)).toEqual(['auth/redirect-uri-invalid warning']);
	});
});
