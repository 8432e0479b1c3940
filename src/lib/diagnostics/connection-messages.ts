import { code, entry } from './catalogue.ts';

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
