import { describe, expect, it } from 'vitest';
import { simulate, type SecretsSource, type SourceNode } from '../../src/lib/index.ts';

const file = (text: string): SourceNode => ({ kind: 'file', text });
const missing: SourceNode = { kind: 'missing' };
const folder = (files: Record<string, string | null>): SourceNode => ({
	kind: 'directory',
	entries: Object.entries(files).map(([name, text]) => ({
		name,
		node: text === null ? { kind: 'directory', entries: [] } : file(text)
	}))
});
const one = (text: string): SecretsSource[] => [
	{ path: '/app/.streamlit/secrets.toml', node: file(text) }
];

/** Evaluates access statements and returns each value or `Type: text`. */
function run(sources: SecretsSource[], access: string[]) {
	return simulate(sources, { access }).accesses.map((a) =>
		'raised' in a ? `${a.raised.type}: ${a.raised.str}` : 'value' in a ? a.value : a
	);
}

const tail =
	'Did you forget to add it to secrets.toml, mount it to secret directory, or the app settings on Streamlit Cloud? More info: https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management';

describe('simulate: sources and merge', () => {
	it('merges shallowly: a later table replaces an earlier one whole', () => {
		const sources: SecretsSource[] = [
			{
				path: '/home/u/.streamlit/secrets.toml',
				node: file('a = "g"\n[db]\nuser = "g"\npassword = "gp"\n')
			},
			{ path: '/app/.streamlit/secrets.toml', node: file('[db]\nuser = "p"\n') }
		];
		expect(
			run(sources, ['st.secrets.db.to_dict()', 'st.secrets.db.password', 'list(st.secrets)'])
		).toEqual([
			{ user: 'p' },
			`AttributeError: st.secrets has no attribute "password". ${tail}`,
			['a', 'db']
		]);
	});

	it('skips missing files and fails only when none exists', () => {
		const some: SecretsSource[] = [
			{ path: '/a/secrets.toml', node: missing },
			{ path: '/b/secrets.toml', node: file('x = 1\n') }
		];
		expect(run(some, ['st.secrets.x'])).toEqual([1]);
		const none: SecretsSource[] = [
			{ path: '/a/secrets.toml', node: missing },
			{ path: '/b/secrets.toml', node: missing }
		];
		expect(
			run(none, ['st.secrets["x"]', 'st.secrets.get("x", 1)', 'hasattr(st.secrets, "x")'])
		).toEqual([
			'StreamlitSecretNotFoundError: No secrets found. Valid paths for a secrets.toml file or secret directories are: /a/secrets.toml, /b/secrets.toml',
			'StreamlitSecretNotFoundError: No secrets found. Valid paths for a secrets.toml file or secret directories are: /a/secrets.toml, /b/secrets.toml',
			false
		]);
	});

	it('counts an empty file as found', () => {
		expect(run(one(''), ['len(st.secrets)', 'st.secrets.get("x", "d")'])).toEqual([0, 'd']);
	});

	it('rejects a path that is neither a .toml file nor a directory, even when missing', () => {
		const sources: SecretsSource[] = [{ path: '/run/secrets', node: missing }];
		expect(run(sources, ['st.secrets["x"]'])).toEqual([
			'StreamlitSecretNotFoundError: Invalid secrets path: /run/secrets: path is not a .toml file or a directory'
		]);
	});

	it('reads Kubernetes-style folders: one file collapses, several make a table, text is stripped', () => {
		const sources: SecretsSource[] = [
			{
				path: '/run/secrets',
				node: {
					kind: 'directory',
					entries: [
						{ name: 'token', node: folder({ value: '  abc\n' }) },
						{ name: 'db', node: folder({ user: 'u', password: 'p' }) },
						{ name: 'empty', node: folder({}) }
					]
				}
			}
		];
		const result = simulate(sources, { access: ['st.secrets.to_dict()'] });
		expect(result.accesses[0]).toEqual({
			expr: 'st.secrets.to_dict()',
			value: { token: 'abc', db: { user: 'u', password: 'p' }, empty: {} }
		});
		expect(result.env.assignments).toEqual([{ key: 'token', value: 'abc' }]);
	});

	it('fails on a plain file inside a secrets directory', () => {
		const sources: SecretsSource[] = [
			{
				path: '/run/secrets',
				node: { kind: 'directory', entries: [{ name: 'stray.txt', node: file('x') }] }
			}
		];
		expect(run(sources, ['st.secrets["x"]'])).toEqual([
			'StreamlitSecretNotFoundError: /run/secrets/stray.txt is not a folder. To use directory based secrets, mount every secret in a subfolder under the secret directory'
		]);
	});

	it('raises UnicodeDecodeError unwrapped for bytes that are not UTF-8', () => {
		const bytes = new Uint8Array([0x61, 0x20, 0x3d, 0x20, 0x22, 0xff, 0x22, 0x0a]);
		const sources: SecretsSource[] = [{ path: '/s.toml', node: { kind: 'file', bytes } }];
		expect(run(sources, ['st.secrets.a'])).toEqual([
			"UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte"
		]);
	});
});

