import { lineColumn } from '../diagnostic.ts';
import { entry, shortCode, type Entry } from '../diagnostics/catalogue.ts';
import { docsPages } from '../diagnostics/docs-pages.ts';
import type { ImportProblem } from './results.ts';

const code = shortCode;

/** The catalogue of `convert/…` problems: input an importer could not read or left out. */
export const convertMessages = {
	'convert/json-syntax': entry<{ expected: string; found: string }>(
		'error',
		(a) => `This is not valid JSON: expected ${a.expected}, found ${a.found}`,
		() => 'Paste the whole JSON file, without comments or trailing commas',
		{
			why: 'The importer reads standard JSON only, which has no comments or trailing commas, and converts nothing from a document it cannot read.',
			docs: docsPages.secrets
		}
	),
	'convert/json-not-object': entry<{ type: string }>(
		'error',
		(a) => `The JSON holds ${a.type}, not an object of secrets`,
		() => 'Paste a JSON object, e.g. `{"api_key": "…"}`',
		{
			why: 'Secrets are names with values, like a JSON object; an array, a string, a number or `null` has no names to turn into TOML keys.',
			docs: docsPages.secrets
		}
	),
	'convert/json-too-deep': entry<{ depth: number }>(
		'error',
		(a) => `The JSON is nested more than ${a.depth} levels deep`,
		() => 'Import the part of it the app reads',
		{
			why: 'The importer reads JSON only up to this depth, so it converts nothing from a document nested deeper.',
			docs: docsPages.secrets
		}
	),
	'convert/json-null': entry<{ path: string }>(
		'info',
		(a) => `${code(a.path)} is null, which TOML cannot hold, so it is left out`,
		() => 'Add it by hand with the value the app expects, if it needs one',
		{
			why: 'TOML has no null, so a JSON `null` has no TOML form: its key can only be left out.',
			docs: docsPages.toml
		}
	),
	'convert/json-mixed-array': entry<{ path: string }>(
		'warning',
		(a) => `${code(a.path)} mixes types, which Streamlit's parser rejects, so it is left out`,
		() => 'Split it into arrays of one type each, or quote every element',
		{
			why: "Streamlit's parser rejects an array whose elements have different types (`Not a homogeneous array`), so writing it would keep the whole secrets file from loading.",
			docs: docsPages.secrets
		}
	),
	'convert/duplicate-key': entry<{ key: string }>(
		'warning',
		(a) => `${code(a.key)} is set again here; the last value is kept`,
		() => 'Remove one of the two',
		{
			why: "Python's `json` and python-dotenv keep the last value given for a name, and TOML allows each key only once, so only the last value is written.",
			docs: docsPages.toml
		}
	),
	'convert/dotenv-invalid-line': entry<Record<string, never>>(
		'error',
		() => 'python-dotenv cannot read this line, so it is left out',
		() => 'Write it as `NAME=value`, and close any quote it opens',
		{
			why: 'The importer reads `.env` text as python-dotenv does, and python-dotenv cannot parse this line, so nothing from it is imported.',
			docs: docsPages.secrets
		}
	),
	'convert/dotenv-no-value': entry<{ key: string }>(
		'info',
		(a) => `${code(a.key)} has no \`=\`, so python-dotenv sets nothing for it and it is left out`,
		(a) => `Write ${code(a.key + '=value')}, or remove the line`,
		{
			why: 'To python-dotenv a name without `=` is a variable with no value, and it sets nothing for it, so there is nothing to import.',
			docs: docsPages.secrets
		}
	),
	'convert/service-account-type': entry<{ found: string }>(
		'error',
		(a) => `This is ${a.found}, not a Google service-account key file`,
		() =>
			'Create a key for a service account (IAM & Admin → Service accounts → Keys → Add key → JSON) and paste that file',
		{
			why: 'The importer takes only Google service-account key files, the JSON whose `type` is `"service_account"`: that is the key Google\'s libraries authenticate a service account with.',
			docs: docsPages.connection
		}
	),
	'convert/service-account-field': entry<{ key: string; required: boolean }>(
		'warning',
		(a) =>
			a.required
				? `The key file has no ${code(a.key)}, so Google authentication will fail`
				: `The key file has no ${code(a.key)}`,
		() => 'Paste the whole key file as Google Cloud downloaded it',
		{
			why: "Google's libraries build their credentials from the fields of the key file, so a missing `private_key`, `client_email` or `token_uri` makes authentication fail.",
			docs: docsPages.connection
		}
	),
	'convert/private-key-escaped': entry<Record<string, never>>(
		'info',
		() =>
			'The `private_key` holds `\\n` as two characters instead of line breaks; they are turned into line breaks',
		() => 'Nothing to do: the imported key is a proper PEM block',
		{
			why: 'A PEM key needs real line breaks; a key copied out of a JSON file often keeps its `\\n` escapes as two characters each.',
			docs: docsPages.connection
		}
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
