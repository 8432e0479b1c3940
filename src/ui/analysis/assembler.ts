import type { EntryPatch, ReportPatch } from './patch.ts';
import { emptyReport, type ReportView, type SourceView } from './report-view.ts';

type EntryParts = Pick<ReportView, 'entries' | 'ranges' | 'positioned' | 'truncated'>;

function applyEntries(previous: ReportView, patch: EntryPatch): EntryParts {
	let entries = previous.entries;
	if (patch.changed.length || patch.length !== entries.length) {
		entries = entries.slice(0, patch.length);
		patch.changed.forEach((index, i) => (entries[index] = patch.rows[i]));
	}
	return {
		entries,
		ranges: patch.ranges ?? previous.ranges,
		positioned: patch.positioned,
		truncated: patch.truncated
	};
}

/**
 * Rebuilds reports from the patches of one {@link ReportDiffer}, in the order it
 * made them. What a patch leaves out is taken from the previous report, as the same
 * objects, so that the views skip what did not change.
 */
export class ReportAssembler {
	#view: ReportView = emptyReport;

	/** Applies a report's patch; `texts` are the texts it was computed for, in report order. */
	apply(patch: ReportPatch, texts: readonly (string | null)[]): ReportView {
		const previous = patch.reset ? emptyReport : this.#view;
		const before = previous.sources;
		const sources = patch.sources.map(({ path, kind, diagnostics: changed }, i) => {
			const old = before[i];
			const diagnostics = changed ?? old?.diagnostics ?? [];
			const text = texts[i] ?? null;
			const same =
				old?.path === path &&
				old.kind === kind &&
				old.text === text &&
				old.diagnostics === diagnostics;
			return same ? old : { path, kind, text, diagnostics };
		});
		const unchanged = (part: (s: SourceView) => unknown) =>
			sources.length === before.length && sources.every((s, i) => part(s) === part(before[i]));
		this.#view = {
			...previous,
			...patch.parts,
			sources: unchanged((s) => s) ? before : sources,
			// The core sorts diagnostics by source first, so the whole list is the sources' lists in order.
			diagnostics: unchanged((s) => s.diagnostics)
				? previous.diagnostics
				: sources.flatMap((s) => s.diagnostics),
			...applyEntries(previous, patch.entries)
		};
		return this.#view;
	}

	/** Applies the patch that completes the list of paths of the last report. */
	complete(patch: EntryPatch): ReportView {
		this.#view = { ...this.#view, ...applyEntries(this.#view, patch) };
		return this.#view;
	}
}
