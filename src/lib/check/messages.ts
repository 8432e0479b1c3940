import type { Diagnostic, Severity } from '../diagnostic.ts';

interface Entry<A> {
	severity: Severity;
	message: (a: A) => string;
	hint: (a: A) => string;
}

const entry = <A>(
	severity: Severity,
	message: (a: A) => string,
	hint: (a: A) => string
): Entry<A> => ({ severity, message, hint });

const code = (s: string) => '`' + s.replace(/`/g, "'") + '`';

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
	'streamlit/parser-crash': entry<{ type: string; error: string }>(
		'error',
		(a) => `Streamlit's parser crashes on this file with ${code(`${a.type}: ${a.error}`)}`,
		() => 'Every st.secrets access will raise this exception; close the open bracket or string'
	),
	'streamlit/error-message-crash': entry<{ type: string; error: string }>(
		'error',
		(a) =>
			`Streamlit fails while reporting the error in this file and raises ${code(`${a.type}: ${a.error}`)} instead`,
		() => 'Braces in the error message break Streamlit; fix the TOML error on this line'
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
