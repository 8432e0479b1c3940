import { detectSecrets } from '../hygiene/detect.ts';
import { privateInComment, writtenString } from './redact-toml.ts';
import { settingKeys } from './redact-value.ts';
import { tomlPieces, type TomlPiece } from './toml-pieces.ts';

/** What stands in for each hidden character. */
export const maskCharacter = '*';

/** Words that are never private: booleans, Python's spellings of them, `inf` and `nan`. */
const publicWords =
	/^(?:true|false|True|False|TRUE|FALSE|None|null|yes|no|on|off|[+-]?(?:inf|nan))$/;
const typographicQuotes =
	/^[\u2018-\u201f\u00ab\u00bb\u2039\u203a\u301d-\u301f\uff02\uff07"'`]+|[\u2018-\u201f\u00ab\u00bb\u2039\u203a\u301d-\u301f\uff02\uff07"'`]+$/g;
const dateOrTime = /^\d{4}-\d{2}-\d{2}(?:$|[Tt ])|^\d{2}:\d{2}/;

/** A text of the file that was hidden, and what it was hidden as. */
export interface HiddenExcerpt {
	/** The text as written in the file, or as a value it decodes to. */
	text: string;
	/** The same text with its characters masked. */
	masked: string;
}

/** A TOML text with its values masked, and the excerpts that were masked. */
export interface MaskedToml {
	/** The text, same length, every private character replaced by {@link maskCharacter}. */
	text: string;
	/** Every masked value as written, its body without quotes, the string it decodes to, and each of their lines, trimmed. */
	excerpts: HiddenExcerpt[];
}

/** Masks letters, digits and symbols; keeps spaces, line breaks and backslashes (escapes stay visible). */
function maskRun(text: string): string {
	return text.replace(/[^\s\\]/gu, (c) => maskCharacter.repeat(c.length));
}

/** Masks the characters of `text` marked in `fill`, as {@link maskRun} does. */
function maskWhere(text: string, fill: readonly boolean[]): string {
	let out = '';
	for (let i = 0; i < text.length; i++) out += fill[i] ? maskRun(text[i]) : text[i];
	return out;
}

/** True when the piece is shown as written: a boolean, a date, or a setting such as `type = "sql"`. */
function isPublic(body: string, piece: TomlPiece): boolean {
	if (piece.kind === 'comment') return false;
	if (publicWords.test(body) || (piece.kind === 'bare' && dateOrTime.test(body))) return true;
	return settingKeys.has(piece.key) && detectSecrets(body, { key: piece.key }).length === 0;
}

/** Splits a string token into its opening quotes, body and closing quotes. */
function quoted(token: string): [string, string, string] {
	const q = token[0];
	const open = token.startsWith(q.repeat(3)) ? q.repeat(3) : q;
	const close = token.length >= open.length * 2 && token.endsWith(open) ? open : '';
	return [open, token.slice(open.length, token.length - close.length), close];
}

/**
 * Returns `text` with every value and stray word masked character by character (see
 * {@link maskRun}), so line and column numbers and the width of every range stay the
 * same. Keys, headers, punctuation, quotes, booleans, dates and the values of setting
 * keys (`type`, `dialect`, `redirect_uri`, …) stay as written; in comments, prose stays
 * and commented-out values and credentials are masked. Never throws.
 */
export function maskToml(text: string): MaskedToml {
	let out = '';
	let at = 0;
	const excerpts: HiddenExcerpt[] = [];
	const hide = (written: string) => {
		const pieces = written.includes('\n') ? [written, ...written.split(/\r?\n/)] : [written];
		for (const p of pieces) {
			const t = p.trim();
			if (t) excerpts.push({ text: t, masked: maskRun(t) });
		}
	};
	for (const piece of tomlPieces(text)) {
		if (piece.from < at) continue;
		const token = text.slice(piece.from, piece.to);
		let masked = token;
		if (piece.kind === 'string') {
			const [open, body, close] = quoted(token);
			if (!isPublic(body, piece)) {
				masked = open + maskRun(body) + close;
				hide(token);
				hide(body);
				hide(writtenString(token).written.decode(body));
			}
		} else if (piece.kind === 'comment') {
			const fill = privateInComment(token);
			masked = maskWhere(token, fill);
			for (const run of token.matchAll(/\S+/g))
				if (fill[run.index]) hide(token.slice(run.index, run.index + run[0].length));
			const value = fill.indexOf(true);
			if (value >= 0) hide(token.slice(value));
		} else if (!isPublic(token, piece)) {
			masked = maskRun(token);
			hide(token);
			// A value in quotes TOML does not read as quotes (`“secret”`), as messages quote its text.
			const unquoted = token.replace(typographicQuotes, '');
			if (unquoted !== token) hide(unquoted);
		}
		out += text.slice(at, piece.from) + masked;
		at = piece.to;
	}
	return { text: out + text.slice(at), excerpts };
}
