/** A documentation page a diagnostic's lesson links to (a link only, never fetched). */
export interface DocsPage {
	/** The page's address. */
	url: string;
	/** The page's name, for the link text. */
	title: string;
}

/** The Streamlit and TOML pages the lessons link to. */
export const docsPages = {
	secrets: {
		url: 'https://docs.streamlit.io/develop/concepts/connections/secrets-management',
		title: 'Secrets management'
	},
	api: {
		url: 'https://docs.streamlit.io/develop/api-reference/connections/st.secrets',
		title: 'st.secrets'
	},
	login: {
		url: 'https://docs.streamlit.io/develop/api-reference/user/st.login',
		title: 'st.login'
	},
	connection: {
		url: 'https://docs.streamlit.io/develop/api-reference/connections/st.connection',
		title: 'st.connection'
	},
	sqlConnection: {
		url: 'https://docs.streamlit.io/develop/api-reference/connections/st.connections.sqlconnection',
		title: 'st.connections.SQLConnection'
	},
	snowflakeConnection: {
		url: 'https://docs.streamlit.io/develop/api-reference/connections/st.connections.snowflakeconnection',
		title: 'st.connections.SnowflakeConnection'
	},
	toml: { url: 'https://toml.io/en/v1.0.0', title: 'TOML v1.0.0' }
} as const satisfies Record<string, DocsPage>;

/** The start of the lesson of every problem Streamlit's own parser has. */
export const oldParserWhy =
	'Streamlit reads secrets with the old Python `toml` 0.10.2 package, not a current TOML parser.';

/** The lesson of every problem that stops the file from loading. */
export const everyAccessWhy =
	'When a file cannot be read, every `st.secrets` access in your app raises.';
