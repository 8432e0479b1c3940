import type { CheckReport, SecretEntry } from '../lib/index.ts';

/** How many paths the "what your app sees" view receives at most. */
export const entryLimit = 5000;

/**
 * The part of a {@link CheckReport} the page shows, as plain data that can cross
 * from a Web Worker (no Python objects, no Maps).
 */
export interface ReportView {
	/** Per-source results, in precedence order. */
	sources: CheckReport['sources'];
	/** All diagnostics, each with its `source` index, sorted. */
	diagnostics: CheckReport['diagnostics'];
	/** Whether `st.secrets` loads, or the exception every access raises. */
	load: CheckReport['load'];
	/** The `os.environ` writes of a successful load. */
	environment: CheckReport['environment'];
	/** Root keys that are not exported. */
	skipped: CheckReport['skipped'];
	/** The paths the app can read, at most {@link entryLimit}. */
	entries: SecretEntry[];
	/** True when there are more paths than `entries` holds. */
	truncated: boolean;
	/** Every read of the app code with what it does at run time (empty without app code). */
	reads: CheckReport['reads'];
	/** Key paths no app file reads (empty without app code). */
	unread: CheckReport['unread'];
	/** The core's own error when it failed on this input (a bug to report), else null. */
	crash: string | null;
}

/** What the page shows before the first report arrives. */
export const emptyReport: ReportView = {
	sources: [],
	diagnostics: [],
	load: { ok: true },
	environment: [],
	skipped: [],
	entries: [],
	truncated: false,
	reads: [],
	unread: [],
	crash: null
};
