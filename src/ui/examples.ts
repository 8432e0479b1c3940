import { defaultCode, type CodeFile } from './code-files.ts';
import { defaultSources, type SourceDraft } from './sources.ts';

/** A ready-made set of secrets sources, and maybe app code, loaded with one click. */
export interface Example {
	/** Short name for the menu. */
	title: string;
	/** What it shows. */
	description: string;
	/** Returns fresh sources for it. */
	sources: () => SourceDraft[];
	/** Returns fresh app files for it, when it has app code (else the app code is emptied). */
	code?: () => CodeFile[];
}

const basic = `# Root keys: st.secrets["api_key"] and os.environ["api_key"]
api_key = "sk-live-1234567890abcdef"
debug_level = 2
timeout_seconds = 7.5
feature_flags = ["search", "export"]

[database]
user = "app"
password = "correct horse battery staple"
`;

const sql = `[connections.sql]
dialect = "postgresql"
driver = "psycopg2"
host = "db.example.com"
port = 5432
database = "analytics"
username = "streamlit"
password = "s3cr3t-password"

[connections.sql.query]
sslmode = "require"
`;

const snowflake = `[connections.snowflake]
account = "xy12345.eu-central-1"
user = "STREAMLIT_APP"
password = "snowflake-password"
role = "ANALYST"
warehouse = "COMPUTE_WH"
database = "SALES"
schema = "PUBLIC"
`;

const gsheets = `[connections.gsheets]
spreadsheet = "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/edit"
type = "service_account"
project_id = "my-project-123456"
private_key_id = "0123456789abcdef0123456789abcdef01234567"
private_key = """-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7example
-----END PRIVATE KEY-----
"""
client_email = "streamlit@my-project-123456.iam.gserviceaccount.com"
client_id = "123456789012345678901"
auth_uri = "https://accounts.google.com/o/oauth2/auth"
token_uri = "https://oauth2.googleapis.com/token"
auth_provider_x509_cert_url = "https://www.googleapis.com/oauth2/v1/certs"
client_x509_cert_url = "https://www.googleapis.com/robot/v1/metadata/x509/streamlit%40my-project-123456.iam.gserviceaccount.com"
`;

const oauth = `# st.login() with one provider
[auth]
redirect_uri = "http://localhost:8501/oauth2callback"
cookie_secret = "a-long-random-string-for-signing-cookies"
client_id = "1234567890-abc.apps.googleusercontent.com"
client_secret = "GOCSPX-example-secret"
server_metadata_url = "https://accounts.google.com/.well-known/openid-configuration"
`;

const providers = `# st.login("google") and st.login("microsoft")
[auth]
redirect_uri = "http://localhost:8501/oauth2callback"
cookie_secret = "a-long-random-string-for-signing-cookies"

[auth.google]
client_id = "1234567890-abc.apps.googleusercontent.com"
client_secret = "GOCSPX-example-secret"
server_metadata_url = "https://accounts.google.com/.well-known/openid-configuration"

[auth.microsoft]
client_id = "00000000-1111-2222-3333-444444444444"
client_secret = "microsoft-example-secret"
server_metadata_url = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration"
client_kwargs = { prompt = "login" }
`;

const mistakes = `# Common mistakes. Streamlit stops at the first one: use the fixes
# in the problems list (or F8 and the editor's quick fixes) to walk through them.
export OPENAI_API_KEY=sk-abc123
password = hunter2
debug = True
data_dir = "C:\\Users\\me\\data"
timeout: 30
PATH = "/opt/app/bin"
keys = "shadowed by a method"

[database]
user = "app"
"my-password" = "p@ss"
`;

const globalText = `# ~/.streamlit/secrets.toml: shared by every app on this computer
openai_key = "sk-global-key"

[database]
host = "localhost"
user = "me"
password = "local-password"
`;

const projectText = `# .streamlit/secrets.toml: this app's own file
[database]
user = "app"
`;

const chatbotSecrets = `# A chatbot's secrets: its code reads one key that is not here
OPENAI_API_KEY = "sk-proj-example-0123456789abcdef"
OPENAI_ORG = "org-example"

[db]
host = "db.example.com"
port = 5432
user = "chatbot"
`;

const chatbotApp = `import streamlit as st
from openai import OpenAI

st.title("Chatbot")

client = OpenAI(api_key=st.secrets["OPENAI_API_KEY"])
model = st.secrets.get("OPENAI_MODEL", "gpt-4o-mini")

db = st.secrets.db
url = f"postgresql://{db.user}:{st.secrets.db.password}@{db.host}:{db.port}/chat"

if prompt := st.chat_input("Ask me anything"):
    st.chat_message("user").write(prompt)
    reply = client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": prompt}]
    )
    st.chat_message("assistant").write(reply.choices[0].message.content)
`;

const chatbotPage = `import streamlit as st

st.title("History")
try:
    limit = st.secrets["HISTORY_LIMIT"]
except KeyError:
    limit = 50
st.write(f"Showing the last {limit} chats from {st.secrets.db.host}")
`;

/** The examples, in menu order. */
export const examples: Example[] = [
	{
		title: 'Basic keys',
		description: 'Strings, numbers, a list and a table',
		sources: () => defaultSources(basic)
	},
	{
		title: 'SQL database',
		description: 'st.connection("sql")',
		sources: () => defaultSources(sql)
	},
	{
		title: 'Snowflake',
		description: 'st.connection("snowflake")',
		sources: () => defaultSources(snowflake)
	},
	{
		title: 'Google Sheets service account',
		description: 'st.connection("gsheets", type=GSheetsConnection)',
		sources: () => defaultSources(gsheets)
	},
	{ title: 'OAuth, one provider', description: 'st.login()', sources: () => defaultSources(oauth) },
	{
		title: 'OAuth, several providers',
		description: 'st.login("google")',
		sources: () => defaultSources(providers)
	},
	{
		title: 'Global and project files',
		description: 'How a later file replaces a whole table',
		sources: () => defaultSources(projectText, globalText)
	},
	{
		title: 'Common mistakes',
		description: 'A file full of them',
		sources: () => defaultSources(mistakes)
	},
	{
		title: 'Chatbot app',
		description: 'App code that reads a key the secrets lack',
		sources: () => defaultSources(chatbotSecrets),
		code: () => [
			...defaultCode(chatbotApp),
			{ id: 'app-example-history', path: 'pages/1_History.py', text: chatbotPage }
		]
	}
];
