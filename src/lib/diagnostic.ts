/** How serious a diagnostic is, in CodeMirror's terms. */
export type Severity = 'error' | 'warning' | 'info';

/** A mechanical edit that resolves a diagnostic. Offsets are UTF-16 code units. */
export interface Fix {
	/** Short imperative label for the action, e.g. "Quote the value". */
	label: string;
	/** Start of the replaced range. */
	from: number;
	/** End of the replaced range (exclusive). */
	to: number;
	/** Text inserted in place of the range. */
	insert: string;
}

/** One problem found in a source, shaped like CodeMirror's `Diagnostic`. */
export interface Diagnostic {
	/** Namespaced, never-renamed code such as `toml/unquoted-string`. */
	code: string;
	/** How serious the problem is. */
	severity: Severity;
	/** One sentence in sentence case, user text in backticks, no trailing period. */
	message: string;
	/** Start offset (UTF-16 code units, inclusive) in the source text. */
	from: number;
	/** End offset (exclusive); may equal `from`. */
	to: number;
	/** Imperative advice on how to fix it. */
	hint?: string;
	/** A mechanical fix, when there is one. */
	fix?: Fix;
	/** Index of the source the offsets refer to, when a report covers several. */
	source?: number;
}

/**
 * Returns a copy of `d` that names its source. Built field by field: a report can hold
 * tens of thousands of diagnostics, and an object spread over their several shapes is
 * the slowest copy there is.
 */
export function withSource(d: Diagnostic, source: number): Diagnostic {
	const { code, severity, message, from, to, hint, fix } = d;
	const copy: Diagnostic = { code, severity, message, from, to };
	if (hint !== undefined) copy.hint = hint;
	if (fix !== undefined) copy.fix = fix;
	copy.source = source;
	return copy;
}

/** A 1-based line and column, the column counted in UTF-16 code units. */
export interface LineColumn {
	/** 1-based line number. */
	line: number;
	/** 1-based column. */
	column: number;
}

/**
 * Returns the 1-based line and column of `offset` in `text`. Lines end at `\n`,
 * `\r\n` or a lone `\r`; an offset past the end is clamped to the end.
 */
export function lineColumn(text: string, offset: number): LineColumn {
	const end = Math.max(0, Math.min(offset, text.length));
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: end - lineStart + 1 };
}

/**
 * Returns the offsets where the lines of `text` start (lines end as for
 * {@link lineColumn}), for locating many offsets with {@link lineColumnIn}.
 */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
	}
	return starts;
}

/**
 * {@link lineColumn} from the line starts of a text of length `length`, in
 * logarithmic time.
 */
export function lineColumnIn(
	starts: readonly number[],
	length: number,
	offset: number
): LineColumn {
	const pos = Math.max(0, Math.min(offset, length));
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (starts[mid] <= pos) low = mid;
		else high = mid - 1;
	}
	return { line: low + 1, column: pos - starts[low] + 1 };
}

/** Returns the offset of a 1-based line and column, clamped to the text. */
export function offsetAt(text: string, line: number, column: number): number {
	let pos = 0;
	for (let l = 1; l < line && pos < text.length; l++) {
		const next = text.indexOf('\n', pos);
		if (next < 0) return text.length;
		pos = next + 1;
	}
	return Math.max(0, Math.min(pos + column - 1, text.length));
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts diagnostics by source, then `from`, then severity (errors first), in place. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
	return list.sort(
		(a, b) =>
			(a.source ?? 0) - (b.source ?? 0) ||
			a.from - b.from ||
			severityRank[a.severity] - severityRank[b.severity]
	);
}
