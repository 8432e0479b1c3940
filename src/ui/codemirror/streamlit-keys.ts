/** A key Streamlit reads from a section, with a short note for the completion list. */
export interface KnownKey {
	/** The key. */
	name: string;
	/** What it holds. */
	info: string;
}

const k = (name: string, info: string): KnownKey => ({ name, info });

/** Keys of `[auth]` (the default provider and the settings every provider shares). */
export const authKeys: KnownKey[] = [
	k('redirect_uri', 'Your app URL + /oauth2callback (required)'),
	k('cookie_secret', 'A long random string (required)'),
	k('client_id', 'From your identity provider'),
	k('client_secret', 'From your identity provider'),
	k('server_metadata_url', 'The provider’s .well-known/openid-configuration URL'),
	k('client_kwargs', 'Extra OAuth parameters, e.g. { prompt = "login" }'),
	k('expose_tokens', 'Tokens to expose in st.user.tokens, e.g. ["id"]')
];

/** Keys of a named provider section `[auth.NAME]`. */
export const providerKeys: KnownKey[] = authKeys.slice(2, 6);

/** Common provider names for `[auth.NAME]`. */
export const providers = ['google', 'microsoft', 'auth0', 'okta'];

/** Keys of `[connections.NAME]` by connection type. */
export const connectionKeys: Record<string, KnownKey[]> = {
	sql: [
		k('dialect', 'postgresql, mysql, mssql, sqlite, …'),
		k('host', 'Database server name'),
		k('port', 'Server port'),
		k('database', 'Database name'),
		k('username', 'User name'),
		k('password', 'Password'),
		k('driver', 'SQLAlchemy driver, e.g. psycopg2'),
		k('query', 'Extra URL query parameters'),
		k('url', 'A full SQLAlchemy URL instead of the parts'),
		k('create_engine_kwargs', 'Arguments for sqlalchemy.create_engine')
	],
	snowflake: [
		k('account', 'Account identifier'),
		k('user', 'User name'),
		k('password', 'Password'),
		k('role', 'Role'),
		k('warehouse', 'Warehouse'),
		k('database', 'Database'),
		k('schema', 'Schema'),
		k('authenticator', 'snowflake, externalbrowser, SNOWFLAKE_JWT, …'),
		k('private_key_file', 'Path to a private key for key-pair auth')
	],
	gsheets: [
		k('spreadsheet', 'URL of the spreadsheet'),
		k('type', 'service_account'),
		k('project_id', 'From the service account JSON'),
		k('private_key_id', 'From the service account JSON'),
		k('private_key', 'From the service account JSON'),
		k('client_email', 'From the service account JSON'),
		k('client_id', 'From the service account JSON'),
		k('auth_uri', 'From the service account JSON'),
		k('token_uri', 'From the service account JSON'),
		k('auth_provider_x509_cert_url', 'From the service account JSON'),
		k('client_x509_cert_url', 'From the service account JSON')
	]
};

/** Section headers offered inside `[…]`. */
export const sections: KnownKey[] = [
	k('auth', 'st.login settings'),
	...providers.map((p) => k(`auth.${p}`, `st.login("${p}")`)),
	k('connections.sql', 'st.connection("sql")'),
	k('connections.snowflake', 'st.connection("snowflake")'),
	k('connections.gsheets', 'st.connection("gsheets", type=GSheetsConnection)')
];

/** Returns the connection type a section's name or its `type` value suggests, if any. */
export function connectionKind(name: string, type: string | null): string | null {
	const hint = `${type ?? ''} ${name}`.toLowerCase();
	if (hint.includes('gsheets') || hint.includes('service_account')) return 'gsheets';
	if (hint.includes('snowflake') || hint.includes('snowpark')) return 'snowflake';
	if (/sql|postgres|maria|oracle|db/.test(hint)) return 'sql';
	return null;
}
