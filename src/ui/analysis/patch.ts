import type { Diagnostic, SecretEntry } from '../../lib/index.ts';
import type { ReportSummary } from './analyze.ts';
import { entryLimit, rowLimit, type EntryRow, type ReportView } from './report-view.ts';

/** The parts of a report that are compared as a whole. */
const parts = ['load', 'environment', 'skipped', 'reads', 'unread', 'crash'] as const;

/** What changed in the list of paths since the previous patch. */
export interface EntryPatch {
	/** How many entries the list now holds. */
	length: number;
	/** Indexes of the entries that changed or are new. */
	changed: number[];
	/** The new entries, in the order of `changed`. */
	rows: EntryRow[];
	/** The whole {@link ReportView.ranges}, or null when they did not move. */
	ranges: Int32Array | null;
	/** False when `ranges` are those of the previous report. */
	positioned: boolean;
	/** True when there are more paths than the list holds. */
	truncated: boolean;
}

/**
 * What changed in a report since the previous patch of the same {@link ReportDiffer};
 * it is small when one keystroke changed little, and cheap to send from a worker.
 */
export interface ReportPatch {
	/** True for a differ's first patch: nothing earlier is reused. */
	reset: boolean;
	/** Path and kind of each source, with its diagnostics, or null when they did not change. */
	sources: {
		path: string;
		kind: ReportView['sources'][number]['kind'];
		diagnostics: Diagnostic[] | null;
	}[];
	/** The whole-compared parts that changed. */
	parts: Partial<Pick<ReportView, (typeof parts)[number]>>;
	/** The paths: all of them, or only the first ones (see {@link ReportDiffer.report}). */
	entries: EntryPatch;
}

/** Returns a string that differs when the value does; null for what JSON cannot hold. */
function fingerprint(value: unknown): string | null {
	try {
		return JSON.stringify(value) ?? 'undefined';
	} catch {
		return null;
	}
}

/** False when two lists of diagnostics differ in length, or in the code or range of one of them. */
function mayBeSame(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++)
		if (a[i].from !== b[i].from || a[i].to !== b[i].to || a[i].code !== b[i].code) return false;
	return true;
}

/** Returns whether a row shows what an entry holds: everything but where its key and value are. */
function isSameRow(a: EntryRow | undefined, e: SecretEntry): boolean {
	return (
		a !== undefined &&
		a.repr === e.repr &&
		a.bracket === e.bracket &&
		a.source === e.source &&
		a.type === e.type &&
		a.depth === e.depth &&
		a.attribute === e.attribute &&
		a.attributeProblem === e.attributeProblem &&
		a.path.length === e.path.length &&
		a.path.every((k, i) => k === e.path[i])
	);
}

function row(e: SecretEntry): EntryRow {
	const { path, source, type, repr, bracket, attribute, attributeProblem, depth } = e;
	return { path, source, type, repr, bracket, attribute, attributeProblem, depth };
}

function sameRanges(a: Int32Array, b: Int32Array): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/**
 * Turns successive reports into patches against the previous one. Each patch
 * must reach a {@link ReportAssembler} in order, stale or not, so that both sides
 * agree on what the previous report held.
 */
export class ReportDiffer {
	#first = true;
	#parts = new Map<string, string | null>();
	/** Each source's previous diagnostics, with their fingerprint once it was needed. */
	#diagnostics: { list: Diagnostic[]; print?: string | null }[] = [];
	#rows: EntryRow[] = [];
	#ranges = new Int32Array(0);
	#truncated = false;

	/**
	 * Returns the patch for a new report. `listed` holds all its paths (up to
	 * {@link entryLimit} + 1) when `whole`, else only the first ones, listed without
	 * positions: the positions (and the paths after the first ones) are then taken
	 * from the previous report until {@link entries} sends them.
	 */
	report(summary: ReportSummary, listed: readonly SecretEntry[], whole: boolean): ReportPatch {
		const reset = this.#first;
		this.#first = false;
		const bySource: Diagnostic[][] = summary.sources.map(() => []);
		for (const d of summary.diagnostics) bySource[d.source ?? 0]?.push(d);
		const sources = summary.sources.map(({ path, kind }, i) => {
			const now: { list: Diagnostic[]; print?: string | null } = { list: bySource[i] };
			const before = reset ? undefined : this.#diagnostics[i];
			// Most edits move or change some diagnostic: telling so needs no fingerprint.
			let same = before !== undefined && mayBeSame(before.list, now.list);
			if (same) {
				before!.print ??= fingerprint(before!.list);
				now.print = fingerprint(now.list);
				same = now.print !== null && now.print === before!.print;
			}
			this.#diagnostics[i] = now;
			return { path, kind, diagnostics: same ? null : now.list };
		});
		this.#diagnostics.length = sources.length;
		const changed: ReportPatch['parts'] = {};
		for (const name of parts) {
			const print = fingerprint(summary[name]);
			if (reset || print === null || print !== this.#parts.get(name))
				Object.assign(changed, { [name]: summary[name] });
			this.#parts.set(name, print);
		}
		return { reset, sources, parts: changed, entries: this.#entries(listed, whole) };
	}

	/** Returns the patch that completes the list of paths after a partial {@link report}. */
	entries(listed: readonly SecretEntry[]): EntryPatch {
		return this.#entries(listed, true);
	}

	#entries(listed: readonly SecretEntry[], whole: boolean): EntryPatch {
		const shown = whole ? listed.slice(0, entryLimit) : listed;
		const all = whole || listed.length <= rowLimit;
		const length = all ? shown.length : Math.max(shown.length, this.#rows.length);
		const ranges = new Int32Array(length * 4).fill(-1);
		if (whole)
			shown.forEach(({ key, value }, i) => {
				if (!key || !value) return;
				ranges[i * 4] = key.from;
				ranges[i * 4 + 1] = key.to;
				ranges[i * 4 + 2] = value.from;
				ranges[i * 4 + 3] = value.to;
			});
		else ranges.set(this.#ranges.subarray(0, length * 4));
		this.#rows.length = Math.min(this.#rows.length, length);
		const patch: EntryPatch = {
			length,
			changed: [],
			rows: [],
			ranges: null,
			positioned: whole,
			truncated: false
		};
		shown.forEach((e, i) => {
			if (isSameRow(this.#rows[i], e)) return;
			this.#rows[i] = row(e);
			patch.changed.push(i);
			patch.rows.push(this.#rows[i]);
		});
		if (!sameRanges(ranges, this.#ranges)) patch.ranges = this.#ranges = ranges;
		if (all) this.#truncated = whole && listed.length > entryLimit;
		patch.truncated = this.#truncated;
		return patch;
	}
}
