import { code, entry } from './catalogue.ts';
import { docsPages } from './docs-pages.ts';

const loginRejects = (a: { call: string; error: string }) =>
	`${code(a.call)} raises ${code(a.error)}`;

/** The catalogue of `auth/…` diagnostics: the `[auth]` section `st.login` reads. */
export const authMessages = {
	'auth/missing-section': entry<{ call: string; error: string }>(
		'error',
		loginRejects,
		() =>
			'Add an `[auth]` table with `redirect_uri`, `cookie_secret`, `client_id`, `client_secret` and `server_metadata_url`',
		{
			why: '`st.login` reads its settings from the `[auth]` section; without one, or when the secrets cannot be loaded, it raises `StreamlitAuthError`.',
			docs: docsPages.login
		}
	),
	'auth/missing-key': entry<{ call: string; error: string; key: string }>(
		'error',
		loginRejects,
		(a) =>
			a.key === 'cookie_secret'
				? 'Add `cookie_secret` to `[auth]`: a long random string, e.g. the output of `python -c "import secrets; print(secrets.token_hex(32))"`'
				: `Add ${code(a.key)} to \`[auth]\``,
		{
			why: '`redirect_uri` and `cookie_secret` are shared by every provider and must be in `[auth]` itself; `st.login` raises when either is missing.',
			docs: docsPages.login
		}
	),
	'auth/provider-underscore': entry<{ call: string; error: string; provider: string }>(
		'error',
		loginRejects,
		(a) => `Rename the provider without underscores, e.g. ${code(a.provider.replace(/_/g, '-'))}`,
		{
			why: 'Streamlit refuses provider names that contain an underscore, such as `[auth.my_idp]`, and raises when `st.login` is called with one.',
			docs: docsPages.login
		}
	),
	'auth/missing-provider': entry<{ call: string; error: string; provider: string }>(
		'error',
		loginRejects,
		(a) =>
			`Add an ${code(`[auth.${a.provider}]`)} table with \`client_id\`, \`client_secret\` and \`server_metadata_url\``,
		{
			why: '`st.login("name")` reads that provider\'s settings from `[auth.name]`, and raises when there is no such table.',
			docs: docsPages.login
		}
	),
	'auth/provider-not-table': entry<{ call: string; error: string; provider: string }>(
		'error',
		loginRejects,
		(a) => `Write the provider's settings as a table: ${code(`[auth.${a.provider}]`)}`,
		{
			why: "A provider's settings must be a table under `[auth]`; any other value under that name makes `st.login` raise.",
			docs: docsPages.login
		}
	),
	'auth/missing-provider-keys': entry<{ call: string; error: string; keys: string }>(
		'error',
		loginRejects,
		(a) => `Add ${a.keys} to this table, with non-empty values`,
		{
			why: 'Every provider needs `client_id`, `client_secret` and `server_metadata_url`; for the default provider, set in `[auth]` itself, an empty value counts as missing.',
			docs: docsPages.login
		}
	),
	'auth/login-raises': entry<{ call: string; error: string }>(
		'error',
		loginRejects,
		() => 'Fix the value this check reads',
		{
			why: '`st.login` checks the secrets when it is called, before it sends the user to the identity provider, and raises this exception instead.',
			docs: docsPages.login
		}
	),
	'auth/not-a-string': entry<{ key: string; type: string }>(
		'error',
		(a) => `${code(a.key)} must be a string, not ${code(a.type)}`,
		(a) => `Quote the value of ${code(a.key)}`,
		{
			why: "Streamlit's own check only looks for these keys, not at their type, so a number, boolean or table passes it; the login still expects text here.",
			docs: docsPages.login
		}
	),
	'auth/empty-value': entry<{ key: string }>(
		'warning',
		(a) => `${code(a.key)} is empty, so the identity provider will reject the login`,
		(a) => `Fill in ${code(a.key)} from the identity provider's console`,
		{
			why: 'For a named provider Streamlit only checks that `client_id`, `client_secret` and `server_metadata_url` are present, so an empty value passes that check and the identity provider rejects the login instead.',
			docs: docsPages.login
		}
	),
	'auth/redirect-uri-invalid': entry<{ value: string; error?: string }>(
		'error',
		(a) =>
			a.error
				? `${code('redirect_uri')} raises ${code(a.error)}`
				: `${code('redirect_uri')} is not an absolute URL: ${code(a.value)}`,
		() => 'Write the full URL, e.g. `http://localhost:8501/oauth2callback`',
		{
			why: "`redirect_uri` is where the identity provider sends the user back after logging in: the app's absolute URL ending in `/oauth2callback`.",
			docs: docsPages.login
		}
	),
	'auth/redirect-uri-path': entry<{ value: string }>(
		'error',
		(a) =>
			`${code('redirect_uri')} must end in \`/oauth2callback\`, the only path where Streamlit completes a login: ${code(a.value)}`,
		() => 'End the URL with `/oauth2callback`',
		{
			why: 'Streamlit completes a login only at `/oauth2callback`, so `redirect_uri` must end there; logging out with the identity provider needs it too.',
			docs: docsPages.login
		}
	),
	'auth/redirect-uri-port': entry<{ value: string; port: number; appPort: number }>(
		'warning',
		(a) =>
			`${code('redirect_uri')} points to port ${a.port}, but the app runs on port ${a.appPort}`,
		(a) => `Use port ${a.appPort}, or write \`{port}\` to follow \`server.port\``,
		{
			why: 'The identity provider sends the user back to exactly this URL, so on your own machine it must use the port the app runs on (`server.port`, 8501 by default); since Streamlit 1.53, `{port}` fills it in.',
			docs: docsPages.login
		}
	),
	'auth/weak-cookie-secret': entry<{
		reason: 'short' | 'placeholder' | 'repetitive';
		length: number;
	}>(
		'warning',
		(a) =>
			({
				short: `${code('cookie_secret')} is only ${a.length} characters long; it signs the login cookie`,
				placeholder: `${code('cookie_secret')} looks like a placeholder; it signs the login cookie`,
				repetitive: `${code('cookie_secret')} repeats a few characters; it signs the login cookie`
			})[a.reason],
		() =>
			'Use a long random string, e.g. the output of `python -c "import secrets; print(secrets.token_hex(32))"`',
		{
			why: "`cookie_secret` signs the cookie that keeps the user's identity in the browser; a short or guessable value makes that signature easy to forge.",
			docs: docsPages.login
		}
	),
	'auth/server-metadata-url': entry<{ value: string; reason: 'https' | 'path' | 'url' }>(
		'warning',
		(a) =>
			({
				https: `${code('server_metadata_url')} does not use HTTPS: ${code(a.value)}`,
				path: `${code('server_metadata_url')} does not end in \`/.well-known/openid-configuration\`: ${code(a.value)}`,
				url: `${code('server_metadata_url')} is not a URL: ${code(a.value)}`
			})[a.reason],
		() =>
			"Use the provider's OpenID discovery URL, e.g. `https://accounts.google.com/.well-known/openid-configuration`",
		{
			why: "`server_metadata_url` is the provider's OpenID Connect discovery document, which tells the login where to send the user; providers publish it over HTTPS at a path ending in `/.well-known/openid-configuration`.",
			docs: docsPages.login
		}
	),
	'auth/client-kwargs': entry<{ key: string; problem: string }>(
		'error',
		(a) => `${code(a.key)} ${a.problem}`,
		() =>
			'Write `client_kwargs` as a table of strings, e.g. `client_kwargs = { scope = "openid email profile", prompt = "select_account" }`',
		{
			why: 'Streamlit passes `client_kwargs` to Authlib as extra settings of the login request, so it must be a table whose values, such as `scope` and `prompt`, are text.',
			docs: docsPages.login
		}
	),
	'auth/expose-tokens': entry<{ error: string }>(
		'error',
		(a) => `Logging in raises ${code(a.error)}`,
		() => 'Set `expose_tokens` to `"id"`, `"access"` or `["id", "access"]`',
		{
			why: '`expose_tokens` may only be `"id"`, `"access"` or a list of them; any other value makes logging in raise.',
			docs: docsPages.login
		}
	),
	'auth/expose-tokens-ignored': entry<{ provider: string }>(
		'warning',
		(a) =>
			`Streamlit reads ${code('expose_tokens')} only from \`[auth]\`, not from ${code(`[auth.${a.provider}]`)}`,
		() => 'Move `expose_tokens` to `[auth]`',
		{
			why: "Streamlit reads `expose_tokens` only from `[auth]` itself; in a provider's table it has no effect.",
			docs: docsPages.login
		}
	),
	'auth/client-kwargs-scope': entry<{ value: string }>(
		'warning',
		(a) =>
			`The ${code('scope')} ${code(a.value)} has no \`openid\`, so the provider returns no identity token for st.user`,
		() => 'Include `openid`, e.g. `scope = "openid email profile"`',
		{
			why: 'Streamlit fills `st.user` from the identity token, which an OpenID Connect provider returns only when `scope` includes `openid`; a `scope` you set replaces the default `openid email profile`.',
			docs: docsPages.login
		}
	)
} as const;