describe('simulate: environment export', () => {
	it('exports root str, int and float values with Python str() and skips the rest', () => {
		const text =
			's = "x"\ni = 0xff\nbig = 123456789012345678901234567890\nf = 1e16\nz = -0.0\nsmall = 0.0001\nb = true\nd = 1979-05-27\n[t]\nk = "v"\n';
		expect(simulate(one(text)).env.assignments).toEqual([
			{ key: 's', value: 'x' },
			{ key: 'i', value: '255' },
			{ key: 'big', value: '123456789012345678901234567890' },
			{ key: 'f', value: '1e+16' },
			{ key: 'z', value: '0.0' },
			{ key: 'small', value: '0.0001' }
		]);
	});

	it('fails the whole load on an illegal name and retries at every access', () => {
		const result = simulate(one('OK = "a"\n"A=B" = "equals sign"\n'), {
			access: ['st.secrets.OK', 'os.environ.get("OK")']
		});
		expect(result.parse).toEqual({
			raised: { type: 'ValueError', str: 'illegal environment variable name' }
		});
		expect(result.accesses[0]).toMatchObject({ raised: { type: 'ValueError' } });
		expect(result.accesses[1]).toMatchObject({ value: 'a' });
		// start-up load, parse, one access: three attempts, two writes each
		expect(result.env.assignments).toHaveLength(6);
	});

	it('reports an empty name as the OSError setenv raises on Linux', () => {
		// The spec (§3) says ValueError here; CPython 3.11 on Linux raises OSError EINVAL.
		const result = simulate(one('"" = "x"\n'));
		expect(result.parse).toEqual({
			raised: { type: 'OSError', str: '[Errno 22] Invalid argument' }
		});
	});

	it('reports an embedded NUL as Python does', () => {
		const result = simulate(one('K = "a\\u0000b"\n'));
		expect(result.parse).toEqual({ raised: { type: 'ValueError', str: 'embedded null byte' } });
	});
});

