import type { Diagnostic } from '../diagnostic';
import { tomlDiagnostic } from './messages';

/**
 * Typographic quotes that word processors, chat apps and web pages put where `"` or `'` was
 * typed, by the straight quote they stand for. Straight quotes are not in the map.
 */
const smartQuotes: ReadonlyMap<string, '"' | "'"> = new Map([
	['\u201c', '"'], // “ left double
	['\u201d', '"'], // ” right double
	['\u201e', '"'], // „ low double
	['\u201f', '"'], // ‟ reversed double
	['\u00ab', '"'], // « guillemet
	['\u00bb', '"'], // » guillemet
	['\u2033', '"'], // ″ double prime
	['\u301d', '"'], // 〝 reversed double prime
	['\u301e', '"'], // 〞 double prime
	['\uff02', '"'], // ＂ fullwidth
	['\u2018', "'"], // ‘ left single
	['\u2019', "'"], // ’ right single
	['\u201a', "'"], // ‚ low single
	['\u201b', "'"], // ‛ reversed single
	['\u2039', "'"], // ‹ single guillemet
	['\u203a', "'"], // › single guillemet
	['\u2032', "'"], // ′ prime
	['\uff07', "'"] // ＇ fullwidth
]);

/** Returns whether `ch` is a typographic quote such as `“` or `’`. */
export function isSmartQuote(ch: string | undefined): boolean {
	return ch !== undefined && smartQuotes.has(ch);
}

const isQuote = (ch: string | undefined) => ch === '"' || ch === "'" || isSmartQuote(ch);

/** A value or key written between quotes of which at least one is typographic. */
export interface SmartQuoted {
	/** Offset of the opening quote. */
	from: number;
	/** Offset after the closing quote. */
	to: number;
	/** The characters between the quotes, exactly as written. */
	content: string;
	/** The text as written, quotes included. */
	written: string;
	/** The same characters as a TOML string with straight quotes, or null when none is safe. */
	fixed: string | null;
}

const control = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/**
 * Returns `content` as a TOML string with straight quotes that both TOML 1.1 and Streamlit's
 * `toml` 0.10.2 decode to exactly `content`, or null when there is none: `"…"` when nothing
 * needs escaping (`'…'` for single quotes), a literal `'…'` for backslashes or `"`, and
 * `"…"` with `\\` escapes for backslashes next to `'`. toml 0.10.2 decodes `\"` wrongly
 * and fails on a literal string ending in a backslash inside an array, so text holding both
 * kinds of quote, or control characters, has no such form.
 */
export function straightQuoted(content: string, quote: '"' | "'"): string | null {
	if (control.test(content)) return null;
	const single = content.includes("'");
	const double = content.includes('"');
	const backslash = content.includes('\\');
	if (!single && (quote === "'" || double || backslash) && !content.endsWith('\\'))
		return `'${content}'`;
	if (!double) return `"${content.replace(/\\/g, '\\\\')}"`;
	return null;
}

/**
 * Reads the quoted span of `text` that starts at `from` and ends at `to` (exclusive) when it is
 * delimited by two double or two single quotes of which at least one is typographic, or
 * returns null.
 */
export function smartQuotedSpan(text: string, from: number, to: number): SmartQuoted | null {
	if (to - from < 2) return null;
	const open = text[from];
	const close = text[to - 1];
	if (!isQuote(open) || !isQuote(close) || !(isSmartQuote(open) || isSmartQuote(close)))
		return null;
	// Quotes come in pairs of one kind (“ ”, „ “, « », ‘ ’): `“it’` is not a quoted `it`.
	const kind = smartQuotes.get(open) ?? (open as '"' | "'");
	if ((smartQuotes.get(close) ?? close) !== kind) return null;
	const content = text.slice(from + 1, to - 1);
	if (/[\r\n]/.test(content)) return null;
	return { from, to, content, written: text.slice(from, to), fixed: straightQuoted(content, kind) };
}

const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';

/**
 * Finds a smart-quoted value or key that opens with the quote at `from` and closes before
 * `lineEnd`, or returns null. A closing quote must be followed (after blanks) by the end of the
 * line, a comment or a character of `stops` (`,]}` for an array item, `=.` for a key). With
 * `last`, the last such quote is taken (the rest of a `key = value` line is one value);
 * otherwise the first typographic one, or else the first straight one.
 */
export function smartQuotedAt(
	text: string,
	from: number,
	lineEnd: number,
	last: boolean,
	stops = ''
): SmartQuoted | null {
	if (!isQuote(text[from])) return null;
	let straight: SmartQuoted | null = null;
	let found: SmartQuoted | null = null;
	for (let j = from + 1; j < lineEnd; j++) {
		if (!isQuote(text[j])) continue;
		let k = j + 1;
		while (k < lineEnd && isBlank(text[k])) k++;
		if (k < lineEnd && text[k] !== '#' && !stops.includes(text[k])) continue;
		const span = smartQuotedSpan(text, from, j + 1);
		if (!span) continue;
		if (last) found = span;
		else if (isSmartQuote(text[j])) return span;
		else straight ??= span;
	}
	return found ?? straight;
}

/** Builds `toml/smart-quotes` for `span`, with its fix when a safe form exists. */
export function smartQuoteDiagnostic(span: SmartQuoted, where: 'value' | 'key'): Diagnostic {
	const { from, to, written, fixed } = span;
	const edit = fixed === null ? undefined : { from, to, insert: fixed };
	return tomlDiagnostic('toml/smart-quotes', { written, fixed, where }, from, to, edit);
}
