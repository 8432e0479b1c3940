import type { Diagnostic } from '../diagnostic.ts';
import { exceptionText, ruleDiagnostic } from '../diagnostics/rule-messages.ts';
import { PyDict, type PyValue } from '../python/values.ts';
import type { RaisedException } from '../streamlit/simulate.ts';
import { place, typeOf, type SectionContext } from './section-context.ts';

const localHosts = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::1]']);
const placeholderSecret =
	/^(x+|\.+|\*+|changeme|change[-_ ]?me.*|secret|cookie[-_]?secret|password|test|example|todo|placeholder|your[-_ ].*|<.*>|\$\{.*\}|xxx.*)$/i;

interface Url {
	scheme: string;
	host: string;
	port: number | null;
	path: string;
}

function parseUrl(value: string): Url | null {
	const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(\[[^\]]*\]|[^/:?#]+)(?::(\d*))?([^?#]*)/.exec(
		value.trim()
	);
	if (!m) return null;
	return {
		scheme: m[1].toLowerCase(),
		host: m[2].toLowerCase(),
		port: m[3] ? Number(m[3]) : null,
		path: m[4]
	};
}

function redirectUriRules(ctx: SectionContext, value: PyValue): Diagnostic[] {
	const at = place(ctx, ['auth', 'redirect_uri'], true);
	if (typeof value !== 'string')
		return [
			ruleDiagnostic(
				'auth/not-a-string',
				{ key: 'redirect_uri', type: typeOf(value) },
				at.from,
				at.to,
				at.source
			)
		];
	const filled = value.split('{port}').join(String(ctx.port));
	const url = parseUrl(filled);
	if (!url || !/^https?$/.test(url.scheme))
		return [ruleDiagnostic('auth/redirect-uri-invalid', { value }, at.from, at.to, at.source)];
	const out: Diagnostic[] = [];
	if (!url.path.replace(/\/+$/, '').endsWith('/oauth2callback') || url.path.endsWith('/'))
		out.push(ruleDiagnostic('auth/redirect-uri-path', { value }, at.from, at.to, at.source));
	const port = url.port ?? (url.scheme === 'https' ? 443 : 80);
	// Deployed apps sit behind a proxy on 80/443; only a local address must hit the app's own port.
	if (localHosts.has(url.host) && port !== ctx.port && !value.includes('{port}'))
		out.push(
			ruleDiagnostic(
				'auth/redirect-uri-port',
				{ value, port, appPort: ctx.port },
				at.from,
				at.to,
				at.source
			)
		);
	return out;
}

function cookieSecretRules(ctx: SectionContext, value: PyValue): Diagnostic[] {
	const at = place(ctx, ['auth', 'cookie_secret'], true);
	if (typeof value !== 'string')
		return [
			ruleDiagnostic(
				'auth/not-a-string',
				{ key: 'cookie_secret', type: typeOf(value) },
				at.from,
				at.to,
				at.source
			)
		];
	const length = value.length;
	const reason = placeholderSecret.test(value.trim())
		? 'placeholder'
		: length < 32
			? 'short'
			: new Set(value).size < 8
				? 'repetitive'
				: null;
	return reason
		? [ruleDiagnostic('auth/weak-cookie-secret', { reason, length }, at.from, at.to, at.source)]
		: [];
}

function metadataUrlRules(ctx: SectionContext, path: string[], value: string): Diagnostic[] {
	const at = place(ctx, path, true);
	const url = parseUrl(value);
	const reason = !url
		? 'url'
		: url.scheme !== 'https' && !localHosts.has(url.host)
			? 'https'
			: !url.path.replace(/\/+$/, '').endsWith('/.well-known/openid-configuration')
				? 'path'
				: null;
	return reason
		? [ruleDiagnostic('auth/server-metadata-url', { value, reason }, at.from, at.to, at.source)]
		: [];
}

