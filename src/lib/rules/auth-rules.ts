import type { Diagnostic } from '../diagnostic.ts';
import { exceptionText, ruleDiagnostic } from '../diagnostics/rule-messages.ts';
import { reprString } from '../python/repr.ts';
import { PyDict, PyFloat, type PyValue } from '../python/values.ts';
import { simulate } from '../streamlit/simulate.ts';
import { authTexts } from '../streamlit/texts.ts';
import { authValueRules } from './auth-values.ts';
import { addToTable, downgrade, lastText, place, type SectionContext } from './section-context.ts';

/** The keys every `st.login` provider needs (`validate_auth_credentials`). */
export const providerKeys = ['client_id', 'client_secret', 'server_metadata_url'];

/** One check `st.login` fails, in Streamlit's order, with Streamlit's text. */
interface Failure {
	code:
		| 'auth/missing-section'
		| 'auth/missing-key'
		| 'auth/provider-underscore'
		| 'auth/missing-provider'
		| 'auth/provider-not-table'
		| 'auth/missing-provider-keys';
	text: string;
	/** The key path the problem is shown on. */
	path: string[];
	/** The missing key(s), for hints and fixes. */
	keys?: string[];
	/** True for the checks every provider shares (`[auth]` itself). */
	shared: boolean;
}

/** Python truthiness of a TOML value, as `validate_auth_credentials` filters the default provider. */
function truthy(v: PyValue | undefined): boolean {
	if (v === undefined || v === null || v === false || v === '' || v === 0n) return false;
	if (v instanceof PyFloat) return v.value !== 0;
	if (Array.isArray(v)) return v.length > 0;
	if (v instanceof PyDict) return v.map.size > 0;
	return true;
}

/** Returns every check `st.login(provider)` fails, in the order `validate_auth_credentials` runs them. */
function failures(auth: PyValue | undefined, provider: string): Failure[] {
	if (auth === undefined)
		return [
			{ code: 'auth/missing-section', text: authTexts.notConfigured, path: [], shared: true }
		];
	if (!(auth instanceof PyDict)) return [];
	const out: Failure[] = [];
	for (const key of ['redirect_uri', 'cookie_secret'])
		if (!auth.map.has(key))
			out.push({
				code: 'auth/missing-key',
				text: authTexts.missingKey(key),
				path: ['auth'],
				keys: [key],
				shared: true
			});
	const table = auth.map.get(provider);
	const at = table === undefined ? ['auth'] : ['auth', provider];
	if (provider.includes('_'))
		out.push({
			code: 'auth/provider-underscore',
			text: authTexts.underscore(provider),
			path: at,
			shared: false
		});
	let missing: string[];
	if (table === undefined && provider === 'default')
		missing = providerKeys.filter((k) => !truthy(auth.map.get(k)));
	else if (table === undefined) {
		out.push({
			code: 'auth/missing-provider',
			text: authTexts.missingProvider(provider),
			path: at,
			shared: false
		});
		return out;
	} else if (!(table instanceof PyDict)) {
		out.push({
			code: 'auth/provider-not-table',
			text: authTexts.notATable(provider),
			path: at,
			shared: false
		});
		return out;
	} else missing = providerKeys.filter((k) => !table.map.has(k));
	if (missing.length)
		out.push({
			code: 'auth/missing-provider-keys',
			text: authTexts.missingKeys(provider, `[${missing.map(reprString).join(', ')}]`),
			path: at,
			keys: missing,
			shared: false
		});
	return out;
}

/** Returns the providers to check: `default`, every `[auth.NAME]` table, and those the apps name. */
function providersOf(ctx: SectionContext, auth: PyValue | undefined): string[] {
	const out: string[] = [];
	if (auth instanceof PyDict) {
		const tables = [...auth.map].filter(([k, v]) => v instanceof PyDict && k !== 'client_kwargs');
		// Several providers without top-level credentials: `st.login()` is not meant to be called.
		if (!tables.length || providerKeys.some((k) => auth.map.has(k))) out.push('default');
		for (const [k] of tables) if (!out.includes(k)) out.push(k);
	}
	for (const p of ctx.use?.providers ?? []) if (!out.includes(p)) out.push(p);
	return out;
}

