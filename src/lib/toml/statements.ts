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

const key = String.raw`(?:[A-Za-z0-9_-]+|"(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*')`;
/** A line that starts a `key = value` pair. */
const pairLine = new RegExp(String.raw`^[ \t]*${key}(?:[ \t]*\.[ \t]*${key})*[ \t]*=`);
/**
 * A line that can only be a table header: `[name]` or `[[name]]` with a bare first part that
 * is no value (`[true]` and `[1]` are arrays), or a quoted one after `[[`.
 */
const headerLine =
	/^[ \t]*\[(?:\[[ \t]*["'A-Za-z_-]|[ \t]*(?!(?:true|false|inf|nan)[ \t]*\])[A-Za-z_-])[^\]\r\n]*\]\]?[ \t]*(?:#.*)?$/;

function lineEndAt(text: string, pos: number): number {
	const nl = text.indexOf('\n', pos);
	return nl < 0 ? text.length : nl;
}

/**
 * Returns whether the line starting at `pos` cannot continue a value left open by `opener`
 * (`[` or `{`): a table header, or a `key =` pair inside an array. That is where a statement
 * with a missing closing bracket is taken to end.
 */
function isResyncLine(text: string, pos: number, opener: number): boolean {
	const line = text.slice(pos, lineEndAt(text, pos));
	return headerLine.test(line) || (opener === 0x5b && pairLine.test(line));
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
	let i = pos;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c === 0x22 || c === 0x27) {
			const end = stringEnd(text, i);
			const triple = text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
			if (triple && end === n && !text.endsWith(text[i].repeat(3))) return nextHeaderLine(text, i);
			i = end;
		} else if (c === 0x23) i = lineEndAt(text, i);
		else if (c === 0x5b || c === 0x7b) {
			open.push(c);
			i++;
		} else if (c === 0x5d || c === 0x7d) {
			if (open.length && open[open.length - 1] === c - 2) open.pop();
			i++;
		} else if (c === 0x0a) {
			if (open.length === 0 || isResyncLine(text, i + 1, open[open.length - 1])) return i;
			i++;
		} else i++;
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
