/** The value of Python string literals as written in app code. */

import { pythonEscapes } from '../python/string-escapes.ts';

/**
 * Decodes the escapes of a string literal's body. Returns null for `\N{…}`
 * (named characters are not resolved) and for out-of-range code points.
 */
export function unescapeBody(body: string): string | null {
	let out = '';
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (c !== '\\' || i + 1 >= body.length) {
			out += c;
			continue;
		}
		const e = body[++i];
		if (e in pythonEscapes) {
			if (e === '\r' && body[i + 1] === '\n') i++;
			out += pythonEscapes[e];
		} else if (e >= '0' && e <= '7') {
			const m = /^[0-7]{1,3}/.exec(body.slice(i))![0];
			out += String.fromCodePoint(parseInt(m, 8));
			i += m.length - 1;
		} else if (e === 'x' || e === 'u' || e === 'U') {
			const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
			const hex = body.slice(i + 1, i + 1 + n);
			if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) return null;
			const cp = parseInt(hex, 16);
			if (cp > 0x10ffff) return null;
			out += String.fromCodePoint(cp);
			i += n;
		} else if (e === 'N') return null;
		else out += '\\' + e;
	}
	return out;
}

/** The parts of a literal's text: its prefix letters, quote and body. */
export interface LiteralParts {
	/** Lower-cased prefix letters (`r`, `b`, `f`, `u` or a pair). */
	prefix: string;
	/** The quote: `'`, `"`, `'''` or `"""`. */
	quote: string;
	/** The text between the quotes, escapes undecoded. */
	body: string;
}

/** Splits a complete string literal's text, or returns null when it is not one (unterminated). */
export function literalParts(text: string): LiteralParts | null {
	const m = /^([rRuUbBfF]{0,2})('''|"""|'|")/.exec(text);
	if (!m) return null;
	const quote = m[2];
	if (text.length < m[0].length + quote.length || !text.endsWith(quote)) return null;
	return {
		prefix: m[1].toLowerCase(),
		quote,
		body: text.slice(m[0].length, text.length - quote.length)
	};
}

/**
 * Returns the `str` value of a plain (not f-, not bytes) string literal's text,
 * or null when it is not one or cannot be decoded exactly.
 */
export function stringLiteralValue(text: string): string | null {
	const parts = literalParts(text);
	if (!parts || parts.prefix.includes('b') || parts.prefix.includes('f')) return null;
	return parts.prefix.includes('r') ? parts.body : unescapeBody(parts.body);
}

/** Decodes a literal piece of an f-string body: escapes (unless raw) and doubled braces. */
export function formatLiteralPiece(piece: string, raw: boolean): string | null {
	const text = raw ? piece : unescapeBody(piece);
	return text === null ? null : text.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
}
