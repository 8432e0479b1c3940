import type { PyDict } from '../python/values.ts';
import { envVariables, type EnvOptions } from './env-vars.ts';
import { convertNotes } from './notes.ts';
import type { ExportResult } from './results.ts';

// python-dotenv's whitespace: Python's `\s`, which also covers \x1c-\x1f and \x85.
const space = '\\s\\x1c-\\x1f\\x85';
const unquotedName = new RegExp(`^[^=#'${space}][^=#${space}]*$`);
const quotableName = /^[^'=\r\n]+$/;
const unquotedValue = new RegExp(`^[^'"${space}](?:[^\\r\\n]*[^${space}])?$`);

/** Returns the name as python-dotenv reads it back: bare, or in single quotes. */
function dotenvName(name: string): string {
	return unquotedName.test(name) ? name : `'${name}'`;
}

/**
 * Returns the value as python-dotenv reads it back. Double quotes, with the escapes it
 * decodes; a value ending in a backslash is left bare, because python-dotenv would take
 * `\\"` for an escaped quote and read on to the next `"` in the file.
 */
function dotenvValue(value: string): string | null {
	if (value.endsWith('\\')) return unquotedValue.test(value) && !/\s#/.test(value) ? value : null;
	const body = value.replace(/[\\"\n\r\t]/g, (c) =>
		c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : '\\' + c
	);
	return `"${body}"`;
}

/**
 * Exports secrets as a `.env` file for python-dotenv (`load_dotenv()`), one
 * `NAME="value"` line each. By default holds what Streamlit exports to `os.environ`
 * (root strings and numbers); see {@link EnvOptions} for nested tables. Streamlit
 * itself never reads `.env` files, which the notes say.
 */
export function exportDotenv(secrets: PyDict, options: EnvOptions = {}): ExportResult {
	const { variables, notes } = envVariables(
		secrets,
		{
			accepts: (name) => unquotedName.test(name) || quotableName.test(name),
			describe: 'python-dotenv'
		},
		options
	);
	const lines: string[] = [];
	const unwritable: string[][] = [];
	const expanded: string[][] = [];
	for (const v of variables) {
		const value = dotenvValue(v.value);
		if (value === null) unwritable.push(v.path);
		else lines.push(`${dotenvName(v.name)}=${value}`);
		if (value !== null && /\$\{[^}]*\}/.test(v.value)) expanded.push(v.path);
	}
	const all = [convertNotes.envDotenvNotRead(), convertNotes.envDotenvFormat(), ...notes];
	if (unwritable.length) all.push(convertNotes.envBadValue(unwritable, 'python-dotenv'));
	if (expanded.length) all.push(convertNotes.envInterpolation(expanded));
	return { text: lines.map((l) => l + '\n').join(''), notes: all };
}
