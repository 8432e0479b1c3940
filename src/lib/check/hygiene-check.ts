import type { Diagnostic } from '../diagnostic.ts';
import { hygieneDiagnostics } from '../hygiene/diagnostics.ts';
import { plainHygieneDiagnostics } from '../hygiene/plain.ts';
import type { PlainPositions } from '../plain-toml/positions.ts';
import { hygieneDiagnostic } from '../hygiene/messages.ts';
import type { PyDict } from '../python/values.ts';
import type { KeyLocator } from '../toml/key-locator.ts';

/** One TOML file as {@link addHygiene} needs it. */
export interface HygieneSource {
	/** The path as given. */
	path: string;
	/** The decoded text (original line endings). */
	text: string;
	/** What Streamlit's parser read from it, or null when it does not load. */
	secrets: PyDict | null;
	/** Where its keys are written; null when the text is not valid TOML, so nothing can be placed. */
	outline: KeyLocator | null;
	/** The plain reader's positions, when the text is plain TOML (a faster pass then). */
	plain?: PlainPositions;
	/** The file's diagnostics so far; hygiene diagnostics are added here. */
	diagnostics: Diagnostic[];
}

/**
 * Rule diagnostics that already say what a hygiene diagnostic on the same range would:
 * `auth/weak-cookie-secret` names a placeholder `cookie_secret` and why it matters;
 * `connections/private-key-pem` rejects a `private_key` that is no PEM block, and a key
 * written with `\n` escapes ends in a line break only because the PEM is broken.
 */
const coveredBy: Record<string, readonly string[]> = {
	'hygiene/placeholder-value': ['auth/weak-cookie-secret', 'connections/private-key-pem'],
	'hygiene/surrounding-whitespace': ['connections/private-key-pem']
};

/**
 * True for a project secrets file: a path ending in `.streamlit/secrets.toml` that is not
 * the global one (`~/.streamlit/secrets.toml`, or under `home` when given). Only the
 * project file lives in a repository, so only it gets the reminder to keep it out of git.
 */
export function isProjectSecretsPath(path: string, home?: string): boolean {
	const p = path.replace(/\\/g, '/');
	if (!/(^|\/)\.streamlit\/secrets\.toml$/.test(p) || /^~(\/|$)/.test(p)) return false;
	if (home === undefined || home === '') return true;
	const h = home.replace(/\\/g, '/').replace(/\/+$/, '');
	return p !== `${h}/.streamlit/secrets.toml`;
}

/** True when a rule already says the same, or the value could not be placed in the text. */
function isLeftOut(d: Diagnostic, existing: readonly Diagnostic[]): boolean {
	// A value sits at 0–0 only when the outline does not hold its path (Streamlit read the
	// key differently, which `streamlit/key-differs` reports): better unsaid than misplaced.
	if (d.code !== 'hygiene/keep-out-of-git' && d.to === 0) return true;
	const codes = coveredBy[d.code];
	return (
		codes !== undefined &&
		existing.some((e) => codes.includes(e.code) && e.from === d.from && e.to === d.to)
	);
}

/**
 * Adds the `hygiene/…` diagnostics (see {@link hygieneDiagnostics}) to each TOML file
 * Streamlit loads: placeholders, whitespace around values and real-looking credentials,
 * located on the values, unless a rule already reports the same value for the same
 * reason. Adds one reminder to keep the file out of git, at 0–0 of the first project
 * file that holds any key (see {@link isProjectSecretsPath}). Values of a file that is
 * not valid TOML are left alone: their positions cannot be told.
 */
export function addHygiene(files: readonly HygieneSource[], home?: string): void {
	let reminded = false;
	for (const file of files) {
		if (!file.secrets) continue;
		const remind: boolean =
			!reminded && file.secrets.map.size > 0 && isProjectSecretsPath(file.path, home);
		reminded ||= remind;
		const options = { path: file.path, locator: file.outline ?? undefined, gitReminder: remind };
		const found = file.plain
			? plainHygieneDiagnostics(file.text, file.plain, options)
			: file.outline
				? hygieneDiagnostics(file.text, file.secrets, options)
				: remind
					? [hygieneDiagnostic('hygiene/keep-out-of-git', { path: file.path }, 0, 0)]
					: [];
		const existing = [...file.diagnostics];
		for (const d of found) if (!isLeftOut(d, existing)) file.diagnostics.push(d);
	}
}
