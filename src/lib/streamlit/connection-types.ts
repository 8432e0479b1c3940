/** What `st.connection` accepts as a type, and the texts it raises (`connection_factory.py`). */

/** The connection types `st.connection` knows by name (`_FIRST_PARTY_CONNECTIONS`). */
export const firstPartyConnections = ['snowflake', 'snowflake-callers-rights', 'snowpark', 'sql'];

/** `str(_FIRST_PARTY_CONNECTIONS)`, as `Invalid connection` errors print it. */
export const firstPartyRepr =
	"{'snowflake': <class 'streamlit.connections.snowflake_connection.SnowflakeConnection'>, 'snowflake-callers-rights': <class 'streamlit.connections.snowflake_connection.SnowflakeCallersRightsConnection'>, 'snowpark': <class 'streamlit.connections.snowpark_connection.SnowparkConnection'>, 'sql': <class 'streamlit.connections.sql_connection.SQLConnection'>}";

/** The `StreamlitAPIException` text of an SQL connection with no settings at all. */
export const sqlMissingConfigText =
	'Missing SQL DB connection configuration. Did you forget to set this in `secrets.toml` or as kwargs to `st.connection`?';

/** Returns the `StreamlitAPIException` text for a connection type that is neither built in nor a class path. */
export function invalidConnectionText(type: string): string {
	return `Invalid connection '${type}'. Supported connection classes: ${firstPartyRepr}`;
}

/** Returns whether `st.connection` resolves a type string without importing anything. */
export function isFirstParty(type: string): boolean {
	return firstPartyConnections.includes(type);
}

/**
 * Connection packages whose documented table name says what the table is for, with the
 * `type` class path their docs give (`st.connection("gsheets", type=GSheetsConnection)`).
 */
const typesByName: readonly [RegExp, string][] = [
	[/^gsheets?$|^google[-_]?sheets?$/i, 'streamlit_gsheets.GSheetsConnection'],
	[/^supabase(?:[-_]connection)?$/i, 'st_supabase_connection.SupabaseConnection'],
	[/^(?:s3|gcs|files?)$/i, 'st_files_connection.FilesConnection'],
	[/^snowflake|snowflake$/i, 'snowflake'],
	[/^(?:postgres(?:ql)?|mysql|mariadb|sqlite|mssql|sql[-_]?server|oracle|db|database)$/i, 'sql']
];

/** Returns the `type` the name of a `[connections.NAME]` table implies, or null. */
export function typeFromName(name: string): string | null {
	for (const [pattern, type] of typesByName) if (pattern.test(name)) return type;
	return null;
}
