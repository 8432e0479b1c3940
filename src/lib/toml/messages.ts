import type { Diagnostic, Fix } from '../diagnostic';
import {
	catalogueDiagnostic,
	code as inlineCode,
	entry,
	type EntryArgs
} from '../diagnostics/catalogue.ts';
import { docsPages, everyAccessWhy } from '../diagnostics/docs-pages.ts';

/** Shortens user text for a message and wraps it in backticks (backticks kept). */
const code = (text: string, max = 40) =>
	inlineCode(text, { max, oneLine: true, keepBackticks: true });

const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** What is wrong with a date or time literal, for `toml/invalid-date`. */
export type DateProblem =
	| { part: 'month' }
	| { part: 'day'; month: number; year: number; days: number }
	| { part: 'hour' | 'minute' | 'second' | 'offset' }
	| { part: 'format' };

function dateHint(problem: DateProblem): string {
	switch (problem.part) {
		case 'month':
			return 'Use a month from 01 to 12';
		case 'day':
			return `Use a day from 01 to ${problem.days}: ${monthNames[problem.month - 1]} ${problem.year} has ${problem.days} days`;
		case 'hour':
			return 'Use an hour from 00 to 23';
		case 'minute':
			return 'Use minutes from 00 to 59';
		case 'second':
			return 'Use seconds from 00 to 59';
		case 'offset':
			return 'Write the offset as `Z` or `+HH:MM` with an hour up to 23 and minutes up to 59';
		case 'format':
			return 'Write dates as `YYYY-MM-DD` and times as `HH:MM:SS`, or quote the value to make it a string';
	}
}

/**
 * Plain-language wording for smol-toml's own error reasons, used by `toml/syntax`. Keys are
 * smol-toml's messages; `token` is the text at the error.
 */
const syntaxReasons: Record<string, { message: (token: string) => string; hint: string }> = {
	'each key-value declaration must be followed by an end-of-line': {
		message: (token) => `Unexpected ${code(token)} after a complete value`,
		hint: 'Put each `key = value` on its own line, or quote a value that contains spaces'
	},
	'expected comma or end of structure': {
		message: (token) => `Expected a comma or a closing bracket before ${code(token)}`,
		hint: 'Separate the items with commas'
	},
	'expected end of table array declaration': {
		message: () => 'An array-of-tables header must end with `]]`',
		hint: 'Close the header with `]]`'
	},
	'unexpected end of key': {
		message: () => 'A key is missing here',
		hint: 'Write a key, quoting it if it contains spaces or symbols'
	},
	'illegal empty bare key': {
		message: () => 'A dotted key has an empty part',
		hint: 'Remove the extra `.` or write a name between the dots'
	},
	'illegal quoted key: multiline strings are not allowed': {
		message: () => 'A key cannot be a multi-line string',
		hint: 'Quote the key with a single `"` or `\'`'
	},
	'illegal character in key': {
		message: (token) => `Unexpected ${code(token)} where a key should be`,
		hint: 'Write `key = value`, quoting the key if it contains other characters'
	},
	'invalid value': {
		message: (token) => (token ? `Expected a value before ${code(token)}` : 'Expected a value'),
		hint: 'Write a value here, or remove the extra comma'
	},
	'illegal character in numeric literal': {
		message: (token) => `Unexpected ${code(token)} in a number`,
		hint: 'Check the brackets and commas around this number'
	}
};

