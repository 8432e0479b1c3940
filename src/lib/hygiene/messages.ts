import type { Diagnostic } from '../diagnostic.ts';
import { entry, shortCode, type Entry } from '../diagnostics/catalogue.ts';
import type { PlaceholderKind } from './placeholders.ts';

const code = shortCode;

/** Where a value has whitespace Streamlit keeps. */
export type WhitespaceSide = 'leading' | 'trailing' | 'both';

/** The catalogue of `hygiene/…` diagnostics: values that are not what a deployment needs. */
export const hygieneMessages = {
	'hygiene/placeholder-value': entry<{ path: string; text: string; kind: PlaceholderKind }>(
		'warning',
		(a) =>
			a.kind === 'template'
				? `${code(a.path)} holds ${code(a.text)}, which Streamlit does not expand: the app gets this text as it is`
				: `${code(a.path)} still holds the placeholder ${code(a.text)}`,
		(a) =>
			a.kind === 'template'
				? 'Write the real value here: secrets.toml has no variables'
				: 'Replace it with the real value before you deploy'
	),
	'hygiene/surrounding-whitespace': entry<{ path: string; side: WhitespaceSide }>(
		'warning',
		(a) =>
			`${code(a.path)} ${
				{ leading: 'starts', trailing: 'ends', both: 'starts and ends' }[a.side]
			} with whitespace, which the app gets as part of the value`,
		() => 'Remove the whitespace inside the quotes'
	),
	'hygiene/real-credential': entry<{ path: string; label: string }>(
		'info',
		(a) => `${code(a.path)} looks like ${a.label}`,
		() =>
			'Keep this file out of git and out of shared links; rotate the credential if it was ever committed or shared'
	),
	'hygiene/keep-out-of-git': entry<{ path: string }>(
		'info',
		(a) => `Keep ${code(a.path)} out of git: it holds the app's secrets`,
		(a) =>
			`Add ${code(a.path)} to \`.gitignore\`, and set the secrets in your host's secrets settings`
	)
} as const;

/** Every `hygiene/…` code. */
export type HygieneCode = keyof typeof hygieneMessages;

/** Builds a `hygiene/…` diagnostic for `from`–`to`. */
export function hygieneDiagnostic<C extends HygieneCode>(
	c: C,
	args: Parameters<(typeof hygieneMessages)[C]['message']>[0],
	from: number,
	to: number
): Diagnostic {
	const e = hygieneMessages[c] as Entry<typeof args>;
	return { code: c, severity: e.severity, message: e.message(args), from, to, hint: e.hint(args) };
}
