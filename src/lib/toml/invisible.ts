/**
 * Invisible format characters that arrive with copied text (from web pages, chat apps,
 * spreadsheets, editors that save a byte order mark) and make a key different from the one
 * the app reads, by their usual name.
 */
const invisibleNames: ReadonlyMap<number, string> = new Map([
	[0x00ad, 'soft hyphen'],
	[0x034f, 'combining grapheme joiner'],
	[0x061c, 'Arabic letter mark'],
	[0x180e, 'Mongolian vowel separator'],
	[0x200b, 'zero width space'],
	[0x200c, 'zero width non-joiner'],
	[0x200d, 'zero width joiner'],
	[0x200e, 'left-to-right mark'],
	[0x200f, 'right-to-left mark'],
	[0x202a, 'left-to-right embedding'],
	[0x202b, 'right-to-left embedding'],
	[0x202c, 'pop directional formatting'],
	[0x202d, 'left-to-right override'],
	[0x202e, 'right-to-left override'],
	[0x2060, 'word joiner'],
	[0x2061, 'function application'],
	[0x2062, 'invisible times'],
	[0x2063, 'invisible separator'],
	[0x2064, 'invisible plus'],
	[0x2066, 'left-to-right isolate'],
	[0x2067, 'right-to-left isolate'],
	[0x2068, 'first strong isolate'],
	[0x2069, 'pop directional isolate'],
	[0xfeff, 'byte order mark']
]);

/** Returns whether the UTF-16 code unit `c` is an invisible format character. */
export function isInvisible(c: number): boolean {
	// Every key and value is scanned: most characters are below the first one.
	return c >= 0x00ad && invisibleNames.has(c);
}

/** Returns `U+200B (zero width space)` for an invisible character's code unit. */
export function describeInvisible(c: number): string {
	const point = 'U+' + c.toString(16).toUpperCase().padStart(4, '0');
	const name = invisibleNames.get(c);
	return name ? `${point} (${name})` : point;
}

/** Returns `text` without its invisible format characters. */
export function withoutInvisible(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) if (!isInvisible(text.charCodeAt(i))) out += text[i];
	return out;
}

/** Returns the offset of the first invisible format character of `text` from `from`, or -1. */
export function firstInvisible(text: string, from = 0, to = text.length): number {
	for (let i = from; i < to; i++) if (isInvisible(text.charCodeAt(i))) return i;
	return -1;
}
