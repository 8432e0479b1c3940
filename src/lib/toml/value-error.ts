import type { Diagnostic } from '../diagnostic';
import type { ErrorContext } from './error-context';
import { tomlDiagnostic } from './messages';
import { stringEnd } from './scan';
import { isSmartQuote, smartQuoteDiagnostic, smartQuotedSpan } from './smart-quotes';
import { quoteTomlString } from './strings';

const key = String.raw`(?:[A-Za-z0-9_-]+|"(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*')`;
/** A top-level `key = ` prefix; the value starts after the match. */
const statement = new RegExp(String.raw`^[ \t]*(${key}(?:[ \t]*\.[ \t]*${key})*)[ \t]*=[ \t]*`);
const exportLine = /^([ \t]*)export[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*(.*)$/;
/** `NAME=value` with no spaces around `=` and an upper-case name: a line pasted from `.env`. */
const envLine = /^([ \t]*)([A-Z_][A-Z0-9_]*)=(?![ \t"'])(.*)$/;
const pythonBoolean = /^(?:true|false)$/i;
const nullWord = /^(?:None|null|NULL|Null|nil)$/;
const numberLike = /^[+-]?(?:\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?[\d_]*)?|0[xob][\dA-Fa-f_]*)$/;

/** smol-toml's reasons for a malformed number. */
export const numberReasons = new Set([
	'illegal leading zero',
	'illegal underscore',
	'illegal character in numeric literal',
	'unfinished numeric value'
]);

/** Returns `raw` (the rest of a line) without a trailing `# comment` and trailing blanks. */
export function stripComment(raw: string): string {
	const comment = /(?:^|[ \t]+)#/.exec(raw);
	return (comment ? raw.slice(0, comment.index) : raw).trimEnd();
}

/** Diagnoses a `.env` line (`export KEY=value` or `KEY=value`) holding the error, or returns null. */
export function dotenvLine(text: string, ctx: ErrorContext): Diagnostic | null {
	const line = text.slice(ctx.lineStart, ctx.lineEnd);
	const m = exportLine.exec(line) ?? envLine.exec(line);
	if (!m) return null;
	const [, indent, name, raw] = m;
	const valueStart = ctx.lineStart + line.length - raw.length;
	const quote = raw[0];
	const quotedEnd = quote === '"' || quote === "'" ? stringEnd(raw, 0) : 0;
	const quoted = quotedEnd > 1 && raw[quotedEnd - 1] === quote;
	const written = quoted ? raw.slice(0, quotedEnd) : stripComment(raw);
	const smart = quoted ? null : smartQuotedSpan(written, 0, written.length);
	if (smart && smart.fixed === null) return smartQuoteDiagnostic(smart, 'value');
	const literal = quoted ? written : (smart?.fixed ?? quoteTomlString(written));
	const end = valueStart + written.length;
	const from = ctx.lineStart + indent.length;
	return tomlDiagnostic('toml/dotenv-line', { key: name }, from, end, {
		from,
		to: end,
		insert: `${name} = ${literal}`
	});
}

/** Returns whether `value` has a typographic quote anywhere but between two letters (`it’s`). */
function hasDelimitingSmartQuote(value: string): boolean {
	for (let i = 0; i < value.length; i++)
		if (
			isSmartQuote(value[i]) &&
			!(/\p{L}/u.test(value[i - 1] ?? '') && /\p{L}/u.test(value[i + 1] ?? ''))
		)
			return true;
	return false;
}

/** A float with no digit before or after its decimal point, such as `.5` or `5.`. */
const bareFloat = /^([+-]?)(\d[\d_]*)?\.(\d[\d_]*)?([eE][+-]?\d+)?$/;

/** Returns `value` with the `0` a float such as `.5` or `5.e3` lacks, or null. */
function completedFloat(value: string): string | null {
	const m = bareFloat.exec(value);
	if (!m || (m[2] === undefined) === (m[3] === undefined)) return null;
	return `${m[1]}${m[2] ?? '0'}.${m[3] ?? '0'}${m[4] ?? ''}`;
}

/**
 * Classifies the bad value `value` at `from`–`to`: smart-quoted text, boolean, null, number
 * or unquoted text. Every fix keeps the value's characters: quotes are replaced or added
 * around them, never kept inside.
 */
export function badValue(reason: string, value: string, from: number, to: number): Diagnostic {
	const smart = smartQuotedSpan(value, 0, value.length);
	if (smart) return smartQuoteDiagnostic({ ...smart, from, to }, 'value');
	const float = completedFloat(value);
	if (float)
		return tomlDiagnostic('toml/invalid-number', { value, fixed: float }, from, to, {
			from,
			to,
			insert: float
		});
	// A typographic quote that is not an apostrophe inside a word is a delimiter the
	// smart-quote check could not pair, and text starting with a bracket is not one string:
	// wrapping either in straight quotes would put characters into the value.
	if (/^[[{]/.test(value) || hasDelimitingSmartQuote(value))
		return tomlDiagnostic('toml/unquoted-string', { value }, from, to);
	if (pythonBoolean.test(value))
		return tomlDiagnostic('toml/python-boolean', { value }, from, to, {
			from,
			to,
			insert: value.toLowerCase()
		});
	if (nullWord.test(value)) return tomlDiagnostic('toml/null-value', { value }, from, to);
	if (numberReasons.has(reason) && numberLike.test(value))
		return tomlDiagnostic('toml/invalid-number', { value }, from, to);
	return tomlDiagnostic('toml/unquoted-string', { value }, from, to, {
		from,
		to,
		insert: quoteTomlString(value)
	});
}

/**
 * Diagnoses an error in the value of a top-level `key = value` line, taking the whole rest of
 * the line as the value the user meant, or returns null when the error is elsewhere.
 */
export function statementValue(
	text: string,
	reason: string,
	pos: number,
	ctx: ErrorContext
): Diagnostic | null {
	if (!ctx.topLevelLine) return null;
	const line = text.slice(ctx.lineStart, ctx.lineEnd);
	const m = statement.exec(line);
	if (!m) return null;
	const from = ctx.lineStart + m[0].length;
	if (pos < from) return null;
	const value = stripComment(line.slice(m[0].length));
	if (value === '') {
		const keyFrom = ctx.lineStart + line.indexOf(m[1]);
		const equalsEnd = ctx.lineStart + m[0].trimEnd().length;
		return tomlDiagnostic('toml/missing-value', { key: m[1] }, keyFrom, equalsEnd);
	}
	if (/^["'[{=]/.test(value)) return null;
	// `a = 1 b = 2` is a missing line break, not a value with spaces.
	if (reason.startsWith('each key-value') && /\s[\w.-]+\s*=/.test(value)) return null;
	return badValue(reason, value, from, from + value.length);
}
