import { code, entry } from './catalogue.ts';

const loginRejects = (a: { call: string; error: string }) =>
	`${code(a.call)} raises ${code(a.error)}`;

/** The catalogue of `auth/…` diagnostics: the `[auth]` section `st.login` reads. */
export const authMessages = {
	'auth/missing-section': entry<{ call: string; error: string }>(
		'error',
		loginRejects,
		() =>
			'Add an `[auth]` table with `redirect_uri`, `cookie_secret`, `client_id`, `client_secret` and `server_metadata_url`'
	),
	'auth/missing-key': entry<{ call: string; error: string; key: string }>(
		'error',
		loginRejects,
		(a) =>
			a.key === 'cookie_secret'
				? 'Add `cookie_secret` to `[auth]`: a long random string, e.g. the output of `python -c "import secrets; print(secrets.token_hex(32))"`'
				: `Add ${code(a.key)} to \`[auth]\``
	),
	'auth/provider-underscore': entry<{ call: string; error: string; provider: string }>(
		'error',
		loginRejects,
		(a) => `Rename the provider without underscores, e.g. ${code(a.provider.replace(/_/g, '-'))}`
	),
	'auth/missing-provider': entry<{ call: string; error: string; provider: string }>(
		'error',
		loginRejects,
		(a) =>
			`Add an ${code(`[auth.${a.provider}]`)} table with \`client_id\`, \`client_secret\` and \`server_metadata_url\``
	),
	'auth/provider-not-table': entry<{ call: string; error: string; provider: string }>(
		'error',
		loginRejects,
		(a) => `Write the provider's settings as a table: ${code(`[auth.${a.provider}]`)}`
	),
	'auth/missing-provider-keys': entry<{ call: string; error: string; keys: string }>(
		'error',
		loginRejects,
		(a) => `Add ${a.keys} to this table, with non-empty values`
	),
	'auth/login-raises': entry<{ call: string; error: string }>(
		'error',
		loginRejects,
		() => 'Fix the value this check reads'
	),
	'auth/not-a-string': entry<{ key: string; type: string }>(
		'error',
		(a) => `${code(a.key)} must be a string, not ${code(a.type)}`,
		(a) => `Quote the value of ${code(a.key)}`
	),
	'auth/empty-value': entry<{ key: string }>(
		'warning',
		(a) => `${code(a.key)} is empty, so the identity provider will reject the login`,
		(a) => `Fill in ${code(a.key)} from the identity provider's console`
	),
	'auth/redirect-uri-invalid': entry<{ value: string; error?: string }>(
		'error',
		(a) =>
			a.error
				? `${code('redirect_uri')} raises ${code(a.error)}`
				: `${code('redirect_uri')} is not an absolute URL: ${code(a.value)}`,
		() => 'Write the full URL, e.g. `http://localhost:8501/oauth2callback`'
	),
	'auth/redirect-uri-path': entry<{ value: string }>(
		'error',
		(a) =>
			`${code('redirect_uri')} must end in \`/oauth2callback\`, the only path where Streamlit completes a login: ${code(a.value)}`,
		() => 'End the URL with `/oauth2callback`'
	),
	'auth/redirect-uri-port': entry<{ value: string; port: number; appPort: number }>(
		'warning',
		(a) =>
			`${code('redirect_uri')} points to port ${a.port}, but the app runs on port ${a.appPort}`,
		(a) => `Use port ${a.appPort}, or write \`{port}\` to follow \`server.port\``
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
			'Use a long random string, e.g. the output of `python -c "import secrets; print(secrets.token_hex(32))"`'
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
			"Use the provider's OpenID discovery URL, e.g. `https://accounts.google.com/.well-known/openid-configuration`"
	),
	'auth/client-kwargs': entry<{ key: string; problem: string }>(
		'error',
		(a) => `${code(a.key)} ${a.problem}`,
		() =>
			'Write `client_kwargs` as a table of strings, e.g. `client_kwargs = { scope = "openid email profile", prompt = "select_account" }`'
	),
	'auth/expose-tokens': entry<{ error: string }>(
		'error',
		(a) => `Logging in raises ${code(a.error)}`,
		() => 'Set `expose_tokens` to `"id"`, `"access"` or `["id", "access"]`'
	),
	'auth/expose-tokens-ignored': entry<{ provider: string }>(
		'warning',
		(a) =>
			`Streamlit reads ${code('expose_tokens')} only from \`[auth]\`, not from ${code(`[auth.${a.provider}]`)}`,
		() => 'Move `expose_tokens` to `[auth]`'
	),
	'auth/client-kwargs-scope': entry<{ value: string }>(
		'warning',
		(a) =>
			`The ${code('scope')} ${code(a.value)} has no \`openid\`, so the provider returns no identity token for st.user`,
		() => 'Include `openid`, e.g. `scope = "openid email profile"`'
	)
} as const;