describe('simulate: access rules', () => {
	const text =
		'keys = "k"\nitems = [{ name = "a" }]\n[[users]]\nname = "u"\n[db]\nuser = "x"\nget = "g"\n';

	it('returns methods for shadowed names and the secret through brackets', () => {
		expect(
			run(one(text), [
				'st.secrets.keys',
				'st.secrets["keys"]',
				'st.secrets.db.get',
				'st.secrets.db["get"]'
			])
		).toEqual([{ $callable: 'Secrets.keys' }, 'k', { $callable: 'Mapping.get' }, 'g']);
	});

	it('hands out plain dicts inside lists, without attribute access', () => {
		expect(
			run(one(text), [
				'st.secrets.users[0].name',
				'st.secrets["items"][0].name',
				'type(st.secrets["items"][0])',
				'st.secrets.users[-1]["name"]',
				'st.secrets.users[3]'
			])
		).toEqual([
			"AttributeError: 'dict' object has no attribute 'name'",
			"AttributeError: 'DynamicInlineTableDict' object has no attribute 'name'",
			'toml.decoder.TomlDecoder.get_empty_inline_table.<locals>.DynamicInlineTableDict',
			'u',
			'IndexError: list index out of range'
		]);
	});

	it('raises the assignment errors of Streamlit ≥ 1.44 and lets internal names through', () => {
		expect(
			run(one(text), [
				'st.secrets.x = 1',
				'st.secrets["x"] = 1',
				'st.secrets.db.user = 1',
				'st.secrets.db["user"] = 1',
				'st.secrets.load_if_toml_exists = 1',
				'st.secrets.load_if_toml_exists'
			])
		).toEqual([
			'TypeError: Secrets does not support attribute assignment.',
			"TypeError: 'Secrets' object does not support item assignment",
			'TypeError: Secrets does not support attribute assignment.',
			'TypeError: Secrets does not support item assignment.',
			null,
			1
		]);
	});

	it('relabels the brace bug KeyError for brackets, but not for in', () => {
		const dup = one('[db]\nuser = "a"\n[db]\npassword = "b"\n');
		expect(
			run(dup, ['st.secrets["db"]', 'st.secrets.get("db", "d")', '"db" in st.secrets'])
		).toEqual([`KeyError: 'st.secrets has no key "db". ${tail}'`, 'd', `KeyError: "'db'"`]);
	});

	it('lets IndexError from the parser escape every access style', () => {
		expect(
			run(one('name = "x"\na = {b = 1\n'), ['st.secrets.name', 'hasattr(st.secrets, "a")'])
		).toEqual(['IndexError: string index out of range', 'IndexError: string index out of range']);
	});

	it('reads os.environ and os.getenv after the load', () => {
		expect(
			run(one('A = "1"\n'), ['os.environ["A"]', 'os.getenv("B", "none")', 'os.environ["B"]'])
		).toEqual(['1', 'none', "KeyError: 'B'"]);
	});

	it('reports a statement it cannot parse as invalid, not as an exception', () => {
		expect(simulate(one('a = 1\n'), { access: ['st.secrets[('] }).accesses[0]).toHaveProperty(
			'invalid_expression'
		);
	});
});

describe('simulate: st.login and st.connection', () => {
	const auth = (body: string, provider = 'default') =>
		simulate(one(body), { auth: [provider] }).auth[0];

	it('checks redirect_uri before cookie_secret and names only the first missing', () => {
		expect(auth('[auth]\nclient_id = "x"\n').validate_auth_credentials).toMatchObject({
			raised: { type: 'StreamlitAuthError', str: expect.stringContaining('"redirect_uri" key') }
		});
	});

	it('builds the default provider from truthy [auth] values only', () => {
		const result = auth(
			'[auth]\nredirect_uri = "http://localhost:{port}/oauth2callback"\ncookie_secret = "s"\nclient_id = ""\nclient_secret = "c"\nserver_metadata_url = "https://x/.well-known/openid-configuration"\n'
		);
		expect(result.validate_auth_credentials).toMatchObject({
			raised: { str: expect.stringContaining("missing the following keys: ['client_id']") }
		});
		expect(result.redirect_uri).toBe('http://localhost:8501/oauth2callback');
	});

	it('rejects an underscore in a provider name before looking the provider up', () => {
		const result = auth('[auth]\nredirect_uri = "r"\ncookie_secret = "s"\n', 'my_idp');
		expect(result.validate_auth_credentials).toMatchObject({
			raised: {
				str: 'Auth provider name "my_idp" contains an underscore. Please use a provider name without underscores.'
			}
		});
	});

	it('refuses expose_tokens values other than id and access', () => {
		const result = auth(
			'[auth]\nredirect_uri = "r"\ncookie_secret = "s"\nexpose_tokens = "refresh"\n'
		);
		expect(result.get_expose_tokens_config).toMatchObject({
			raised: { str: "Invalid expose_tokens configuration. Only 'id' and 'access' are allowed." }
		});
	});

	it('gives an empty section for a missing connection or file, and resolves env: names', () => {
		const result = simulate(one('NAME = "pg"\n[connections.pg]\nurl = "sqlite://"\n'), {
			connection: ['missing', 'env:NAME', 'pg']
		});
		expect(result.connections).toEqual([
			{ name: 'missing', section: { $AttrDict: {} } },
			{ name: 'env:NAME', section: { $AttrDict: { url: 'sqlite://' } } },
			{ name: 'pg', section: { $AttrDict: { url: 'sqlite://' } } }
		]);
	});
});
