import { PyException, pyError } from '../python/exceptions.ts';
import { reprString } from '../python/repr.ts';
import { PyDict } from '../python/values.ts';
import { AttrDict, type Value } from './objects.ts';
import type { PyRuntime } from './py-runtime.ts';
import { urlGeturl } from '../python/urlparse.ts';
import { authTexts } from './texts.ts';

/** `server.port`'s default, which replaces `{port}` in `redirect_uri` (≥ 1.53). */
export const defaultServerPort = 8501;

function authError(text: string): PyException {
	return pyError('StreamlitAuthError', text);
}

function get(p: PyRuntime, section: Value, key: string, fallback: Value = null): Value {
	try {
		return p.getItem(section, key);
	} catch (e) {
		if (e instanceof PyException && e.isA('KeyError')) return fallback;
		throw e;
	}
}

function callGet(p: PyRuntime, obj: Value, key: string, fallback: Value = null): Value {
	// `x.get(...)` on a value that is not a mapping raises AttributeError, as Python would.
	if (!(obj instanceof AttrDict || obj instanceof PyDict)) p.getAttr(obj, 'get');
	return get(p, obj, key, fallback);
}

function truthy(p: PyRuntime, v: Value): boolean {
	if (v === null || v === false) return false;
	if (typeof v === 'bigint') return v !== 0n;
	if (typeof v === 'string' || Array.isArray(v) || v instanceof AttrDict || v instanceof PyDict)
		return p.len(v) > 0;
	return true;
}

/**
 * `auth_util.validate_auth_credentials(provider)` of the newest Streamlit: the
 * checks `st.login(provider)` runs, in order, raising `StreamlitAuthError`.
 */
export function validateAuthCredentials(p: PyRuntime, provider: string): void {
	if (!p.loadIfTomlExists()) throw authError(authTexts.notConfigured);
	const auth = get(p, p.secrets, 'auth');
	if (auth === null) throw authError(authTexts.notConfigured);
	if (!p.contains(auth, 'redirect_uri')) throw authError(authTexts.missingKey('redirect_uri'));
	if (!p.contains(auth, 'cookie_secret')) throw authError(authTexts.missingKey('cookie_secret'));
	let section = callGet(p, auth, provider);
	if (provider.includes('_')) throw authError(authTexts.underscore(provider));
	if (section === null && provider === 'default') {
		const generated = new PyDict();
		for (const key of ['client_id', 'client_secret', 'server_metadata_url']) {
			const v = callGet(p, auth, key);
			if (truthy(p, v)) generated.map.set(key, v as never);
		}
		const kwargs = callGet(p, auth, 'client_kwargs');
		if (truthy(p, kwargs)) {
			// `auth_section.get("client_kwargs").to_dict()`: only a table has that method.
			p.getAttr(kwargs, 'to_dict');
			generated.map.set('client_kwargs', kwargs as never);
		}
		const expose = callGet(p, auth, 'expose_tokens');
		if (truthy(p, expose)) generated.map.set('expose_tokens', expose as never);
		section = generated;
	}
	if (section === null) throw authError(authTexts.missingProvider(provider));
	if (!(section instanceof AttrDict || section instanceof PyDict))
		throw authError(authTexts.notATable(provider));
	const missing = ['client_id', 'client_secret', 'server_metadata_url'].filter(
		(k) => !p.contains(section, k)
	);
	if (missing.length)
		throw authError(authTexts.missingKeys(provider, `[${missing.map(reprString).join(', ')}]`));
}

/** `get_secrets_auth_section()`: `st.secrets.get("auth", AttrDict({}))` after a load, else empty. */
export function authSection(p: PyRuntime): Value {
	if (!p.loadIfTomlExists()) return new AttrDict(new Map());
	return get(p, p.secrets, 'auth', new AttrDict(new Map()));
}

/** `get_expose_tokens_config()`: the token kinds exposed, raising for anything but id/access. */
export function exposeTokensConfig(p: PyRuntime): string[] {
	const value = callGet(p, authSection(p), 'expose_tokens');
	let tokens: string[];
	if (typeof value === 'string') tokens = [value];
	else if (Array.isArray(value)) tokens = value.map((t) => p.str(t));
	else return [];
	if (tokens.some((t) => t !== 'id' && t !== 'access')) throw authError(authTexts.exposeTokens);
	return tokens;
}

/** `get_redirect_uri(auth_section)`: the URI with `{port}` filled in, or null when absent. */
export function redirectUri(p: PyRuntime, port = defaultServerPort): string | null {
	const section = authSection(p);
	if (!p.contains(section, 'redirect_uri')) return null;
	let raw = p.getItem(section, 'redirect_uri');
	// `"{port}" in redirect_uri` is a plain membership test for non-strings.
	if (p.contains(raw, '{port}') && typeof raw === 'string')
		raw = raw.split('{port}').join(String(port));
	// urlparse() calls `.decode` on anything that is not a str.
	if (typeof raw !== 'string') p.getAttr(raw, 'decode');
	try {
		return urlGeturl(raw as string);
	} catch (e) {
		if (e instanceof PyException && e.type === 'ValueError')
			throw authError(`Invalid redirect_uri: ${raw as string}. Please check your configuration.`);
		throw e;
	}
}
