import { providerKeys } from '../rules/auth-rules.ts';
import { firstPartyConnections } from '../streamlit/connection-types.ts';
import { serviceAccountKeys } from '../rules/service-account-rules.ts';
import { keyPair } from '../rules/snowflake-rules.ts';
import { sqlDialects } from '../rules/sql-rules.ts';

/** Where the schema is meant to be published (the name SchemaStore would give it). */
export const secretsSchemaId = 'https://json.schemastore.org/streamlit-secrets.json';

const docs = {
	secrets: 'https://docs.streamlit.io/develop/concepts/connections/secrets-management',
	login: 'https://docs.streamlit.io/develop/api-reference/user/st.login',
	connection: 'https://docs.streamlit.io/develop/api-reference/connections/st.connection',
	sql: 'https://docs.streamlit.io/develop/api-reference/connections/st.connections.sqlconnection',
	snowflake:
		'https://docs.streamlit.io/develop/api-reference/connections/st.connections.snowflakeconnection'
};

const text = (description: string) => ({ type: 'string', description });
const url = (description: string) => ({ type: 'string', pattern: '^https?://', description });

const providerProperties = {
	client_id: text('The OAuth client ID the identity provider issued.'),
	client_secret: text('The OAuth client secret the identity provider issued.'),
	server_metadata_url: url(
		"The provider's OpenID Connect discovery URL, usually ending in `/.well-known/openid-configuration`."
	),
	client_kwargs: {
		type: 'object',
		description: 'Extra arguments for the OAuth client, for example `prompt = "select_account"`.'
	}
};

/** An `[auth.NAME]` table: one identity provider for `st.login("NAME")`. */
const provider = {
	type: 'object',
	title: 'An st.login provider',
	description: `The credentials of one identity provider, used by \`st.login("NAME")\`. It needs ${providerKeys.map((k) => `\`${k}\``).join(', ')}. See ${docs.login}`,
	required: [...providerKeys],
	properties: providerProperties,
	additionalProperties: true
};

const typeIs = (types: readonly string[]) => ({
	properties: { type: { enum: [...types] } },
	required: ['type']
});

const sqlConnection = {
	additionalProperties: true,
	properties: {
		url: text('A full SQLAlchemy URL, such as `postgresql://user:password@host:5432/db`.'),
		dialect: {
			type: 'string',
			description: `The SQLAlchemy dialect, such as \`postgresql\`, \`mysql\` or \`sqlite\`. See ${docs.sql}`,
			examples: [...sqlDialects]
		},
		driver: text('The database driver, such as `psycopg2` or `pymysql`.'),
		host: text('The database host name.'),
		port: { type: 'integer', minimum: 1, maximum: 65535, description: 'The database port.' },
		database: text('The database name.'),
		username: text('The database user.'),
		password: text('The database password.'),
		query: { type: 'object', description: 'Query parameters added to the URL.' },
		create_engine_kwargs: {
			type: 'object',
			description: 'Arguments passed to `sqlalchemy.create_engine`.'
		}
	}
};

const snowflakeConnection = {
	additionalProperties: true,
	properties: {
		account: text('The Snowflake account identifier (`orgname-account_name`), not a URL.'),
		user: text('The Snowflake user.'),
		password: text('The password, for password authentication.'),
		authenticator: text(
			'How to authenticate: `snowflake_jwt` (key pair), `oauth`, `externalbrowser`, …'
		),
		token: text('The OAuth or programmatic access token.'),
		...Object.fromEntries(
			keyPair.map((k) => [k, text('The private key of key-pair authentication.')])
		),
		warehouse: text('The warehouse to use.'),
		database: text('The database to use.'),
		schema: text('The schema to use.'),
		role: text('The role to use.')
	}
};

/** A `[connections.NAME]` table: the settings `st.connection("NAME")` reads. */
const connection = {
	type: 'object',
	title: 'An st.connection configuration',
	description: `The settings of \`st.connection("NAME")\`. \`type\` is one of ${firstPartyConnections.map((t) => `\`${t}\``).join(', ')} or the class path of a connection package. See ${docs.connection}`,
	properties: {
		type: {
			description: `The connection class: ${firstPartyConnections.map((t) => `\`${t}\``).join(', ')}, or a full class path such as \`streamlit_gsheets.GSheetsConnection\`.`,
			anyOf: [
				{ enum: [...firstPartyConnections] },
				{ type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+$' }
			]
		}
	},
	additionalProperties: true,
	allOf: [
		{ if: typeIs(['sql']), then: sqlConnection },
		{ if: typeIs(['snowflake', 'snowflake-callers-rights', 'snowpark']), then: snowflakeConnection }
	]
};

/** A Google service-account table, as `[gcp_service_account]` or a gsheets connection holds it. */
const serviceAccount = {
	type: 'object',
	title: 'A Google service account',
	description: `The fields of a Google service-account JSON key, in TOML. It needs ${serviceAccountKeys.required.map((k) => `\`${k}\``).join(', ')}.`,
	required: [...serviceAccountKeys.required],
	properties: Object.fromEntries(
		[...serviceAccountKeys.required, ...serviceAccountKeys.expected].map((k) => [
			k,
			{ type: 'string' }
		])
	),
	additionalProperties: true
};

/**
 * Returns the JSON Schema (draft-07) of `.streamlit/secrets.toml`, from the same data the
 * `[auth]` and `[connections.*]` checks use: `[auth]` needs `redirect_uri` and `cookie_secret`,
 * each `[auth.NAME]` provider its client ID, secret and metadata URL; `[connections.NAME]`
 * tables have a known `type` and, for `sql` and Snowflake, typed settings. Every other root
 * key is free, as Streamlit allows.
 */
export function secretsSchema(): Record<string, unknown> {
	return {
		$schema: 'http://json-schema.org/draft-07/schema#',
		$id: secretsSchemaId,
		title: 'Streamlit secrets (.streamlit/secrets.toml)',
		description: `The secrets a Streamlit app reads with \`st.secrets\`, \`st.login\` and \`st.connection\`. See ${docs.secrets}`,
		type: 'object',
		properties: {
			auth: {
				type: 'object',
				title: 'st.login settings',
				description: `The settings of \`st.login\`: \`redirect_uri\` and \`cookie_secret\`, then either one provider's keys here or one \`[auth.NAME]\` table per provider. See ${docs.login}`,
				required: ['redirect_uri', 'cookie_secret'],
				properties: {
					redirect_uri: url(
						"The app's address followed by `/oauth2callback`, such as `http://localhost:8501/oauth2callback`."
					),
					cookie_secret: {
						type: 'string',
						minLength: 1,
						description: 'A long random string that signs the login cookie.'
					},
					...providerProperties,
					expose_tokens: {
						description: 'Which tokens `st.user.tokens` exposes.',
						anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }]
					}
				},
				additionalProperties: provider
			},
			connections: {
				type: 'object',
				title: 'st.connection settings',
				description: `One table per connection: \`[connections.NAME]\` for \`st.connection("NAME")\`. See ${docs.connection}`,
				additionalProperties: connection
			},
			gcp_service_account: serviceAccount
		},
		// Any other root key is the app's own secret.
		additionalProperties: true,
		definitions: { provider, connection, serviceAccount }
	};
}
