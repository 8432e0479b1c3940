/** A run of text as the page shows it: visible text, or one invisible character made visible. */
export interface MarkedPart {
	/** The text as written. */
	text: string;
	/** For an invisible character, its code point (`U+FEFF`) and name, else null. */
	mark: { point: string; name: string } | null;
}

/** Names of the invisible characters copied text most often brings along. */
const names: Record<number, string> = {
	0x00ad: 'soft hyphen',
	0x200b: 'zero width space',
	0x200c: 'zero width non-joiner',
	0x200d: 'zero width joiner',
	0x200e: 'left-to-right mark',
	0x200f: 'right-to-left mark',
	0x2060: 'word joiner',
	0xfeff: 'byte order mark'
};

// Unicode's format characters (Cf) draw nothing, and the combining grapheme joiner neither.
const invisible = /[\p{Cf}\u034f]/u;
const invisibleRuns = /([\p{Cf}\u034f])/u;

/** Returns whether `text` holds a character that draws nothing (a byte order mark, a zero width space, …). */
export function hasInvisible(text: string): boolean {
	return invisible.test(text);
}

/** Splits `text` into visible runs and its invisible characters, each marked with its code point. */
export function markInvisible(text: string): MarkedPart[] {
	if (!hasInvisible(text)) return [{ text, mark: null }];
	return text
		.split(invisibleRuns)
		.filter((part) => part !== '')
		.map((part) => {
			if (!invisible.test(part)) return { text: part, mark: null };
			const c = part.codePointAt(0)!;
			const point = 'U+' + c.toString(16).toUpperCase().padStart(4, '0');
			return { text: part, mark: { point, name: names[c] ?? 'invisible format character' } };
		});
}

/** Returns `text` without its invisible characters: the name the person meant to write. */
export function withoutInvisible(text: string): string {
	return text.replace(/[\p{Cf}\u034f]/gu, '');
}

/**
 * Returns where root key `key` is written in `text`: the first place it starts a
 * line (after indentation and an opening quote), or -1.
 */
export function rootKeyOffset(text: string, key: string): number {
	for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
		const lineStart = text.lastIndexOf('\n', at - 1) + 1;
		if (/^[ \t]*["']?$/.test(text.slice(lineStart, at))) return at;
	}
	return -1;
}

/**
 * Returns the edit that removes the invisible characters of root key `key` where it
 * is written in `text`, or null when it is not written as is (an escape, say).
 */
export function invisibleKeyFix(
	text: string,
	key: string
): { from: number; to: number; insert: string } | null {
	const at = rootKeyOffset(text, key);
	return at < 0 ? null : { from: at, to: at + key.length, insert: withoutInvisible(key) };
}