const call = (provider: string) =>
	provider === 'default' ? 'st.login()' : `st.login(${JSON.stringify(provider)})`;

/**
 * Checks `[auth]` as `st.login` will: every credential check Streamlit runs
 * (its texts and order, the first one taken from {@link simulate} of
 * `validate_auth_credentials`), for `default` and each `[auth.NAME]` table and
 * each provider the apps pass to `st.login`; then what Streamlit does not check
 * but fails at login ({@link authValueRules}). Without apps, only runs when
 * `[auth]` exists; with apps, a provider no app logs in with is only warned about.
 */
export function authRules(ctx: SectionContext): Diagnostic[] {
	const auth = ctx.merged.map.get('auth');
	const use = ctx.use;
	if (auth === undefined && !use?.providers.length) return [];
	const providers = providersOf(ctx, auth);
	const simulation = simulate(ctx.sources, { auth: providers });
	const out: Diagnostic[] = [];
	const seen = new Set<string>();
	const anyLogin = !!use && (use.providers.length > 0 || use.anyProvider);
	simulation.auth.forEach((result, i) => {
		const provider = providers[i];
		const validation = result.validate_auth_credentials;
		if (validation === 'ok') return;
		const all = failures(auth, provider);
		const first = all.findIndex((f) => f.text === validation.raised.str);
		const list: (Failure | null)[] = first < 0 ? [null, ...all] : all.slice(first);
		for (const f of list) {
			const text = f && f !== list[0] ? f.text : validation.raised.str;
			const key = `${f?.code}\0${f?.path.join('.')}\0${text}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const used =
				!use || (f?.shared ? anyLogin : use.anyProvider || use.providers.includes(provider));
			out.push(
				...downgrade(
					[failureDiagnostic(ctx, f, provider, exceptionText(validation.raised.type, text))],
					!used
				)
			);
		}
	});
	if (auth instanceof PyDict) {
		const exposed = simulation.auth
			.map((a) => a.get_expose_tokens_config)
			.find((t) => !Array.isArray(t));
		const unused = !!use && !anyLogin;
		out.push(...downgrade(authValueRules(ctx, auth, providers, exposed), unused));
	}
	return out;
}

function failureDiagnostic(
	ctx: SectionContext,
	f: Failure | null,
	provider: string,
	error: string
): Diagnostic {
	const c = call(provider);
	if (!f) {
		const at = place(ctx, ['auth']);
		return ruleDiagnostic('auth/login-raises', { call: c, error }, at.from, at.to, at.source);
	}
	const at = f.path.length ? place(ctx, f.path) : { source: lastText(ctx), from: 0, to: 0 };
	let d: Diagnostic;
	switch (f.code) {
		case 'auth/missing-section':
			// No fix: a skeleton with empty credentials still fails `st.login` (empty values are
			// missing to `validate_auth_credentials`), and placeholders are flagged as left in.
			return ruleDiagnostic(f.code, { call: c, error }, at.from, at.to, at.source);
		case 'auth/missing-key': {
			const key = f.keys![0];
			d = ruleDiagnostic(f.code, { call: c, error, key }, at.from, at.to, at.source);
			// Only `redirect_uri` has a value that works as written; `cookie_secret` must be a
			// random secret the user generates.
			const value = `"http://localhost:${ctx.port}/oauth2callback"`;
			const fix =
				key === 'redirect_uri'
					? addToTable(ctx, ['auth'], [`${key} = ${value}`], `Add \`${key}\``)
					: undefined;
			if (fix) d.fix = fix;
			return d;
		}
		case 'auth/missing-provider-keys': {
			// No fix: the values come from the identity provider's console.
			const keys = f.keys!.map((k) => `\`${k}\``).join(', ');
			return ruleDiagnostic(f.code, { call: c, error, keys }, at.from, at.to, at.source);
		}
		default:
			return ruleDiagnostic(f.code, { call: c, error, provider }, at.from, at.to, at.source);
	}
}
