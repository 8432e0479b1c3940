import type { Diagnostic } from '../lib/index.ts';
import { plural } from './plural.ts';

/** What an error of each code namespace is called; other namespaces are plain errors. */
const errorNouns: Record<string, [string, string]> = {
	toml: ['TOML error', 'TOML errors'],
	streamlit: ['Streamlit error', 'Streamlit errors'],
	auth: ['login problem', 'login problems'],
	connections: ['connection problem', 'connection problems'],
	app: ['app code error', 'app code errors']
};

/** The order errors are counted in: the file's syntax first, then what reads it. */
const namespaces = ['toml', 'streamlit', 'auth', 'connections', 'app'];

/** Returns the namespace of a diagnostic code: `toml` for `toml/syntax`. */
function namespaceOf(code: string): string {
	const slash = code.indexOf('/');
	return slash < 0 ? '' : code.slice(0, slash);
}

/** The errors of one code namespace, counted. */
export interface ErrorCount {
	/** The namespace (`toml`, `auth`, …), or `` for the others. */
	space: string;
	/** The count, worded for the namespace: `1 TOML error`, `2 connection problems`. */
	text: string;
}

/**
 * Returns the counts of errors, one per code namespace, worded for it:
 * `1 TOML error`, `2 connection problems`; errors of another namespace are `N other errors`.
 */
export function errorCounts(diagnostics: readonly Diagnostic[]): ErrorCount[] {
	const counts = new Map<string, number>();
	for (const d of diagnostics) {
		if (d.severity !== 'error') continue;
		const space = namespaceOf(d.code);
		const key = space in errorNouns ? space : '';
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const parts = namespaces
		.filter((space) => counts.has(space))
		.map((space) => ({ space, text: plural(counts.get(space)!, ...errorNouns[space]) }));
	if (counts.has('')) parts.push({ space: '', text: plural(counts.get('')!, 'other error') });
	return parts;
}

/**
 * Returns the summary of a list of problems: the errors by namespace (see
 * {@link errorCounts}), then the warnings and infos, e.g.
 * `1 TOML error, 2 connection problems, 1 warning, 2 infos`; empty without problems.
 */
export function problemSummary(diagnostics: readonly Diagnostic[]): string {
	const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
	const infos = diagnostics.filter((d) => d.severity === 'info').length;
	return [
		...errorCounts(diagnostics).map((c) => c.text),
		...(warnings ? [plural(warnings, 'warning')] : []),
		...(infos ? [plural(infos, 'info')] : [])
	].join(', ');
}
