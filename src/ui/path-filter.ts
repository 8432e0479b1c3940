import type { SecretEntry } from '../lib/index.ts';
import type { EntryRow } from './analysis/report-view.ts';

/** The paths of a report that match a filter, found among all of them, not only the listed ones. */
export interface FoundPaths {
	/** The filter text they match. */
	query: string;
	/** The first matching paths, at most the limit asked for. */
	entries: EntryRow[];
	/** Key start, key end, value start and value end of each of `entries` (-1 where not located). */
	ranges: Int32Array;
	/** How many paths match in all. */
	count: number;
}

/** Returns whether a path's bracket or attribute form contains `query` (case-sensitive). */
export function isMatch(e: Pick<EntryRow, 'bracket' | 'attribute'>, query: string): boolean {
	return e.bracket.includes(query) || (e.attribute !== null && e.attribute.includes(query));
}

/**
 * Returns the paths of `all` that match `query`: the first `limit` of them, and how
 * many in all. `locate` tells where a matching path's key and value are written, for
 * paths listed without their positions (finding them for every path costs more).
 */
export function findPaths(
	all: readonly SecretEntry[],
	query: string,
	limit: number,
	locate: (e: SecretEntry) => Pick<SecretEntry, 'key' | 'value'> | undefined = (e) => e
): FoundPaths {
	const entries: EntryRow[] = [];
	const ranges: number[] = [];
	let count = 0;
	for (const e of all) {
		if (!isMatch(e, query)) continue;
		if (++count > limit) continue;
		const { key, value, ...row } = e;
		const where = key && value ? { key, value } : locate(e);
		entries.push(row);
		ranges.push(
			where?.key?.from ?? -1,
			where?.key?.to ?? -1,
			where?.value?.from ?? -1,
			where?.value?.to ?? -1
		);
	}
	return { query, entries, ranges: Int32Array.from(ranges), count };
}
