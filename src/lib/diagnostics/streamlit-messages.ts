import type { Diagnostic } from '../diagnostic.ts';
import { catalogueDiagnostic, code, entry, type EntryArgs } from './catalogue.ts';
import { docsPages, everyAccessWhy, oldParserWhy } from './docs-pages.ts';
import { legacyHint } from './legacy-hints.ts';

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
			'Every st.secrets access will raise StreamlitSecretNotFoundError; rewrite this line in a form the old parser reads',
		{
			why: `${oldParserWhy} ${everyAccessWhy}`,
			docs: docsPages.secrets
		}
	),
	'streamlit/later-parse-error': entry<{ error: string }>(
		'error',
		(a) =>
			`Once the errors before it are fixed, Streamlit's parser (toml 0.10.2) stops here with ${code(a.error)}`,
		() => 'Rewrite this line in a form the old parser reads',
		{
			why: `${oldParserWhy} It reports only the first error in a file, so this one shows up once those before it are fixed; until then the file does not load.`,
			docs: docsPages.secrets
		}
	),
	'streamlit/parser-crash': entry<{ type: string; error: string }>(
		'error',
		(a) => `Streamlit's parser crashes on this file with ${code(`${a.type}: ${a.error}`)}`,
		() => 'Every st.secrets access will raise this exception; close the open bracket or string',
		{
			why: `${oldParserWhy} ${everyAccessWhy}`,
			docs: docsPages.secrets
		}
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
		braceHint,
		{
			why: `${oldParserWhy} ${everyAccessWhy}`,
			docs: docsPages.secrets
		}
	),
	'streamlit/unicode-decode-error': entry<{ error: string }>(
		'error',
		(a) => `Streamlit cannot decode this file: ${code(`UnicodeDecodeError: ${a.error}`)}`,
		() => 'Save the file as UTF-8',
		{ why: 'Streamlit opens secrets files as UTF-8.', docs: docsPages.secrets }
	),
	'streamlit/accepts-invalid-toml': entry<{ key?: string; value?: string }>(
		'info',
		(a) =>
			a.key !== undefined && a.value !== undefined
				? `Streamlit's parser accepts this although it is not valid TOML, and reads ${code(a.key)} as ${code(a.value)}`
				: "Streamlit's parser accepts this file although it is not valid TOML",
		() => 'Fix the TOML anyway: other tools, and a future Streamlit, will reject it',
		{ why: `${oldParserWhy} It accepts some text other tools reject.`, docs: docsPages.secrets }
	),
	'streamlit/value-differs': entry<{ path: string; streamlit: string; toml: string }>(
		'warning',
		(a) => `Streamlit reads ${code(a.path)} as ${code(a.streamlit)}, not ${code(a.toml)}`,
		() => 'Write the value in a form both parsers read the same way',
		{ why: `${oldParserWhy} Your app gets the value it reads.`, docs: docsPages.secrets }
	),
	'streamlit/key-differs': entry<{ path: string; streamlit: string }>(
		'warning',
		(a) => `Streamlit stores ${code(a.path)} under the key ${code(a.streamlit)}`,
		() => 'Remove the spaces or quotes around the dot, or quote the whole key',
		{ why: `${oldParserWhy} Your app gets the key it reads.`, docs: docsPages.secrets }
	),
	'streamlit/bom-in-key': entry<{ key: string }>(
		'warning',
		(a) =>
			`Streamlit keeps the byte order mark, so the first key is ${code('\\ufeff' + a.key)} and ${code(`st.secrets["${a.key}"]`)} raises KeyError`,
		() => 'Save the file as UTF-8 without a byte order mark',
		{ why: 'Streamlit does not remove a byte order mark before parsing.', docs: docsPages.secrets }
	),
	'streamlit/invisible-in-key': entry<{ key: string; char: string }>(
		'warning',
		(a) =>
			`This key holds the invisible character ${code(a.char)}, so ${code(`st.secrets["${a.key}"]`)} raises KeyError`,
		() =>
			'Remove the character from the key; it often comes with text copied from a web page or chat',
		{
			why: 'A quoted key may hold characters that draw nothing, such as a zero width space; the app then has to read it with exactly those characters.',
			docs: docsPages.secrets
		}
	),
	'streamlit/env-illegal-name': entry<{ key: string; error: string }>(
		'error',
		(a) =>
			`Exporting ${code(a.key)} to os.environ raises ${code(a.error)}, so every st.secrets access fails`,
		() => 'Rename the key, or move it into a table so it is not exported',
		{
			why: 'Streamlit copies every root string and number to `os.environ`; a name the system refuses stops the whole load.',
			docs: docsPages.secrets
		}
	),
	'streamlit/env-overrides-variable': entry<{ key: string }>(
		'warning',
		(a) => `This root key replaces the environment variable ${code(a.key)} for the whole app`,
		() => 'Move the key into a table, or give it another name',
		{
			why: 'Streamlit copies every root string and number to `os.environ`, replacing variables other code relies on.',
			docs: docsPages.secrets
		}
	),
	'streamlit/shadowed-by-method': entry<{ key: string; qualname: string }>(
		'info',
		(a) => `${code(`.${a.key}`)} returns the method ${code(a.qualname)}, not this secret`,
		(a) => `Read it as ${code(`["${a.key}"]`)}`,
		{
			why: 'Attribute access finds the methods of `st.secrets` and its tables before your keys.',
			docs: docsPages.api
		}
	),
	'streamlit/replaced-by-later-source': entry<{ key: string; by: string }>(
		'info',
		(a) => `${code(a.key)} is replaced as a whole by ${code(a.by)}, which Streamlit reads later`,
		() => 'Streamlit merges files shallowly: repeat every key of the table in the later file',
		{
			why: 'Streamlit merges secrets files with `dict.update`: a later file replaces a whole root key, tables included.',
			docs: docsPages.secrets
		}
	),
	'streamlit/no-secrets': entry<{ error: string }>(
		'error',
		(a) => `No secrets source exists: ${code(a.error)}`,
		() => 'Create .streamlit/secrets.toml in the project folder',
		{ why: 'Without any secrets file, every `st.secrets` access raises.', docs: docsPages.secrets }
	),
	'streamlit/source-error': entry<{ type: string; error: string }>(
		'error',
		(a) => `Streamlit raises ${code(`${a.type}: ${a.error}`)} for this source`,
		() => 'Mount every secret in a sub-folder, or list only .toml files and directories',
		{ why: 'Secrets folders must hold one sub-folder per secret.', docs: docsPages.secrets }
	)
} as const;

/** Every `streamlit/…` code. */
export type StreamlitCode = keyof typeof streamlitMessages;

/** Builds a `streamlit/…` diagnostic for the range `from`–`to` of source `source`. */
export function streamlitDiagnostic<C extends StreamlitCode>(
	c: C,
	args: EntryArgs<typeof streamlitMessages, C>,
	from: number,
	to: number,
	source?: number
): Diagnostic {
	return catalogueDiagnostic(streamlitMessages, c, args, from, to, source);
}