/** Every diagnostic this module can produce, with its severity, message builder and hint. */
export const tomlMessages = {
	'toml/invalid-utf8': entry<{ pythonMessage: string }>(
		'error',
		(a) => `The file is not valid UTF-8: ${code(a.pythonMessage, Infinity)}`,
		() => 'Save the file with UTF-8 encoding; Streamlit cannot read it otherwise',
		{
			why: 'A TOML file must be valid UTF-8, and Streamlit opens secrets files as UTF-8: a byte that is not raises `UnicodeDecodeError` from every `st.secrets` access.',
			docs: docsPages.toml
		}
	),
	'toml/syntax': entry<{ reason: string; token: string }>(
		'error',
		(a) => syntaxReasons[a.reason]?.message(a.token) ?? `Invalid TOML: ${a.reason}`,
		(a) => syntaxReasons[a.reason]?.hint ?? 'Check the TOML syntax around this point',
		{
			why: `${everyAccessWhy} TOML is strict about where keys, values and brackets go.`,
			docs: docsPages.toml
		}
	),
	'toml/unquoted-string': entry<{ value: string }>(
		'error',
		(a) => `The value ${code(a.value)} is not quoted`,
		() => 'Put text in double quotes; TOML has no unquoted strings',
		{
			fixLabel: 'Quote the value',
			why: 'TOML has no bare words: text values need quotes.',
			docs: docsPages.toml
		}
	),
	'toml/python-boolean': entry<{ value: string }>(
		'error',
		(a) => `${code(a.value)} is not a TOML boolean`,
		(a) => `Write ${code(a.value.toLowerCase())} in lowercase; TOML is not Python`,
		{
			fixLabel: 'Use a lowercase boolean',
			why: 'TOML booleans are lowercase `true` and `false`.',
			docs: docsPages.toml
		}
	),
	'toml/null-value': entry<{ value: string }>(
		'error',
		(a) => `TOML has no null value like ${code(a.value)}`,
		() => 'Remove the key, or use an empty string `""`',
		{
			why: 'TOML has no null; a key is either present with a value or absent.',
			docs: docsPages.toml
		}
	),
	'toml/colon-instead-of-equals': entry<{ key: string }>(
		'error',
		(a) => `The key ${code(a.key)} is followed by a colon instead of \`=\``,
		() => 'Use `=` between a key and its value; `:` is YAML or JSON syntax',
		{
			fixLabel: 'Use = instead of :',
			why: 'TOML separates keys from values with `=`.',
			docs: docsPages.toml
		}
	),
	'toml/windows-path-escape': entry<{ value: string }>(
		'error',
		(a) => `The backslashes in ${code(a.value)} start escape sequences`,
		() => 'Use single quotes for a literal string, or double every backslash',
		{
			fixLabel: 'Keep the backslashes as written',
			why: 'In double-quoted strings a backslash starts an escape such as `\\n`, so Windows paths change or break.',
			docs: docsPages.toml
		}
	),
	'toml/invalid-escape': entry<{ escape: string }>(
		'error',
		(a) => `${code(a.escape)} is not a valid escape sequence`,
		() => 'Write `\\\\` for a literal backslash, or use a single-quoted literal string',
		{
			fixLabel: 'Escape the backslash',
			why: 'Only a few escapes exist in TOML strings.',
			docs: docsPages.toml
		}
	),
	'toml/dotenv-line': entry<{ key: string }>(
		'error',
		(a) => `The line for ${code(a.key)} is written in .env syntax`,
		() => 'Write it as `KEY = "value"`, without `export` and with the value quoted',
		{
			fixLabel: 'Rewrite as TOML',
			why: 'A `.env` file and `secrets.toml` look alike but follow different rules.',
			docs: docsPages.secrets
		}
	),
	'toml/duplicate-key': entry<{ key: string }>(
		'error',
		(a) => `${code(a.key)} is defined more than once`,
		() => 'Remove or rename one of the definitions',
		{ why: 'A key can be defined only once per table.', docs: docsPages.toml }
	),
	'toml/invalid-date': entry<{ value: string; problem: DateProblem }>(
		'error',
		(a) => `${code(a.value)} is not a valid date or time`,
		(a) => dateHint(a.problem),
		{
			why: "An unquoted value that starts like a date must be a real date or time, such as `1979-05-27` or `07:32:00`; Streamlit's parser rejects one such as `2020-02-30`.",
			docs: docsPages.toml
		}
	),
	'toml/invalid-number': entry<{ value: string; fixed?: string }>(
		'error',
		(a) => `${code(a.value)} is not a valid TOML number`,
		(a) =>
			a.fixed
				? `Write ${code(a.fixed)}: a TOML number needs a digit on both sides of the decimal point`
				: 'Remove leading zeros and stray underscores, or quote the value if it is meant as text',
		{
			fixLabel: 'Add the missing zero',
			why: 'TOML numbers have no leading zeros, no stray underscores and a digit on both sides of a decimal point (`0.5`, not `.5`).',
			docs: docsPages.toml
		}
	),
	'toml/smart-quotes': entry<{ written: string; fixed: string | null; where: 'value' | 'key' }>(
		'error',
		(a) =>
			`The ${a.where} ${code(a.written)} is written with typographic quotes, which TOML does not read as quotes`,
		(a) =>
			a.fixed === null
				? "Write it between straight quotes; it holds both `\"` and `'` (or control characters), which Streamlit's parser misreads when escaped, so consider a multi-line string"
				: `Write it with straight quotes: ${code(a.fixed)}; word processors and chat apps replace typed quotes with typographic ones`,
		{
			fixLabel: 'Use straight quotes',
			why: 'Only the straight quotes `"` and `\'` start and end TOML strings. Typographic quotes such as `“ ”` or `‘ ’`, which word processors, chat apps and web pages put in place of typed quotes, are ordinary characters: quoting them again would make them part of the secret.',
			docs: docsPages.toml
		}
	),
	'toml/invisible-character': entry<{ key: string; char: string }>(
		'error',
		(a) =>
			a.key
				? `The key ${code(a.key)} contains the invisible character \`${a.char}\``
				: `The invisible character \`${a.char}\` is not allowed here`,
		() =>
			'Delete the character: it often comes with text copied from a web page or chat, and keeps the app from finding the key',
		{
			fixLabel: 'Remove the invisible character',
			why: 'A zero-width space or a byte order mark inside a key is invisible in the editor but makes it a different key, so `st.secrets["key"]` does not find it.',
			docs: docsPages.toml
		}
	),
	'toml/invalid-key': entry<{ key: string }>(
		'error',
		(a) => `${code(a.key)} cannot be used as a bare key`,
		() => 'Quote keys that contain spaces, dots or characters other than A–Z, 0–9, `_` and `-`',
		{
			fixLabel: 'Quote the key',
			why: 'Bare keys may only use letters, digits, `_` and `-`.',
			docs: docsPages.toml
		}
	),
	'toml/missing-equals': entry<{ key: string }>(
		'error',
		(a) => `The key ${code(a.key)} has no \`=\` and value`,
		() => 'Write `key = value`, or remove the line',
		{
			why: "Every line outside a table header is `key = value` in TOML, so a key on its own is an error; Streamlit's parser usually reports it as `Key name found without value`.",
			docs: docsPages.toml
		}
	),
	'toml/missing-value': entry<{ key: string }>(
		'error',
		(a) => `The key ${code(a.key)} has no value`,
		() => 'Write a value after `=`, such as `""` for an empty string',
		{
			why: "TOML has no empty value: `key =` needs a value after it on the same line, and Streamlit's parser stops with `Empty value is invalid`.",
			docs: docsPages.toml
		}
	),
	'toml/unclosed-string': entry<{ value: string }>(
		'error',
		(a) => `The string ${code(a.value)} is never closed`,
		() => 'Add the closing quote; use triple quotes for text that spans lines',
		{
			why: "A `\"…\"` or `'…'` string must end on the line where it starts, and a triple-quoted one before the end of the file; Streamlit's parser stops with `Unbalanced quotes` or `Unterminated string found`.",
			docs: docsPages.toml
		}
	),
	'toml/unclosed-bracket': entry<{ bracket: string }>(
		'error',
		(a) => `This ${code(a.bracket)} is never closed`,
		(a) => `Add the matching ${code(a.bracket === '[' ? ']' : '}')}`,
		{
			why: "Every `[` and `{` must be closed. Streamlit's old parser does not always say so: at the end of the file it may drop the last character of an open array, or crash on an open inline table.",
			docs: docsPages.toml
		}
	),
	'toml/control-character': entry<{ where: 'string' | 'comment' | 'text'; char: string }>(
		'error',
		(a) =>
			a.where === 'text'
				? `The invisible character ${code(a.char)} is not allowed here`
				: `The ${a.where} contains the invisible control character ${code(a.char)}`,
		(a) =>
			a.where === 'string'
				? 'Remove it, or write it as an escape such as `\\t` or `\\u0000`'
				: 'Delete the character; it often comes from copying text out of another program',
		{
			why: "TOML allows no control characters other than tab in strings and comments. They draw nothing in most editors, and Streamlit's old parser can keep one inside a string, where it becomes part of the value.",
			docs: docsPages.toml
		}
	),
	'toml/too-deep': entry<Record<string, never>>(
		'error',
		() => 'Arrays or inline tables are nested too deeply',
		() => 'Flatten the structure; more than 1000 levels are refused',
		{
			why: 'The TOML parser this check uses refuses arrays and inline tables nested more than 1000 levels deep, so it cannot read the file as TOML.',
			docs: docsPages.toml
		}
	)
} as const;

/** Every `toml/…` diagnostic code. */
export type TomlCode = keyof typeof tomlMessages;

/** The arguments the message builder of `C` needs. */
export type TomlArgs<C extends TomlCode> = EntryArgs<typeof tomlMessages, C>;

/** A text edit, the part of a {@link Fix} that rules compute; the label comes from the catalogue. */
export type Edit = Omit<Fix, 'label'>;

/**
 * Builds the diagnostic `code` for the range `from`–`to` (UTF-16 offsets) from the catalogue,
 * attaching `edit` as its fix.
 */
export function tomlDiagnostic<C extends TomlCode>(
	code: C,
	args: TomlArgs<C>,
	from: number,
	to: number,
	edit?: Edit
): Diagnostic {
	const diagnostic = catalogueDiagnostic(tomlMessages, code, args, from, to);
	const fixLabel: string | undefined = tomlMessages[code].fixLabel;
	if (edit) diagnostic.fix = { label: fixLabel ?? 'Apply the fix', ...edit };
	return diagnostic;
}
