import { code, entry } from './catalogue.ts';
import { docsPages } from './docs-pages.ts';

/** The catalogue of `connections/…` diagnostics: the `[connections.*]` sections `st.connection` reads. */
export const connectionMessages = {
	'connections/not-a-table': entry<{ name: string; type: string }>(
		'error',
		(a) =>
			`${code(`connections.${a.name}`)} is a ${code(a.type)}, so ${code(`st.connection("${a.name}")`)} gets no settings from it`,
		(a) => `Write it as a table: ${code(`[connections.${a.name}]`)}`,
		{
			why: '`st.connection("name")` reads its settings from the table `[connections.name]`; a value of another type under that name gives it no settings.',
			docs: docsPages.connection
		}
	),
	'connections/missing-type': entry<{ name: string; error: string; guess: string | null }>(
		'error',
		(a) => `${code(`st.connection("${a.name}")`)} without \`type=\` raises ${code(a.error)}`,
		(a) =>
			a.guess
				? `Add ${code(`type = "${a.guess}"`)} to this table, or pass \`type=\` to st.connection`
				: 'Add `type` to this table (`"sql"`, `"snowflake"` or the class path of the connection, such as `"package.ClassName"`), or pass `type=` to st.connection',
		{
			why: "Unless the call passes `type=` or the name is a built-in one such as `sql` or `snowflake`, `st.connection` takes the connection class from the table's `type` key, and raises `KeyError` without it.",
			docs: docsPages.connection
		}
	),
	'connections/invalid-type': entry<{ call: string; error: string }>(
		'error',
		(a) => `${code(a.call)} raises ${code(a.error)}`,
		() =>
			'Use `sql`, `snowflake` or a class path such as `streamlit_gsheets.GSheetsConnection`, or pass the class as `type=`',
		{
			why: '`st.connection` imports a `type` that holds a dot as `module.Class`; any other `type` must be a built-in one such as `sql` or `snowflake`, or it raises.',
			docs: docsPages.connection
		}
	),
	'connections/missing-section': entry<{ name: string; type: string }>(
		'warning',
		(a) =>
			`${code(`st.connection("${a.name}")`)} finds no ${code(`[connections.${a.name}]`)} table`,
		(a) =>
			`Add a ${code(`[connections.${a.name}]`)} table with the ${a.type} connection's settings`,
		{
			why: 'A missing `[connections.name]` table is no error to `st.connection`: the connection gets no settings from the secrets, so it fails later or falls back to its own configuration, as Snowflake does with its `connections.toml`.',
			docs: docsPages.connection
		}
	),
	'connections/sql-missing-config': entry<{ name: string; error: string }>(
		'error',
		(a) => `${code(`st.connection("${a.name}")`)} raises ${code(a.error)}`,
		(a) =>
			`Add ${code('url')} (or \`dialect\`, \`host\` and \`username\`) to ${code(`[connections.${a.name}]`)}`,
		{
			why: "An SQL connection needs `url`, or `dialect`, `username` and `host`, from its table or the call's keyword arguments; with none of them Streamlit raises before connecting.",
			docs: docsPages.sqlConnection
		}
	),
	'connections/sql-missing-param': entry<{ name: string; error: string; param: string }>(
		'error',
		(a) => `${code(`st.connection("${a.name}")`)} raises ${code(a.error)}`,
		(a) => `Add ${code(a.param)} to this table, or give the whole address as \`url\``,
		{
			why: 'Without `url`, Streamlit builds the database address from `dialect`, `username` and `host`, and raises when one of them is missing.',
			docs: docsPages.sqlConnection
		}
	),
	'connections/sql-port': entry<{ value: string; error: string }>(
		'error',
		(a) => `${code('port')} is ${code(a.value)}, and ${code('int(port)')} raises ${code(a.error)}`,
		() => 'Write the port as an integer, e.g. `port = 5432`',
		{
			why: 'Streamlit converts `port` with `int()` before it builds the database address, so a value `int()` cannot read raises.',
			docs: docsPages.sqlConnection
		}
	),
	'connections/sql-url': entry<{ value: string }>(
		'error',
		(a) =>
			`SQLAlchemy cannot parse ${code('url')}: ${code(a.value)} is not \`dialect[+driver]://…\``,
		() => 'Write the URL as `dialect+driver://user:password@host:port/database`',
		{
			why: 'Streamlit passes `url` to SQLAlchemy, which reads only addresses of the form `dialect[+driver]://…`.',
			docs: docsPages.sqlConnection
		}
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
				: 'Check the spelling, or install the package that provides this dialect',
		{
			why: 'SQLAlchemy loads the dialect named at the start of the address; a name that neither SQLAlchemy nor an installed plugin provides fails when the connection is created.',
			docs: docsPages.sqlConnection
		}
	),
	'connections/sql-dialect-renamed': entry<{ dialect: string; renamed: string }>(
		'error',
		(a) =>
			`SQLAlchemy raises ${code(`NoSuchModuleError: Can't load plugin: sqlalchemy.dialects:${a.dialect}`)}; the dialect is called ${code(a.renamed)}`,
		(a) => `Write ${code(a.renamed)}`,
		{
			why: 'SQLAlchemy no longer accepts the old dialect name `postgres`, only `postgresql`, and raises `NoSuchModuleError` for it.',
			docs: docsPages.sqlConnection
		}
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
		() => 'Use a synchronous driver SQLAlchemy supports for this database',
		{
			why: 'The driver after `+` must be one SQLAlchemy has for this dialect, and a synchronous one: `st.connection` creates a synchronous engine, which cannot use an asyncio driver.',
			docs: docsPages.sqlConnection
		}
	),
	'connections/snowflake-missing-key': entry<{ key: string }>(
		'error',
		(a) => `The Snowflake connector needs ${code(a.key)}, which this table does not set`,
		(a) => `Add ${code(a.key)} to this table`,
		{
			why: 'Streamlit passes the table to `snowflake.connector.connect`, which needs `account`, and `user` unless a token authenticates.',
			docs: docsPages.snowflakeConnection
		}
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
			'Set exactly one method: `password`, a key pair (`private_key_file` or `private_key`), or `authenticator` with what it needs',
		{
			why: 'Streamlit passes every key of the table to the Snowflake connector, which authenticates one way: a `password`, a key pair, or an `authenticator` with what it needs. Without a complete one the connection fails; with several, which one is used is unclear.',
			docs: docsPages.snowflakeConnection
		}
	),
	'connections/snowflake-account': entry<{ value: string }>(
		'warning',
		(a) => `${code('account')} should be the account identifier, not a URL: ${code(a.value)}`,
		() => 'Write the identifier only, e.g. `account = "myorg-myaccount"`',
		{
			why: 'The Snowflake connector expects `account` to be the account identifier, such as `myorg-myaccount`, not a URL or a host name.',
			docs: docsPages.snowflakeConnection
		}
	),
	'connections/snowpark-deprecated': entry<{ name: string }>(
		'info',
		() => 'The `snowpark` connection type is deprecated',
		() => 'Use `type = "snowflake"` and `conn.session()` instead',
		{
			why: 'Streamlit still accepts `type = "snowpark"` but deprecates it in favour of the `snowflake` connection, whose `session()` returns a Snowpark session.',
			docs: docsPages.connection
		}
	),
	'connections/service-account-field': entry<{ key: string; required: boolean }>(
		'error',
		(a) =>
			a.required
				? `This service-account key has no ${code(a.key)}, so Google authentication fails`
				: `This service-account key has no ${code(a.key)}`,
		() => "Copy every field of the service account's JSON key file into this table",
		{
			why: "Google's libraries build their credentials from the fields of the service account's JSON key; without `private_key`, `client_email` or `token_uri` they cannot authenticate.",
			docs: docsPages.connection
		}
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
				: 'Paste `private_key` exactly as in the JSON key file, in double quotes with its `\\n` escapes',
		{
			why: "Google's libraries read `private_key` as a PEM block, with its `-----BEGIN PRIVATE KEY-----` and `-----END PRIVATE KEY-----` lines and real line breaks; in a basic string, TOML turns the key file's `\\n` escapes into those line breaks.",
			docs: docsPages.connection
		}
	)
} as const;
