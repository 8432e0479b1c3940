import { quoteTomlString } from './strings';

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
	/** The same characters as a TOML string with straight quotes. */
	fixed: string;
}

/**
 * Returns `content` as a TOML string with straight quotes whose decoded value is exactly
 * `content`: a literal `'…'` string when the quotes were single ones and that is possible
 * (it keeps backslashes as written), otherwise what {@link quoteTomlString} writes.
 */
export function straightQuoted(content: string, quote: '"' | "'"): string {
	if (quote === "'" && !/['\u0000-\u0008\u000a-\u001f\u007f]/.test(content)) return `'${content}'`;
	return quoteTomlString(content);
}

/**
 * Reads the quoted span of `text` that starts at `from` and ends at `to` (exclusive) when it is
 * delimited by quotes of which at least one is typographic, or returns null.
 */
export function smartQuotedSpan(text: string, from: number, to: number): SmartQuoted | null {
	if (to - from < 2) return null;
	const open = text[from];
	const close = text[to - 1];
	if (!isQuote(open) || !isQuote(close) || !(isSmartQuote(open) || isSmartQuote(close)))
		return null;
	const content = text.slice(from + 1, to - 1);
	if (/[\r\n]/.test(content)) return null;
	const kind = smartQuotes.get(open) ?? (open === "'" ? "'" : '"');
	return { from, to, content, written: text.slice(from, to), fixed: straightQuoted(content, kind) };
}

const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';

/**
 * Finds a smart-quoted value or key that opens with the quote at `from`, closing before
 * `lineEnd`, or returns null. A closing quote must be followed (after blanks) by the end of
 * the line, a comment, `,`, `]`, `}`, `=` or `.`; with `last`, the last such quote is taken (the rest of a `key = value` line is one value),
 * otherwise the first.
 */
export function smartQuotedAt(
	text: string,
	from: number,
	lineEnd: number,
	last: boolean
): SmartQuoted | null {
	if (!isQuote(text[from])) return null;
	let found: SmartQuoted | null = null;
	for (let j = from + 1; j < lineEnd; j++) {
		if (!isQuote(text[j])) continue;
		let k = j + 1;
		while (k < lineEnd && isBlank(text[k])) k++;
		if (k < lineEnd && !/[#,\]}=.]/.test(text[k])) continue;
		const span = smartQuotedSpan(text, from, j + 1);
		if (span) {
			found = span;
			if (!last) break;
		}
	}
	return found;
}
