import { lineColumnIn, lineStarts as startsOf, type LineColumn } from '../lib/diagnostic.ts';

/** How many texts keep their line starts: the secrets files and app files on show. */
const cacheSize = 8;
const cache: { text: string; starts: number[] }[] = [];

function lineStarts(text: string): number[] {
	const hit = cache.find((c) => c.text === text);
	if (hit) return hit.starts;
	const starts = startsOf(text);
	cache.unshift({ text, starts });
	cache.length = Math.min(cache.length, cacheSize);
	return starts;
}

/**
 * Returns the same 1-based line and column as the core's `lineColumn`, but in
 * logarithmic time after one pass over the text, so a problem list of a 1 MB file
 * does not rescan it for every entry. Remembers the last few texts.
 */
export function locate(text: string, offset: number): LineColumn {
	return lineColumnIn(lineStarts(text), text.length, offset);
}
