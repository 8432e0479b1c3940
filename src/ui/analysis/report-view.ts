import type { CheckReport, Diagnostic, Range, SecretEntry, SourceReport } from '../../lib/index.ts';

/** How many paths the "what your app sees" view receives at most. */
export const entryLimit = 5000;

/** How many rows the table of paths shows at most. */
export const rowLimit = 300;

/** What the page shows of one source. */
export interface SourceView {
	/** The path as given. */
	path: string;
	/** What the path holds: a secrets file, directory or nothing, or a Python app file. */
	kind: SourceReport['kind'];
	/** The text the report was computed for, or null for folders and missing files. */
	text: string | null;
	/** Diagnostics located in `text`, sorted, each with its `source` index. */
	diagnostics: Diagnostic[];
}

/**
 * One path the app can read, without the positions of its key and value (they
 * are in {@link ReportView.ranges}), so that a row stays the same object while
 * typing elsewhere moves it.
 */
export type EntryRow = Omit<SecretEntry, 'key' | 'value'>;

/**
 * The part of a {@link CheckReport} the page shows, as plain data that can cross
 * from a Web Worker (no Python objects, no Maps). Parts that did not change keep
 * their identity from one report to the next.
 */
export interface ReportView {
	/** Per-source results, in precedence order. */
	sources: SourceView[];
	/** All diagnostics, each with its `source` index, sorted. */
	diagnostics: CheckReport['diagnostics'];
	/** Whether `st.secrets` loads, or the exception every access raises. */
	load: CheckReport['load'];
	/** The `os.environ` writes of a successful load. */
	environment: CheckReport['environment'];
	/** Root keys that are not exported. */
	skipped: CheckReport['skipped'];
	/** The paths the app can read, at most {@link entryLimit}. */
	entries: EntryRow[];
	/** Key start, key end, value start and value end of each entry (-1 where not located). */
	ranges: Int32Array;
	/** False while `ranges` are still those of an earlier report (the new ones follow shortly). */
	positioned: boolean;
	/** True when there are more paths than `entries` holds. */
	truncated: boolean;
	/** Every read of the app code with what it does at run time (empty without app code). */
	reads: CheckReport['reads'];
	/** Key paths no app file reads (empty without app code). */
	unread: CheckReport['unread'];
	/** The core's own error when it failed on this input (a bug to report), else null. */
	crash: string | null;
}

/** Paths with where their keys and values are written: a report's, or those a filter found. */
export type EntryList = Pick<ReportView, 'entries' | 'ranges'>;

/** Returns where the key (`part` 0) or value (1) of entry `index` is written, or null. */
export function entryRange(
	view: Pick<ReportView, 'ranges'>,
	index: number,
	part: 0 | 1 = 0
): Range | null {
	const at = index * 4 + part * 2;
	const from = view.ranges[at] ?? -1;
	return from < 0 ? null : { from, to: view.ranges[at + 1] };
}

/** What the page shows before the first report arrives. */
export const emptyReport: ReportView = {
	sources: [],
	diagnostics: [],
	load: { ok: true },
	environment: [],
	skipped: [],
	entries: [],
	ranges: new Int32Array(0),
	positioned: true,
	truncated: false,
	reads: [],
	unread: [],
	crash: null
};
