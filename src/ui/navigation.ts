import type { Diagnostic } from '../lib/index.ts';
import type { EntryRow, ReportView } from './analysis/report-view.ts';

const inside = (r: { from: number; to: number } | undefined, pos: number) =>
	!!r && pos >= r.from && pos <= r.to;

/** Returns the deepest path whose key or value in source `source` contains `pos`, or null. */
export function entryAt(
	{ entries, ranges }: Pick<ReportView, 'entries' | 'ranges'>,
	source: number,
	pos: number
): EntryRow | null {
	for (let i = entries.length - 1; i >= 0; i--) {
		const at = i * 4;
		const inKey = ranges[at] >= 0 && pos >= ranges[at] && pos <= ranges[at + 1];
		const inValue = ranges[at + 2] >= 0 && pos >= ranges[at + 2] && pos <= ranges[at + 3];
		if ((inKey || inValue) && entries[i].source === source) return entries[i];
	}
	return null;
}

/**
 * Returns the diagnostic F8 (`direction` 1) or Shift+F8 (-1) moves to from the
 * cursor at `pos` in source `source`, wrapping around. When the cursor is still on
 * `current`, the step is by list order, so problems sharing a range are all visited.
 */
export function stepDiagnostic(
	list: readonly Diagnostic[],
	current: Diagnostic | null,
	source: number,
	pos: number,
	direction: 1 | -1
): Diagnostic | null {
	if (!list.length) return null;
	const at = current ? list.indexOf(current) : -1;
	if (at >= 0 && (current!.source ?? 0) === source && inside(current!, pos))
		return list[(at + direction + list.length) % list.length];
	const order = (d: Diagnostic) => (d.source ?? 0) - source || d.from - pos;
	if (direction > 0) return list.find((d) => order(d) > 0) ?? list[0];
	for (let i = list.length - 1; i >= 0; i--) if (order(list[i]) < 0) return list[i];
	return list[list.length - 1];
}
