import { detectSecrets } from '../hygiene/detect.ts';
import { isSmartQuote } from '../toml/smart-quotes.ts';
import { dateOrTime, keptWords, privateInComment, writtenString } from './redact-toml.ts';
import { settingKeys } from './redact-value.ts';
import { tomlPieces, type TomlPiece } from './toml-pieces.ts';

/** What stands in for each hidden character. */
export const maskCharacter = '*';

/** True for a quote a value may be wrapped in, straight or typographic (`“`, `‘`, …). */
const isAnyQuote = (c: string) => c === '"' || c === "'" || c === '`' || isSmartQuote(c);

/** Returns `token` without the quotes around it. */
function withoutQuotes(token: string): string {
	let from = 0;
	let to = token.length;
	while (from < to && isAnyQuote(token[from])) from++;
	while (to > from && isAnyQuote(token[to - 1])) to--;
	return token.slice(from, to);
}

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

/**
 * True when the piece is shown as written: a boolean (or a word people write for one), a
 * date, or a setting such as `type = "sql"`.
 */
function isPublic(body: string, piece: TomlPiece): boolean {
	if (piece.kind === 'comment') return false;
	if (keptWords.test(body) || (piece.kind === 'bare' && dateOrTime.test(body))) return true;
	return settingKeys.has(piece.key) && detectSecrets(body, { key: piece.key }).length === 0;
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
			const { open, close, written } = writtenString(token);
			if (!isPublic(written.raw, piece)) {
				masked = open + maskRun(written.raw) + close;
				hide(token);
				hide(written.raw);
				hide(written.decode(written.raw));
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
			const unquoted = withoutQuotes(token);
			if (unquoted !== token) hide(unquoted);
		}
		out += text.slice(at, piece.from) + masked;
		at = piece.to;
	}
	return { text: out + text.slice(at), excerpts };
}
