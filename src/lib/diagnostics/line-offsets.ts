/**
 * Returns the offset in `original` of offset `at` in `universalNewlines(original)`
 * (every `\r\n` there was one character shorter).
 */
export function originalOffset(original: string, at: number): number {
	if (!original.includes('\r')) return at;
	let normalised = 0;
	let i = 0;
	while (i < original.length && normalised < at) {
		if (original[i] === '\r' && original[i + 1] === '\n') i++;
		i++;
		normalised++;
	}
	return i;
}

/** Returns the offset of the end of the line that contains `at` (before its line break). */
export function lineEnd(text: string, at: number): number {
	const nl = text.slice(at).search(/\r|\n/);
	return nl < 0 ? text.length : at + nl;
}

/** Returns the start offset of the last non-blank line, for problems the parser places nowhere. */
export function lastLineStart(text: string): number {
	const trimmed = text.replace(/\s+$/, '');
	return trimmed.lastIndexOf('\n') + 1;
}

/** Returns the offset where the line containing `at` starts. */
export function lineStart(text: string, at: number): number {
	let i = Math.min(at, text.length);
	while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
	return i;
}

/**
 * Returns the range to underline for a problem a parser places at `at`: from
 * there to the end of its line, or the whole line when `at` is the line's end.
 */
export function lineRange(text: string, at: number): { from: number; to: number } {
	const to = lineEnd(text, at);
	return to > at ? { from: at, to } : { from: lineStart(text, at), to };
}
