import type { Diagnostic, ReadFinding, ReadStatus } from '../lib/index.ts';
import { locate } from './line-index.ts';
import { entryRange, type ReportView } from './analysis/report-view.ts';
import { splitCode } from './rich-text.ts';

/** A place in a source: its report index and range, and `path:line` to show. */
export interface Place {
	/** Index of the source in the report. */
	source: number;
	/** Start of the range to select. */
	from: number;
	/** End of the range to select. */
	to: number;
	/** `path:line`, as shown. */
	label: string;
}

/** One row of the Reads view. */
export interface ReadRow {
	/** The core's finding. */
	finding: ReadFinding;
	/** Where the read is written in the app. */
	at: Place;
	/** The exception Streamlit raises for it, as Python prints it (`Type: text`), or null. */
	exception: string | null;
	/** A few words on the status (the type found, what handles a missing key); code in backticks. */
	note: string;
	/** Where the key is written in the secrets, when it is. */
	written: Place | null;
	/** For a missing key: the problem placed where the key belongs (its fix adds it). */
	belongs: { place: Place; diagnostic: Diagnostic } | null;
}

/** One key path no app file reads. */
export interface UnreadRow {
	/** The path in bracket form, `st.secrets["db"]["user"]`. */
	bracket: string;
	/** Where it is written, when known. */
	written: Place | null;
}

const handledBy: Record<string, string> = {
	get: 'returns the default',
	in: 'the test is False',
	guard: 'the app checks for it first',
	try: 'the app catches it',
	set: 'the app sets it itself'
};

function place(view: ReportView, source: number, from: number, to: number): Place {
	const s = view.sources[source];
	const line = s?.text == null ? null : locate(s.text, from).line;
	return { source, from, to, label: line === null ? (s?.path ?? '') : `${s.path}:${line}` };
}

function note(f: ReadFinding): string {
	const notes: Record<ReadStatus, string> = {
		found: f.type ? `a \`${f.type}\`` : 'defined',
		missing: 'not defined',
		protected: handledBy[f.read.protections[0]?.by ?? ''] ?? 'handled by the app',
		raises: 'fails when it runs',
		unknown: 'the key is computed at run time'
	};
	return notes[f.status];
}

/**
 * Returns the secrets-side `app/missing-key` problem for a read: the one whose
 * path (the first code run of its message) is a prefix of the read's path.
 */
function missingKeyProblem(view: ReportView, f: ReadFinding): Diagnostic | null {
	const prefixes = new Set<string>();
	for (let n = 1; n <= f.read.path.length && f.read.path[n - 1] !== null; n++)
		prefixes.add(f.read.path.slice(0, n).join('.'));
	return (
		view.diagnostics.find(
			(d) =>
				d.code === 'app/missing-key' &&
				prefixes.has(splitCode(d.message).find((p) => p.code)?.text ?? '')
		) ?? null
	);
}

/** Returns the Reads view's rows, at most `limit` of them, in the core's order. */
export function readRows(view: ReportView, limit: number): ReadRow[] {
	return view.reads.slice(0, limit).map((f) => {
		const problem = f.status === 'missing' ? missingKeyProblem(view, f) : null;
		const d = f.definedAt;
		return {
			finding: f,
			at: place(view, f.source, f.read.from, f.read.to),
			exception: f.raised ? `${f.raised.type}: ${f.raised.str}` : null,
			note: note(f),
			written: d ? place(view, d.source, d.from, d.to) : null,
			belongs: problem
				? { place: place(view, problem.source ?? 0, problem.from, problem.to), diagnostic: problem }
				: null
		};
	});
}

/** Returns the rows of the key paths no app file reads, at most `limit` of them. */
export function unreadRows(view: ReportView, limit: number): UnreadRow[] {
	const indexes = new Map(view.entries.map((e, i) => [e.path.join('\0'), i]));
	return view.unread.slice(0, limit).map((u) => {
		const index = indexes.get(u.path.join('\0'));
		const entry = index === undefined ? undefined : view.entries[index];
		const key = index === undefined ? null : entryRange(view, index);
		return {
			bracket:
				entry?.bracket ?? `st.secrets${u.path.map((k) => `[${JSON.stringify(k)}]`).join('')}`,
			written: key && entry ? place(view, entry.source, key.from, key.to) : null
		};
	});
}
