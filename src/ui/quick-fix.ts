import type { Diagnostic } from '../lib/index.ts';
import type { AppState } from './app-state.svelte.ts';

/**
 * Returns a function that applies `d`'s quick fix to its source's text, or null when it
 * has none or the text changed since the report (its offsets would be stale). The same
 * edit the problems list and the editor's lint actions make.
 */
export function quickFix(app: AppState, d: Diagnostic): (() => void) | null {
	const id = app.idAt(d.source ?? 0);
	const text = id === undefined ? null : app.textOf(id);
	if (!d.fix || text === null || app.report.sources[d.source ?? 0]?.text !== text) return null;
	const { from, to, insert } = d.fix;
	return () => app.setText(id!, text.slice(0, from) + insert + text.slice(to));
}

/**
 * Returns the error to fix first in the secrets files (the first one in file order), or
 * null. Problems of the app code are left out: they are not the file's fault. The
 * `streamlit/parse-error` that restates the old parser's raw message comes last: the
 * diagnostic of the same mistake says what is wrong in plain words, and has the fix.
 */
export function firstError(
	diagnostics: readonly Diagnostic[],
	isApp: (d: Diagnostic) => boolean
): Diagnostic | null {
	const errors = diagnostics.filter((d) => d.severity === 'error' && !isApp(d));
	return errors.find((d) => d.code !== 'streamlit/parse-error') ?? errors[0] ?? null;
}
