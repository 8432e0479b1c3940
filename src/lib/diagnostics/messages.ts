import type { Diagnostic, Severity } from '../diagnostic.ts';
import { entry, type Entry } from '../catalogue.ts';
import { legacyHint } from './legacy-hints.ts';

const code = (s: string) => '`' + s.replace(/`/g, "'") + '`';

/**
 * Says where the braces that break Streamlit's error message come from: the contents of a
 * table that toml 0.10.2 prints in its "already exists" errors, a brace it quotes from the
 * file, or the file's path.
 */
function braceHint(a: { reason?: string; path?: string }): string {
	const reason = a.reason ?? '';
	const advice = legacyHint(reason);
	if (/already exists\?/.test(reason))
		return `${advice ?? 'Define each table once'}; Streamlit's parser prints the table's contents between braces in its message for this error, and Streamlit cannot format those braces`;
	if (/[{}]/.test(reason))
		return `${advice ?? 'Fix the TOML error on this line'}; the brace the parser quotes from this line breaks Streamlit's message`;
	if (a.path !== undefined && /[{}]/.test(a.path))
		return 'Fix the TOML error on this line, and move the file to a path without braces: Streamlit puts the path into its message and cannot format the braces';
	return 'Braces in the error message break Streamlit; fix the TOML error on this line';
}

/**
 * The catalogue of `streamlit/…` diagnostics: what Streamlit itself will do
 * differently from what the file seems to say, or fail on.
 */
export const streamlitMessages = {
	'streamlit/parse-error': entry<{ error: string }>(
		'error',
		(a) => `Streamlit cannot read this file: its parser (toml 0.10.2) reports ${code(a.error)}`,
		() =>
			'Every st.secrets access will raise StreamlitSecretNotFoundError; rewrite this line in a form the old parser reads'
	),
	'streamlit/later-parse-error': entry<{ error: string }>(
		'error',
		(a) =>
			`Once the errors before it are fixed, Streamlit's parser (toml 0.10.2) stops here with ${code(a.error)}`,
		() => 'Rewrite this line in a form the old parser reads'
	),
	'streamlit/parser-crash': entry<{ type: string; error: string }>(
		'error',
		(a) => `Streamlit's parser crashes on this file with ${code(`${a.type}: ${a.error}`)}`,
		() => 'Every st.secrets access will raise this exception; close the open bracket or string'
	),
	'streamlit/error-message-crash': entry<{
		type: string;
		error: string;
		reason?: string;
		path?: string;
	}>(
		'error',
		(a) =>
			`Streamlit fails while reporting the error in this file and raises ${code(`${a.type}: ${a.error}`)} instead`,
		braceHint
	),
	'streamlit/unicode-decode-error': entry<{ error: string }>(
		'error',
		(a) => `Streamlit cannot decode this file: ${code(`UnicodeDecodeError: ${a.error}`)}`,
		() => 'Save the file as UTF-8'
	),
	'streamlit/accepts-invalid-toml': entry<{ key?: string; value?: string }>(
		'info',
		(a) =>
			a.key !== undefined && a.value !== undefined
				? `Streamlit's parser accepts this although it is not valid TOML, and reads ${code(a.key)} as ${code(a.value)}`
				: "Streamlit's parser accepts this file although it is not valid TOML",
		() => 'Fix the TOML anyway: other tools, and a future Streamlit, will reject it'
	),
	'streamlit/value-differs': entry<{ path: string; streamlit: string; toml: string }>(
		'warning',
		(a) => `Streamlit reads ${code(a.path)} as ${code(a.streamlit)}, not ${code(a.toml)}`,
		() => 'Write the value in a form both parsers read the same way'
	),
	'streamlit/key-differs': entry<{ path: string; streamlit: string }>(
		'warning',
		(a) => `Streamlit stores ${code(a.path)} under the key ${code(a.streamlit)}`,
		() => 'Remove the spaces or quotes around the dot, or quote the whole key'
	),
	'streamlit/bom-in-key': entry<{ key: string }>(
		'warning',
		(a) =>
			`Streamlit keeps the byte order mark, so the first key is ${code('\\ufeff' + a.key)} and ${code(`st.secrets["${a.key}"]`)} raises KeyError`,
		() => 'Save the file as UTF-8 without a byte order mark'
	),
	'streamlit/invisible-in-key': entry<{ key: string; char: string }>(
		'warning',
		(a) =>
			`This key holds the invisible character ${code(a.char)}, so ${code(`st.secrets["${a.key}"]`)} raises KeyError`,
		() =>
			'Remove the character from the key; it often comes with text copied from a web page or chat'
	),
	'streamlit/env-illegal-name': entry<{ key: string; error: string }>(
		'error',
		(a) =>
			`Exporting ${code(a.key)} to os.environ raises ${code(a.error)}, so every st.secrets access fails`,
		() => 'Rename the key, or move it into a table so it is not exported'
	),
	'streamlit/env-overrides-variable': entry<{ key: string }>(
		'warning',
		(a) => `This root key replaces the environment variable ${code(a.key)} for the whole app`,
		() => 'Move the key into a table, or give it another name'
	),
	'streamlit/shadowed-by-method': entry<{ key: string; qualname: string }>(
		'info',
		(a) => `${code(`.${a.key}`)} returns the method ${code(a.qualname)}, not this secret`,
		(a) => `Read it as ${code(`["${a.key}"]`)}`
	),
	'streamlit/replaced-by-later-source': entry<{ key: string; by: string }>(
		'info',
		(a) => `${code(a.key)} is replaced as a whole by ${code(a.by)}, which Streamlit reads later`,
		() => 'Streamlit merges files shallowly: repeat every key of the table in the later file'
	),
	'streamlit/no-secrets': entry<{ error: string }>(
		'error',
		(a) => `No secrets source exists: ${code(a.error)}`,
		() => 'Create .streamlit/secrets.toml in the project folder'
	),
	'streamlit/source-error': entry<{ type: string; error: string }>(
		'error',
		(a) => `Streamlit raises ${code(`${a.type}: ${a.error}`)} for this source`,
		() => 'Mount every secret in a sub-folder, or list only .toml files and directories'
	)
} as const;

/** Every `streamlit/…` code. */
export type StreamlitCode = keyof typeof streamlitMessages;

/** Builds a `streamlit/…` diagnostic for the range `from`–`to` of source `source`. */
export function streamlitDiagnostic<C extends StreamlitCode>(
	c: C,
	args: Parameters<(typeof streamlitMessages)[C]['message']>[0],
	from: number,
	to: number,
	source?: number
): Diagnostic {
	const e = streamlitMessages[c] as Entry<typeof args>;
	const d: Diagnostic = {
		code: c,
		severity: e.severity,
		message: e.message(args),
		from,
		to,
		hint: e.hint(args)
	};
	if (source !== undefined) d.source = source;
	return d;
}

/** Returns an exception as Python prints its last line (`Type: text`), on one line. */
export function exceptionText(type: string, text: string): string {
	return `${type}: ${text}`.replace(/\s*\n\s*/g, ' ');
}

/** The catalogue of `app/…` diagnostics: what the app code reads, against the secrets. */
export const appMessages = {
	'app/missing-secret': entry<{ text: string; error: string; path: string }>(
		'error',
		(a) => `${code(a.text)} raises ${code(a.error)}`,
		(a) => `Add ${code(a.path)} to the secrets, or read it with \`.get()\` and a default`
	),
	'app/read-raises': entry<{ text: string; error: string; cause: 'load' | 'type' }>(
		'error',
		(a) => `${code(a.text)} raises ${code(a.error)}`,
		(a) =>
			a.cause === 'load'
				? 'Fix the secrets file first: every read fails until Streamlit can load it'
				: 'Check the type of the value in the secrets: this read expects a table'
	),
	'app/protected-read': entry<{
		text: string;
		path: string;
		how: 'default' | 'none' | 'false' | 'caught' | 'guarded';
		error?: string;
	}>(
		'info',
		(a) =>
			({
				default: `${code(a.path)} is not defined, so ${code(a.text)} returns its default`,
				none: `${code(a.path)} is not defined, so ${code(a.text)} returns \`None\``,
				false: `${code(a.path)} is not defined, so ${code(a.text)} is \`False\``,
				caught: `${code(a.text)} raises ${code(a.error ?? '')}, which the app catches`,
				guarded: `${code(a.path)} is not defined; the app checks for it before ${code(a.text)}`
			})[a.how],
		(a) => `Add ${code(a.path)} to the secrets if the app needs it`
	),
	'app/computed-key': entry<{ text: string }>(
		'info',
		(a) => `${code(a.text)} reads a key computed at run time, which cannot be checked`,
		() => 'Make sure every key this code can compute is in the secrets'
	),
	'app/missing-environ': entry<{
		text: string;
		key: string;
		error: string;
		type: string | null;
	}>(
		'error',
		(a) =>
			a.type === null
				? `${code(a.text)} raises ${code(a.error)} unless the environment sets ${code(a.key)}`
				: `${code(a.text)} raises ${code(a.error)}: Streamlit does not export ${code(a.key)}, a ${code(a.type)}, to os.environ`,
		(a) =>
			a.type === null
				? `Add ${code(a.key)} as a root key of the secrets (Streamlit exports root strings and numbers to os.environ), or read it with \`st.secrets\``
				: `Read it as ${code(`st.secrets["${a.key}"]`)}: only root strings, integers and floats are exported`
	),
	'app/missing-key': entry<{
		path: string;
		reads: string;
		table: boolean;
		similar: string | null;
	}>(
		'error',
		(a) =>
			`${code(a.path)} is read by the app (${a.reads}) but ${a.table ? 'no such table is' : 'it is not'} defined` +
			(a.similar === null ? '' : `; ${code(a.similar)} is defined instead`),
		(a) =>
			a.similar === null
				? `Add ${code(a.path)} here`
				: `Rename ${code(a.similar)} to ${code(a.path.slice(a.path.lastIndexOf('.') + 1))}, or add ${code(a.path)}`
	),
	'app/unread-secret': entry<{ path: string; exported: boolean }>(
		'info',
		(a) => `${code(a.path)} is never read by the app`,
		(a) =>
			a.exported
				? 'Remove it, unless a library reads it from os.environ'
				: 'Remove it, or check that the app reads it under this name'
	),
	'app/connection-raises': entry<{ text: string; error: string }>(
		'error',
		(a) => `${code(a.text)} raises ${code(a.error)}`,
		() => 'Fix the connection table in the secrets, or pass `type=` to st.connection'
	),
	'app/login-raises': entry<{ text: string; error: string }>(
		'error',
		(a) => `${code(a.text)} raises ${code(a.error)}`,
		() => 'Fix the `[auth]` section of the secrets (see the problem reported there)'
	)
} as const;

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

/** The catalogue of `connections/…` diagnostics: the `[connections.*]` sections `st.connection` reads. */
export const connectionMessages = {
	'connections/not-a-table': entry<{ name: string; type: string }>(
		'error',
		(a) =>
			`${code(`connections.${a.name}`)} is a ${code(a.type)}, so ${code(`st.connection("${a.name}")`)} gets no settings from it`,
		(a) => `Write it as a table: ${code(`[connections.${a.name}]`)}`
	),
	'connections/missing-type': entry<{ name: string; error: string; guess: string | null }>(
		'error',
		(a) => `${code(`st.connection("${a.name}")`)} without \`type=\` raises ${code(a.error)}`,
		(a) =>
			a.guess
				? `Add ${code(`type = "${a.guess}"`)} to this table, or pass \`type=\` to st.connection`
				: 'Add `type` to this table (`"sql"`, `"snowflake"` or the class path of the connection, such as `"package.ClassName"`), or pass `type=` to st.connection'
	),
	'connections/invalid-type': entry<{ call: string; error: string }>(
		'error',
		(a) => `${code(a.call)} raises ${code(a.error)}`,
		() =>
			'Use `sql`, `snowflake` or a class path such as `streamlit_gsheets.GSheetsConnection`, or pass the class as `type=`'
	),
	'connections/missing-section': entry<{ name: string; type: string }>(
		'warning',
		(a) =>
			`${code(`st.connection("${a.name}")`)} finds no ${code(`[connections.${a.name}]`)} table`,
		(a) => `Add a ${code(`[connections.${a.name}]`)} table with the ${a.type} connection's settings`
	),
	'connections/sql-missing-config': entry<{ name: string; error: string }>(
		'error',
		(a) => `${code(`st.connection("${a.name}")`)} raises ${code(a.error)}`,
		(a) =>
			`Add ${code('url')} (or \`dialect\`, \`host\` and \`username\`) to ${code(`[connections.${a.name}]`)}`
	),
	'connections/sql-missing-param': entry<{ name: string; error: string; param: string }>(
		'error',
		(a) => `${code(`st.connection("${a.name}")`)} raises ${code(a.error)}`,
		(a) => `Add ${code(a.param)} to this table, or give the whole address as \`url\``
	),
	'connections/sql-port': entry<{ value: string; error: string }>(
		'error',
		(a) => `${code('port')} is ${code(a.value)}, and ${code('int(port)')} raises ${code(a.error)}`,
		() => 'Write the port as an integer, e.g. `port = 5432`'
	),
	'connections/sql-url': entry<{ value: string }>(
		'error',
		(a) =>
			`SQLAlchemy cannot parse ${code('url')}: ${code(a.value)} is not \`dialect[+driver]://…\``,
		() => 'Write the URL as `dialect+driver://user:password@host:port/database`'
	),
	'connections/sql-dialect': entry<{ dialect: string; known: string; suggestion: string | null }>(
		'warning',
		(a) =>
			a.suggestion
				? `SQLAlchemy has no dialect ${code(a.dialect)}; it is called ${code(a.suggestion)}`
				: `${code(a.dialect)} is not a dialect SQLAlchemy or a common plugin provides (${a.known})`,
		(a) =>
			a.suggestion
				? `Write ${code(a.suggestion)}`
				: 'Check the spelling, or install the package that provides this dialect'
	),
	'connections/sql-dialect-renamed': entry<{ dialect: string; renamed: string }>(
		'error',
		(a) =>
			`SQLAlchemy raises ${code(`NoSuchModuleError: Can't load plugin: sqlalchemy.dialects:${a.dialect}`)}; the dialect is called ${code(a.renamed)}`,
		(a) => `Write ${code(a.renamed)}`
	),
	'connections/sql-driver': entry<{
		dialect: string;
		driver: string;
		known: string;
		async: boolean;
	}>(
		'warning',
		(a) =>
			a.async
				? `${code(a.driver)} is an asyncio driver; st.connection creates a synchronous engine`
				: `${code(a.driver)} is not a known driver for ${code(a.dialect)} (${a.known})`,
		() => 'Use a synchronous driver SQLAlchemy supports for this database'
	),
	'connections/snowflake-missing-key': entry<{ key: string }>(
		'error',
		(a) => `The Snowflake connector needs ${code(a.key)}, which this table does not set`,
		(a) => `Add ${code(a.key)} to this table`
	),
	'connections/snowflake-auth': entry<{
		problem: 'none' | 'several' | 'incomplete';
		detail: string;
	}>(
		'error',
		(a) =>
			({
				none: 'This Snowflake connection sets no way to authenticate (`password`, `private_key_file`, `authenticator`, …)',
				several: `This Snowflake connection sets several ways to authenticate: ${a.detail}`,
				incomplete: `This Snowflake connection's authentication is incomplete: ${a.detail}`
			})[a.problem],
		() =>
			'Set exactly one method: `password`, a key pair (`private_key_file` or `private_key`), or `authenticator` with what it needs'
	),
	'connections/snowflake-account': entry<{ value: string }>(
		'warning',
		(a) => `${code('account')} should be the account identifier, not a URL: ${code(a.value)}`,
		() => 'Write the identifier only, e.g. `account = "myorg-myaccount"`'
	),
	'connections/snowpark-deprecated': entry<{ name: string }>(
		'info',
		() => 'The `snowpark` connection type is deprecated',
		() => 'Use `type = "snowflake"` and `conn.session()` instead'
	),
	'connections/service-account-field': entry<{ key: string; required: boolean }>(
		'error',
		(a) =>
			a.required
				? `This service-account key has no ${code(a.key)}, so Google authentication fails`
				: `This service-account key has no ${code(a.key)}`,
		() => "Copy every field of the service account's JSON key file into this table"
	),
	'connections/private-key-pem': entry<{ problem: 'escaped' | 'markers' | 'newlines' | 'type' }>(
		'error',
		(a) =>
			({
				escaped:
					'The `private_key` holds `\\n` as two characters instead of line breaks, so the key cannot be loaded',
				markers:
					'The `private_key` is not a PEM block (`-----BEGIN PRIVATE KEY-----` … `-----END PRIVATE KEY-----`)',
				newlines:
					'The `private_key` has no line breaks between its PEM lines, so the key cannot be loaded',
				type: 'The `private_key` must be a string holding a PEM block'
			})[a.problem],
		(a) =>
			a.problem === 'escaped'
				? 'Use a basic string ("…") so TOML turns `\\n` into line breaks, or a multi-line string'
				: 'Paste `private_key` exactly as in the JSON key file, in double quotes with its `\\n` escapes'
	)
} as const;

const ruleMessages = { ...appMessages, ...authMessages, ...connectionMessages };

/** Every `app/…`, `auth/…` and `connections/…` code. */
export type RuleCode = keyof typeof ruleMessages;

/**
 * Builds an `app/…`, `auth/…` or `connections/…` diagnostic for `from`–`to` of
 * source `source`. `severity` overrides the catalogue's, for a problem that only
 * matters when code the check cannot see runs.
 */
export function ruleDiagnostic<C extends RuleCode>(
	c: C,
	args: Parameters<(typeof ruleMessages)[C]['message']>[0],
	from: number,
	to: number,
	source?: number,
	severity?: Severity
): Diagnostic {
	const e = ruleMessages[c] as Entry<typeof args>;
	const d: Diagnostic = {
		code: c,
		severity: severity ?? e.severity,
		message: e.message(args),
		from,
		to,
		hint: e.hint(args)
	};
	if (source !== undefined) d.source = source;
	return d;
}
