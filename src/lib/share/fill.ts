/**
 * How replacement characters are chosen:
 * - `plain`: fixed cycles of characters that read as text, not as a key
 *   (`lorimpsun…`, digits `47295836`), never a placeholder word or a counting run;
 * - `flat`: two-character cycles, for values whose plain fill looks random;
 * - `mono`: one character per class, for values a counting run keeps from looking random;
 * - `random`: seeded pseudo-random characters, for values that look like real keys, so
 *   the placeholder looks like one too.
 */
export type FillMode =
	{ kind: 'plain' } | { kind: 'flat' } | { kind: 'mono' } | { kind: 'random'; seed: number };

/** The character classes a fill keeps: hex and other letters in each case, and digits. */
type CharClass = 'hex' | 'letter' | 'HEX' | 'LETTER' | 'digit';

const cycles: Record<'plain' | 'flat' | 'mono', Record<CharClass, string>> = {
	plain: {
		hex: 'bafcedfadcbe',
		letter: 'lorimpsuntqvwgkh',
		HEX: 'BAFCEDFADCBE',
		LETTER: 'LORIMPSUNTQVWGKH',
		digit: '47295836'
	},
	flat: { hex: 'bc', letter: 'mn', HEX: 'BC', LETTER: 'MN', digit: '47' },
	mono: { hex: 'b', letter: 'm', HEX: 'B', LETTER: 'M', digit: '4' }
};

const alphabets: Record<CharClass, string> = {
	hex: 'abcdef',
	letter: 'ghijklmnopqrstuvwxyz',
	HEX: 'ABCDEF',
	LETTER: 'GHIJKLMNOPQRSTUVWXYZ',
	digit: '0123456789'
};

function classOf(c: number): CharClass | null {
	if (c >= 0x61 && c <= 0x66) return 'hex';
	if (c >= 0x67 && c <= 0x7a) return 'letter';
	if (c >= 0x41 && c <= 0x46) return 'HEX';
	if (c >= 0x47 && c <= 0x5a) return 'LETTER';
	if (c >= 0x30 && c <= 0x39) return 'digit';
	return null;
}

/** Returns a generator of replacement characters for `mode`. */
function generator(mode: FillMode): (cls: CharClass) => string {
	if (mode.kind !== 'random') {
		const table = cycles[mode.kind];
		const counts: Record<CharClass, number> = { hex: 0, letter: 0, HEX: 0, LETTER: 0, digit: 0 };
		return (cls) => table[cls][counts[cls]++ % table[cls].length];
	}
	// mulberry32: small, fast and good enough to look random; never used for anything secret.
	let state = (mode.seed * 0x9e3779b9) >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return (cls) => alphabets[cls][Math.floor(next() * alphabets[cls].length)];
}

/**
 * Returns `text` with every letter and digit replaced by one of the same class (hex
 * letters a–f stay hex letters, other letters stay other letters, case is kept, digits
 * stay digits), except where `keep` is true. Other letters (`é`, `ж`, astral ones) become
 * ASCII letters, one per UTF-16 code unit, so offsets never move; punctuation, spaces and
 * line breaks are kept, so URLs, e-mail addresses and PEM blocks keep their shape.
 */
export function fillText(text: string, mode: FillMode, keep?: readonly boolean[]): string {
	const next = generator(mode);
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (keep?.[i]) {
			out += text[i];
			continue;
		}
		const cls = classOf(c);
		if (cls) {
			out += next(cls);
			continue;
		}
		if (c < 0x80) {
			out += text[i];
			continue;
		}
		const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
		const ch = pair ? text.slice(i, i + 2) : text[i];
		if (/[\p{L}\p{N}]/u.test(ch)) {
			out += next('letter');
			if (pair) out += next('letter');
		} else out += ch;
		if (pair) i++;
	}
	return out;
}

/** Marks `from`–`to` of `keep` as kept. */
export function keepRange(keep: boolean[], from: number, to: number): void {
	for (let i = from; i < to; i++) keep[i] = true;
}

/** Marks every match of global `pattern` in `text` as kept. */
export function keepMatches(keep: boolean[], text: string, pattern: RegExp): void {
	for (const m of text.matchAll(pattern)) keepRange(keep, m.index, m.index + m[0].length);
}
