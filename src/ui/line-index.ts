import type { LineColumn } from '../lib/index.ts';

/** How many texts keep their line starts: the secrets files and app files on show. */
const cacheSize = 8;
const cache: { text: string; starts: number[] }[] = [];

function lineStarts(text: string): number[] {
	const hit = cache.find((c) => c.text === text);
	if (hit) return hit.starts;
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
	}
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
	const starts = lineStarts(text);
	const pos = Math.max(0, Math.min(offset, text.length));
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (starts[mid] <= pos) low = mid;
		else high = mid - 1;
	}
	return { line: low + 1, column: pos - starts[low] + 1 };
}
