/** Python's `str.isspace()` set of whitespace code points. */
const spaceCodes = new Set([
	0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001,
	0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f,
	0x205f, 0x3000
]);

/** True when Python's `str.isspace()` holds for the code point. */
export function isSpaceCode(cp: number): boolean {
	return spaceCodes.has(cp);
}

const alnum = /^[\p{L}\p{N}]$/u;

/** True when Python's `str.isalnum()` holds for a one-character string. */
export function isAlnum(ch: string): boolean {
	const c = ch.charCodeAt(0);
	if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
	return alnum.test(ch);
}

/** Returns `s.strip()` with Python's whitespace set (a BOM is not whitespace). */
export function pyStrip(s: string): string {
	let start = 0;
	let end = s.length;
	while (start < end && spaceCodes.has(s.charCodeAt(start))) start++;
	while (end > start && spaceCodes.has(s.charCodeAt(end - 1))) end--;
	return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Returns `s.split(sep, maxsplit)` for a non-empty separator; `maxsplit < 0` splits everywhere. */
export function pySplit(s: string, sep: string, maxsplit = -1): string[] {
	if (maxsplit < 0) return s.split(sep);
	const out: string[] = [];
	let pos = 0;
	while (out.length < maxsplit) {
		const at = s.indexOf(sep, pos);
		if (at < 0) break;
		out.push(s.slice(pos, at));
		pos = at + sep.length;
	}
	out.push(s.slice(pos));
	return out;
}

/** Returns `s.count(sub)` for a non-empty `sub` (non-overlapping). */
export function pyCount(s: string, sub: string): number {
	let n = 0;
	for (let at = s.indexOf(sub); at >= 0; at = s.indexOf(sub, at + sub.length)) n++;
	return n;
}

/** Returns Python's `s[i]` for a possibly negative index, or undefined when out of range. */
export function charAt(s: string, i: number): string | undefined {
	const j = i < 0 ? s.length + i : i;
	return j >= 0 && j < s.length ? s[j] : undefined;
}

/** Returns the number of code points in `s` before UTF-16 offset `end` (Python's index). */
export function codePointOffset(s: string, end: number): number {
	let n = end;
	for (let i = 0; i < end - 1; i++) {
		const c = s.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdbff) {
			const d = s.charCodeAt(i + 1);
			if (d >= 0xdc00 && d <= 0xdfff) {
				n--;
				i++;
			}
		}
	}
	return n;
}

/**
 * Returns Python's `s[start:-end]` for small positive `start` and `end`, counting
 * code points at the end (a trailing astral character is one character there).
 * Used where the text starts with an ASCII delimiter, so `start` counts units.
 */
export function sliceInner(s: string, start: number, end: number): string {
	let stop = s.length;
	for (let k = 0; k < end && stop > 0; k++) {
		const c = s.charCodeAt(stop - 1);
		const high = stop > 1 ? s.charCodeAt(stop - 2) : 0;
		stop -= c >= 0xdc00 && c <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
	}
	return start >= stop ? '' : s.slice(start, stop);
}

/** Returns the UTF-16 offset in `s` of code point index `char` (clamped to the end). */
export function utf16Offset(s: string, char: number): number {
	let i = 0;
	for (let n = 0; n < char && i < s.length; n++) {
		const c = s.charCodeAt(i);
		const d = s.charCodeAt(i + 1);
		i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
	}
	return i;
}
