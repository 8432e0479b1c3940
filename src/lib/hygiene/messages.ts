import type { Diagnostic } from '../diagnostic.ts';
import { catalogueDiagnostic, entry, shortCode, type EntryArgs } from '../diagnostics/catalogue.ts';
import { docsPages } from '../diagnostics/docs-pages.ts';
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
				: 'Replace it with the real value before you deploy',
		{
			why: 'Streamlit hands your app every value exactly as written: a placeholder only fails later, at the login or connection that uses it.',
			docs: docsPages.secrets
		}
	),
	'hygiene/surrounding-whitespace': entry<{ path: string; side: WhitespaceSide }>(
		'warning',
		(a) =>
			`${code(a.path)} ${
				{ leading: 'starts', trailing: 'ends', both: 'starts and ends' }[a.side]
			} with whitespace, which the app gets as part of the value`,
		() => 'Remove the whitespace inside the quotes',
		{
			why: 'Streamlit keeps every character inside the quotes, so a password or token with a space around it no longer matches.',
			docs: docsPages.secrets
		}
	),
	'hygiene/real-credential': entry<{ path: string; label: string }>(
		'info',
		(a) => `${code(a.path)} looks like ${a.label}`,
		() =>
			'Keep this file out of git and out of shared links; rotate the credential if it was ever committed or shared',
		{
			why: 'Anyone who can read this file can use the credential. Keep real values in your host’s secrets settings, never in a repository or a shared link.',
			docs: docsPages.secrets
		}
	),
	'hygiene/keep-out-of-git': entry<{ path: string }>(
		'info',
		(a) => `Keep ${code(a.path)} out of git: it holds the app's secrets`,
		(a) =>
			`Add ${code(a.path)} to \`.gitignore\`, and set the secrets in your host's secrets settings`,
		{
			why: 'Streamlit reads `.streamlit/secrets.toml` from the app’s folder, which is usually a git repository; a committed file publishes every secret in it.',
			docs: docsPages.secrets
		}
	)
} as const;

/** Every `hygiene/…` code. */
export type HygieneCode = keyof typeof hygieneMessages;

/** Builds a `hygiene/…` diagnostic for `from`–`to`. */
export function hygieneDiagnostic<C extends HygieneCode>(
	c: C,
	args: EntryArgs<typeof hygieneMessages, C>,
	from: number,
	to: number
): Diagnostic {
	return catalogueDiagnostic(hygieneMessages, c, args, from, to);
}
