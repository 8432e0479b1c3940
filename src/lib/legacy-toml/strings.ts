import { pyError } from '../python/exceptions.ts';
import { pySplit } from '../python/text.ts';

const escapes: Record<string, string> = {
	'0': '\0',
	b: '\b',
	f: '\f',
	n: '\n',
	r: '\r',
	t: '\t',
	'"': '"'
};

/** True when `c` is one of the escape letters `toml` 0.10.2 knows (it forgets `\\`). */
export function isKnownEscape(c: string): boolean {
	return c in escapes;
}

/**
 * `toml`'s `_unescape`: replaces `\0 \b \f \n \r \t \" \\` and leaves `\u`/`\U`
 * sequences as they are; anything else raises "Reserved escape sequence used".
 */
export function unescape(v: string): string {
	if (!v.includes('\\')) return v;
	let out = '';
	for (let i = 0; i < v.length; i++) {
		const c = v[i];
		if (c !== '\\' || i + 1 >= v.length) {
			out += c;
			continue;
		}
		const e = v[++i];
		if (e in escapes) out += escapes[e];
		else if (e === '\\') out += '\\';
		else if (e === 'u' || e === 'U') out += '\\' + e;
		else throw pyError('ValueError', 'Reserved escape sequence used');
	}
	return out;
}

function trailingBackslashesOdd(s: string): boolean {
	let odd = false;
	for (let i = s.length - 1; i > -1 && s[i] === '\\'; i--) odd = !odd;
	return odd;
}

const hexDigits = /^[0-9a-f]*$/;

/** `toml`'s `_load_unicode_escapes` for one prefix (`\\u` or `\\U`) over the split pieces. */
export function loadUnicodeEscapes(v: string, prefix: '\\u' | '\\U'): string {
	const pieces = pySplit(v, prefix);
	let out = pieces[0];
	let skip = trailingBackslashesOdd(out);
	const width = prefix === '\\U' ? 8 : 4;
	for (const hx of pieces.slice(1)) {
		if (skip) {
			skip = trailingBackslashesOdd(hx);
			out += prefix + hx;
			continue;
		}
		const hxb = Array.from(hx).slice(0, width).join('').toLowerCase();
		if (!hexDigits.test(hxb)) throw pyError('ValueError', 'Invalid escape sequence: ' + hxb);
		if (hxb.length === 0) throw pyError('IndexError', 'string index out of range');
		if (hxb[0] === 'd' && hxb.length < 2) throw pyError('IndexError', 'string index out of range');
		if (hxb[0] === 'd' && !/^[0-7]$/.test(hxb[1]))
			throw pyError(
				'ValueError',
				'Invalid escape sequence: ' + hxb + '. Only scalar unicode points are allowed.'
			);
		const cp = parseInt(hxb, 16);
		// chr() takes a C int: past 2**31 - 1 it overflows before checking the range.
		if (cp > 0x7fffffff) throw pyError('OverflowError', 'Python int too large to convert to C int');
		if (cp > 0x10ffff) throw pyError('ValueError', 'chr() arg not in range(0x110000)');
		out += String.fromCodePoint(cp) + hx.slice(hxb.length);
	}
	return out;
}
