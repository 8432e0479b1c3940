import type { HiddenExcerpt } from './mask-values.ts';

/** Excerpts this long are hidden wherever they stand. */
const longExcerpt = 8;
/** Inside a quoted span, excerpts this long are hidden as part of it; shorter ones only as the whole span. */
const spanExcerpt = 3;
/** A span a message quotes user text in: backticks, or Python's quotes after a non-word character. */
const quotedSpan = /`([^`\n]*)`|(?<![\p{L}\p{N}_])'([^'\n]*)'|(?<![\p{L}\p{N}_])"([^"\n]*)"/gu;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/**
 * Returns a function that hides every excerpt in a message: in a quoted span (see
 * {@link quotedSpan}) an excerpt that is the whole span or one of {@link spanExcerpt}
 * characters or more in it, elsewhere those of {@link longExcerpt} characters or more;
 * never an excerpt that is only part of a word. The longest excerpt wins where several
 * start at one place. Linear in the message length times the excerpts sharing a
 * first character there, whatever the number of excerpts. Never throws.
 */
export function excerptHider(excerpts: Iterable<HiddenExcerpt>): (message: string) => string {
	const byFirst = new Map<string, HiddenExcerpt[]>();
	const maskedAs = new Map<string, string>();
	for (const e of excerpts) {
		if (!e.text || maskedAs.has(e.text)) continue;
		maskedAs.set(e.text, e.masked);
		const list = byFirst.get(e.text[0]) ?? [];
		list.push(e);
		byFirst.set(e.text[0], list);
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);

	/** Hides the excerpts of at least `min` characters in `s`. */
	const scan = (s: string, min: number): string => {
		let out = '';
		let i = 0;
		while (i < s.length) {
			const found = isWordChar(s[i - 1])
				? undefined
				: byFirst
						.get(s[i])
						?.find(
							(e) =>
								e.text.length >= min &&
								s.startsWith(e.text, i) &&
								!(isWordChar(e.text.at(-1)) && isWordChar(s[i + e.text.length]))
						);
			if (found) {
				out += found.masked;
				i += found.text.length;
			} else out += s[i++];
		}
		return out;
	};

	return (message) => {
		if (!maskedAs.size) return message;
		let out = '';
		let at = 0;
		for (const m of message.matchAll(quotedSpan)) {
			const inner = m[1] ?? m[2] ?? m[3] ?? '';
			const open = m[0][0];
			out += scan(message.slice(at, m.index), longExcerpt) + open;
			out += (maskedAs.get(inner) ?? scan(inner, spanExcerpt)) + open;
			at = m.index + m[0].length;
		}
		return out + scan(message.slice(at), longExcerpt);
	};
}
