import { lineColumn } from '../diagnostic.ts';
import { entry, shortCode, type Entry } from '../diagnostics/catalogue.ts';
import type { ImportProblem } from './results.ts';

const code = shortCode;

/** The catalogue of `convert/…` problems: input an importer could not read or left out. */
export const convertMessages = {
	'convert/json-syntax': entry<{ expected: string; found: string }>(
		'error',
		(a) => `This is not valid JSON: expected ${a.expected}, found ${a.found}`,
		() => 'Paste the whole JSON file, without comments or trailing commas'
	),
	'convert/json-not-object': entry<{ type: string }>(
		'error',
		(a) => `The JSON holds ${a.type}, not an object of secrets`,
		() => 'Paste a JSON object, e.g. `{"api_key": "…"}`'
	),
	'convert/json-too-deep': entry<{ depth: number }>(
		'error',
		(a) => `The JSON is nested more than ${a.depth} levels deep`,
		() => 'Import the part of it the app reads'
	),
	'convert/json-null': entry<{ path: string }>(
		'info',
		(a) => `${code(a.path)} is null, which TOML cannot hold, so it is left out`,
		() => 'Add it by hand with the value the app expects, if it needs one'
	),
	'convert/json-mixed-array': entry<{ path: string }>(
		'warning',
		(a) => `${code(a.path)} mixes types, which Streamlit's parser rejects, so it is left out`,
		() => 'Split it into arrays of one type each, or quote every element'
	),
	'convert/duplicate-key': entry<{ key: string }>(
		'warning',
		(a) => `${code(a.key)} is set again here; the last value is kept`,
		() => 'Remove one of the two'
	),
	'convert/dotenv-invalid-line': entry<Record<string, never>>(
		'error',
		() => 'python-dotenv cannot read this line, so it is left out',
		() => 'Write it as `NAME=value`, and close any quote it opens'
	),
	'convert/dotenv-no-value': entry<{ key: string }>(
		'info',
		(a) => `${code(a.key)} has no \`=\`, so python-dotenv sets nothing for it and it is left out`,
		(a) => `Write ${code(a.key + '=value')}, or remove the line`
	),
	'convert/service-account-type': entry<{ found: string }>(
		'error',
		(a) => `This is ${a.found}, not a Google service-account key file`,
		() =>
			'Create a key for a service account (IAM & Admin → Service accounts → Keys → Add key → JSON) and paste that file'
	),
	'convert/service-account-field': entry<{ key: string; required: boolean }>(
		'warning',
		(a) =>
			a.required
				? `The key file has no ${code(a.key)}, so Google authentication will fail`
				: `The key file has no ${code(a.key)}`,
		() => 'Paste the whole key file as Google Cloud downloaded it'
	),
	'convert/private-key-escaped': entry<Record<string, never>>(
		'info',
		() =>
			'The `private_key` holds `\\n` as two characters instead of line breaks; they are turned into line breaks',
		() => 'Nothing to do: the imported key is a proper PEM block'
	)
} as const;

/** Every `convert/…` code. */
export type ConvertCode = keyof typeof convertMessages;

/** Builds a located problem in `input` for `from`–`to`. */
export function convertProblem<C extends ConvertCode>(
	c: C,
	args: Parameters<(typeof convertMessages)[C]['message']>[0],
	input: string,
	from: number,
	to: number
): ImportProblem {
	const e = convertMessages[c] as Entry<typeof args>;
	const { line, column } = lineColumn(input, from);
	return {
		code: c,
		severity: e.severity,
		message: e.message(args),
		hint: e.hint(args),
		from,
		to,
		line,
		column
	};
}