function clientKwargsRules(ctx: SectionContext, path: string[], value: PyValue): Diagnostic[] {
	const key = path.join('.');
	const at = place(ctx, path, true);
	if (!(value instanceof PyDict))
		return [
			ruleDiagnostic(
				'auth/client-kwargs',
				{ key, problem: `must be a table, not \`${typeOf(value)}\`` },
				at.from,
				at.to,
				at.source
			)
		];
	const out: Diagnostic[] = [];
	const scope = value.map.get('scope');
	if (typeof scope === 'string' && !scope.split(/[\s,]+/).includes('openid')) {
		const s = place(ctx, [...path, 'scope'], true);
		out.push(ruleDiagnostic('auth/client-kwargs-scope', { value: scope }, s.from, s.to, s.source));
	}
	for (const [k, v] of value.map) {
		if (typeof v === 'string' || (k === 'scope' && Array.isArray(v))) continue;
		const s = place(ctx, [...path, k], true);
		out.push(
			ruleDiagnostic(
				'auth/client-kwargs',
				{ key: `${key}.${k}`, problem: `must be a string, not \`${typeOf(v)}\`` },
				s.from,
				s.to,
				s.source,
				'warning'
			)
		);
	}
	return out;
}

/** Checks one provider's credentials: strings, filled in, a discovery URL, `client_kwargs`. */
function providerRules(
	ctx: SectionContext,
	path: string[],
	section: PyDict,
	named: boolean
): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const key of ['client_id', 'client_secret', 'server_metadata_url']) {
		const v = section.map.get(key);
		if (v === undefined) continue;
		const at = place(ctx, [...path, key], true);
		if (typeof v !== 'string')
			out.push(
				ruleDiagnostic('auth/not-a-string', { key, type: typeOf(v) }, at.from, at.to, at.source)
			);
		// For the default provider an empty value is "missing", which st.login itself reports.
		else if (v.trim() === '' && named)
			out.push(ruleDiagnostic('auth/empty-value', { key }, at.from, at.to, at.source));
		else if (key === 'server_metadata_url' && v.trim() !== '')
			out.push(...metadataUrlRules(ctx, [...path, key], v));
	}
	const kwargs = section.map.get('client_kwargs');
	if (kwargs !== undefined) out.push(...clientKwargsRules(ctx, [...path, 'client_kwargs'], kwargs));
	if (named && section.map.has('expose_tokens')) {
		const at = place(ctx, [...path, 'expose_tokens']);
		out.push(
			ruleDiagnostic(
				'auth/expose-tokens-ignored',
				{ provider: path[path.length - 1] },
				at.from,
				at.to,
				at.source
			)
		);
	}
	return out;
}

/**
 * Checks what `st.login` does not validate but fails at login: `redirect_uri`
 * (an absolute http(s) URL ending in `/oauth2callback`, on the app's port when
 * local), `cookie_secret` (long and random), each provider's values and
 * discovery URL, `client_kwargs`, and `expose_tokens` (from `simulate`).
 */
export function authValueRules(
	ctx: SectionContext,
	auth: PyDict,
	providers: readonly string[],
	exposeTokens: string[] | { raised: RaisedException } | undefined
): Diagnostic[] {
	const out: Diagnostic[] = [];
	const redirect = auth.map.get('redirect_uri');
	if (redirect !== undefined) out.push(...redirectUriRules(ctx, redirect));
	const cookie = auth.map.get('cookie_secret');
	if (cookie !== undefined) out.push(...cookieSecretRules(ctx, cookie));
	out.push(...providerRules(ctx, ['auth'], auth, false));
	for (const p of providers) {
		const table = auth.map.get(p);
		if (table instanceof PyDict)
			out.push(...providerRules(ctx, ['auth', p], table, p !== 'default'));
	}
	if (exposeTokens && !Array.isArray(exposeTokens)) {
		const at = place(ctx, ['auth', 'expose_tokens'], true);
		const error = exceptionText(exposeTokens.raised.type, exposeTokens.raised.str);
		out.push(ruleDiagnostic('auth/expose-tokens', { error }, at.from, at.to, at.source));
	}
	return out;
}
