/** Streamlit and TOML documentation pages the explanations link to (links only, never fetched). */
export const docs = {
	secrets: 'https://docs.streamlit.io/develop/concepts/connections/secrets-management',
	api: 'https://docs.streamlit.io/develop/api-reference/connections/st.secrets',
	login: 'https://docs.streamlit.io/develop/api-reference/user/st.login',
	connection: 'https://docs.streamlit.io/develop/api-reference/connections/st.connection',
	toml: 'https://toml.io/en/v1.0.0'
} as const;

/** Why a diagnostic matters, in a sentence or two, and where to read more. */
export interface Lesson {
	/** One or two sentences, user text in backticks. */
	why: string;
	/** A documentation page. */
	url: string;
	/** The page's name, for the link text. */
	title: string;
}

const titles: Record<string, string> = {
	[docs.secrets]: 'Secrets management',
	[docs.api]: 'st.secrets',
	[docs.login]: 'st.login',
	[docs.connection]: 'st.connection',
	[docs.toml]: 'TOML v1.0.0'
};

const oldParser =
	'Streamlit reads secrets with the old Python `toml` 0.10.2 package, not a current TOML parser.';
const everyAccess = 'When a file cannot be read, every `st.secrets` access in your app raises.';

const whys: Record<string, [string, string]> = {
	'toml/syntax': [
		`${everyAccess} TOML is strict about where keys, values and brackets go.`,
		docs.toml
	],
	'toml/unquoted-string': ['TOML has no bare words: text values need quotes.', docs.toml],
	'toml/python-boolean': ['TOML booleans are lowercase `true` and `false`.', docs.toml],
	'toml/null-value': [
		'TOML has no null; a key is either present with a value or absent.',
		docs.toml
	],
	'toml/colon-instead-of-equals': ['TOML separates keys from values with `=`.', docs.toml],
	'toml/windows-path-escape': [
		'In double-quoted strings a backslash starts an escape such as `\\n`, so Windows paths change or break.',
		docs.toml
	],
	'toml/invalid-escape': ['Only a few escapes exist in TOML strings.', docs.toml],
	'toml/dotenv-line': [
		'A `.env` file and `secrets.toml` look alike but follow different rules.',
		docs.secrets
	],
	'toml/duplicate-key': ['A key can be defined only once per table.', docs.toml],
	'toml/invalid-key': ['Bare keys may only use letters, digits, `_` and `-`.', docs.toml],
	'toml/smart-quotes': [
		'Only the straight quotes `"` and `\'` start and end TOML strings. Typographic quotes such as `“ ”` or `‘ ’`, which word processors, chat apps and web pages put in place of typed quotes, are ordinary characters: quoting them again would make them part of the secret.',
		docs.toml
	],
	'toml/invisible-character': [
		'A zero-width space or a byte order mark inside a key is invisible in the editor but makes it a different key, so `st.secrets["key"]` does not find it.',
		docs.toml
	],
	'streamlit/invisible-in-key': [
		'A quoted key may hold characters that draw nothing, such as a zero width space; the app then has to read it with exactly those characters.',
		docs.secrets
	],
	'toml/invalid-number': [
		'TOML numbers have no leading zeros, no stray underscores and a digit on both sides of a decimal point (`0.5`, not `.5`).',
		docs.toml
	],
	'streamlit/parse-error': [`${oldParser} ${everyAccess}`, docs.secrets],
	'streamlit/parser-crash': [`${oldParser} ${everyAccess}`, docs.secrets],
	'streamlit/error-message-crash': [`${oldParser} ${everyAccess}`, docs.secrets],
	'streamlit/accepts-invalid-toml': [
		oldParser + ' It accepts some text other tools reject.',
		docs.secrets
	],
	'streamlit/value-differs': [oldParser + ' Your app gets the value it reads.', docs.secrets],
	'streamlit/key-differs': [oldParser + ' Your app gets the key it reads.', docs.secrets],
	'streamlit/env-illegal-name': [
		'Streamlit copies every root string and number to `os.environ`; a name the system refuses stops the whole load.',
		docs.secrets
	],
	'streamlit/env-overrides-variable': [
		'Streamlit copies every root string and number to `os.environ`, replacing variables other code relies on.',
		docs.secrets
	],
	'streamlit/shadowed-by-method': [
		'Attribute access finds the methods of `st.secrets` and its tables before your keys.',
		docs.api
	],
	'streamlit/replaced-by-later-source': [
		'Streamlit merges secrets files with `dict.update`: a later file replaces a whole root key, tables included.',
		docs.secrets
	],
	'streamlit/no-secrets': [
		'Without any secrets file, every `st.secrets` access raises.',
		docs.secrets
	],
	'streamlit/source-error': ['Secrets folders must hold one sub-folder per secret.', docs.secrets],
	'streamlit/unicode-decode-error': ['Streamlit opens secrets files as UTF-8.', docs.secrets],
	'streamlit/bom-in-key': [
		'Streamlit does not remove a byte order mark before parsing.',
		docs.secrets
	],
	'hygiene/placeholder-value': [
		'Streamlit hands your app every value exactly as written: a placeholder only fails later, at the login or connection that uses it.',
		docs.secrets
	],
	'hygiene/surrounding-whitespace': [
		'Streamlit keeps every character inside the quotes, so a password or token with a space around it no longer matches.',
		docs.secrets
	],
	'hygiene/real-credential': [
		'Anyone who can read this file can use the credential. Keep real values in your host’s secrets settings, never in a repository or a shared link.',
		docs.secrets
	],
	'hygiene/keep-out-of-git': [
		'Streamlit reads `.streamlit/secrets.toml` from the app’s folder, which is usually a git repository; a committed file publishes every secret in it.',
		docs.secrets
	]
};

function pageFor(code: string): string {
	if (/auth|login|oauth/.test(code)) return docs.login;
	if (code.includes('connection')) return docs.connection;
	return code.startsWith('toml/') ? docs.toml : docs.secrets;
}

/** Returns why a diagnostic code matters and which page explains it, with a fallback by prefix. */
export function lessonFor(code: string): Lesson {
	const known = whys[code];
	const why = known
		? known[0]
		: code.startsWith('toml/')
			? 'Streamlit only reads valid TOML reliably; other tools reject the rest.'
			: 'This is how Streamlit behaves with this file at run time.';
	const url = known ? known[1] : pageFor(code);
	return { why, url, title: titles[url] };
}
