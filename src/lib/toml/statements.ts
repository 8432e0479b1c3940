import { stringEnd } from './scan';

/**
 * One top-level statement of a TOML text and the comments and blank lines after it. The
 * statements of a text tile it: each starts where the one before ends.
 */
export interface Statement {
	/** Start (UTF-16 offset): the first character of the statement, or 0 for the first one. */
	from: number;
	/** End (exclusive): where the next statement starts, or the end of the text. */
	to: number;
	/** Whether the statement is a `[table]` or `[[array]]` header. */
	header: boolean;
}

/** A key segment: bare (TOML 1.1 allows most non-ASCII letters) or quoted. */
const key = String.raw`(?:(?:[A-Za-z0-9_-]|[^\x00-\x7F])+|"(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*')`;
const dotted = String.raw`${key}(?:[ \t]*\.[ \t]*${key})*`;
/** A line that starts a `key = value` pair. */
const pairLine = new RegExp(String.raw`^[ \t]*${dotted}[ \t]*=`);
/** A line that is a `[table]` or `[[array]]` header as written. */
const headerLine = new RegExp(String.raw`^[ \t]*\[\[?[ \t]*${dotted}[ \t]*\]\]?[ \t]*(?:#.*)?$`);
/** A header-like line that may also be an array element: `["a"]`, `[1]`, `[[true]]`. */
const elementLike = /^[ \t]*\[\[?[ \t]*(?:["']|[+-]?\d|(?:true|false|inf|nan)[ \t]*\])/;

function lineEndAt(text: string, pos: number): number {
	const nl = text.indexOf('\n', pos);
	return nl < 0 ? text.length : nl;
}

/**
 * Returns whether the line starting at `pos` cannot continue a value left open by `opener`
 * (`[` or `{`): a table header (unless, right after a comma or the opening bracket, it may
 * be an array element), or a `key =` pair inside an array. That is where a statement with a
 * missing closing bracket is taken to end.
 */
function isResyncLine(text: string, pos: number, opener: number, afterSeparator: boolean) {
	const line = text.slice(pos, lineEndAt(text, pos));
	if (opener === 0x5b && pairLine.test(line)) return true;
	return headerLine.test(line) && !(afterSeparator && elementLike.test(line));
}

/** Returns the start of the next line after `pos` that is a table header, or the text's end. */
function nextHeaderLine(text: string, pos: number): number {
	for (let at = lineEndAt(text, pos) + 1; at < text.length; at = lineEndAt(text, at) + 1)
		if (headerLine.test(text.slice(at, lineEndAt(text, at)))) return at;
	return text.length;
}

/**
 * Returns the end of the value that starts at `pos`: the end of the line where its brackets
 * and strings are closed. A bracket left open ends the value before a line that cannot be
 * inside it ({@link isResyncLine}); a multi-line string left open ends before the next table
 * header, so that one mistake does not swallow the rest of the file.
 */
function valueEnd(text: string, pos: number): number {
	const n = text.length;
	const open: number[] = [];
	// The last character of the value so far that is not a blank or in a comment.
	let last = 0x3d;
	let i = pos;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c === 0x22 || c === 0x27) {
			const end = stringEnd(text, i);
			const triple = text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
			if (triple && end === n && !text.endsWith(text[i].repeat(3))) return nextHeaderLine(text, i);
			i = end;
			last = c;
			continue;
		}
		if (c === 0x23) i = lineEndAt(text, i);
		else if (c === 0x0a) {
			const separated = last === 0x2c || last === 0x5b || last === 0x7b;
			if (open.length === 0 || isResyncLine(text, i + 1, open[open.length - 1], separated))
				return i;
			i++;
		} else {
			if (c === 0x5b || c === 0x7b) open.push(c);
			else if ((c === 0x5d || c === 0x7d) && open[open.length - 1] === c - 2) open.pop();
			if (c !== 0x20 && c !== 0x09 && c !== 0x0d) last = c;
			i++;
		}
	}
	return n;
}

/** Returns where the statement starting at `pos` ends: the line break after it, or the end. */
function statementEnd(text: string, pos: number): number {
	if (text.charCodeAt(pos) === 0x5b) return lineEndAt(text, pos);
	const line = text.slice(pos, lineEndAt(text, pos));
	const pair = pairLine.exec(line);
	return pair ? valueEnd(text, pos + pair[0].length) : pos + line.length;
}

/**
 * Splits `text` into its top-level statements (see {@link Statement}), as a recovering
 * parser resynchronises after an error: each statement starts on a new line with a key or a
 * header, and a value spans further lines only while its brackets or a multi-line string are
 * open. Meant for text that is not valid TOML; never throws, linear in the text.
 */
export function splitStatements(text: string): Statement[] {
	const out: Statement[] = [];
	const n = text.length;
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) i++;
		else if (c === 0x23) i = lineEndAt(text, i);
		else {
			out.push({ from: out.length ? i : 0, to: n, header: c === 0x5b });
			i = Math.max(i + 1, statementEnd(text, i));
		}
	}
	for (let s = 0; s + 1 < out.length; s++) out[s].to = out[s + 1].from;
	if (out.length === 0) out.push({ from: 0, to: n, header: false });
	return out;
}

/** Returns the index of the statement of `statements` (as {@link splitStatements} returns them) holding `pos`. */
export function statementAt(statements: readonly Statement[], pos: number): number {
	let low = 0;
	let high = statements.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (statements[mid].from <= pos) low = mid;
		else high = mid - 1;
	}
	return low;
}
