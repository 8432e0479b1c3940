import { detectSecrets } from '../hygiene/detect.ts';
import { unescapeBasic } from '../toml/strings.ts';
import { fillText, keepRange, type FillMode } from './fill.ts';
import { redactValue, redactWritten, settingKeys, type WrittenString } from './redact-value.ts';
import { tomlPieces, type TomlPiece } from './toml-pieces.ts';

const plain: FillMode = { kind: 'plain' };
// An escaped backslash (`\u005c`) is read again by Streamlit's parser together with what
// follows it, so that is kept too.
const escapes =
	/\\(?:u005[cC]|U0000005[cC]|x5[cC])(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|[^])?|\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|[ \t]*\r?\n|[^])/g;

/** Splits a string token (quotes included) into its quotes and body, with how TOML decodes the body. */
export function writtenString(token: string): {
	open: string;
	close: string;
	written: WrittenString;
} {
	const q = token[0];
	const multi = token.startsWith(q.repeat(3));
	const open = multi ? q.repeat(3) : q;
	const closed = token.length >= open.length * 2 && token.endsWith(open);
	const close = closed ? open : '';
	const raw = token.slice(open.length, token.length - close.length);
	const basic = q === '"';
	const decode = (body: string) => {
		let s = multi ? body.replace(/^\r?\n/, '') : body;
		if (basic && multi) s = s.replace(/\\[ \t]*\r?\n\s*/g, '');
		return basic ? unescapeBasic(s) : s;
	};
	const fixed: [number, number][] = [];
	if (basic) for (const m of raw.matchAll(escapes)) fixed.push([m.index, m.index + m[0].length]);
	return { open, close, written: { raw, decode, fixed } };
}

/**
 * Returns a same-width stand-in for a TOML number: each non-zero digit replaced by a
 * non-zero one and zeros kept (so leading-zero errors stay), signs, prefixes, `_`, `.`
 * and the exponent kept. Numbers of 18 digits or more are kept, so whether one fits in
 * 64 bits never changes.
 */
function redactNumber(text: string): string {
	// Octal and binary digits are few and rare in secrets: kept, so they stay valid.
	if ((text.match(/[0-9]/g) ?? []).length >= 18 || /^[+-]?0[ob]/.test(text)) return text;
	const hex = /^[+-]?0x/i.test(text);
	const exponent = hex ? -1 : text.search(/[eE]/);
	const keep: boolean[] = [];
	for (let i = 0; i < text.length; i++) keep[i] = text[i] === '0';
	keepRange(keep, 0, text.search(/[0-9]/) + (/^[+-]?0[xob]/i.test(text) ? 2 : 0));
	if (exponent >= 0) keepRange(keep, exponent, text.length);
	return fillText(text, plain, keep);
}

// Booleans and the words people write for them (`True`, `None`, `yes`) are kept, so the
// hints about them stay; `export` keeps the hint about shell lines.
export const keptWords =
	/^(?:true|false|True|False|TRUE|FALSE|None|null|nil|yes|no|Yes|No|YES|NO|on|off|[+-]?(?:inf|nan|Infinity|NaN)|export)$/;
// An unexpanded variable written without quotes (`${API_KEY}` is cut at its `}`).
const variable = /^\$\{?[A-Za-z_][A-Za-z0-9_]*$/;
export const dateOrTime = /^\d{4}-\d{2}-\d{2}(?:$|[Tt ])|^\d{2}:\d{2}/;
const number = /^[+-]?(?:0[xob][0-9A-Fa-f_]*|[0-9_]*\.?[0-9][0-9_.]*(?:[eE][+-]?[0-9_]*)?)$/;

/**
 * Returns which characters of a comment (from its `#`) could be private: the value of a
 * commented-out `key = value` line and anything {@link detectSecrets} finds; prose is not.
 */
export function privateInComment(text: string): boolean[] {
	const fill: boolean[] = [];
	const assignment = /^#+[ \t]*[A-Za-z0-9_."'-][A-Za-z0-9_."' \t-]*=(?!=)/.exec(text);
	if (assignment) keepRange(fill, assignment[0].length, text.length);
	for (const f of detectSecrets(text.slice(1))) keepRange(fill, f.from + 1, f.to + 1);
	return fill;
}

/** Returns a comment with what {@link privateInComment} marks filled in. */
function redactComment(text: string): string {
	const fill = privateInComment(text);
	if (!fill.some(Boolean)) return text;
	const keep = Array.from({ length: text.length }, (_, i) => !fill[i]);
	return fillText(text, plain, keep);
}

function redactPiece(text: string, piece: TomlPiece, keyNames: ReadonlySet<string>): string {
	const token = text.slice(piece.from, piece.to);
	switch (piece.kind) {
		case 'string': {
			const { open, close, written } = writtenString(token);
			return open + redactWritten(written, piece.key, keyNames) + close;
		}
		case 'bare':
			if (keptWords.test(token) || dateOrTime.test(token) || variable.test(token)) return token;
			if (number.test(token)) return settingKeys.has(piece.key) ? token : redactNumber(token);
			return redactValue(token, piece.key);
		case 'garbage':
			return keptWords.test(token) ? token : redactValue(token, piece.key);
		case 'comment':
			return redactComment(token);
	}
}

/**
 * Returns `text` with every value replaced by a stand-in of the same type and length,
 * so every key path, every position and (nearly always) every diagnostic stays the same
 * while no value is left: strings as {@link redactWritten} describes, numbers digit by
 * digit, words TOML rejects letter by letter. Keys, headers, layout, booleans, dates and
 * times are kept; comments are kept except for commented-out values and anything that
 * looks like a credential. Never throws.
 */
export function redactToml(text: string): string {
	let out = '';
	let at = 0;
	const keyNames = new Set<string>();
	for (const piece of tomlPieces(text, keyNames)) {
		if (piece.from < at) continue;
		out += text.slice(at, piece.from) + redactPiece(text, piece, keyNames);
		at = piece.to;
	}
	return out + text.slice(at);
}
