import type { Diagnostic } from '../diagnostic';
import { checkDateLiteral } from './dates';
import { errorContextAt, type ErrorContext } from './error-context';
import { describeInvisible, isInvisible, withoutInvisible } from './invisible';
import { tomlDiagnostic } from './messages';
import { isBareKeyChar, stringEnd } from './scan';
import { isSmartQuote, smartQuoteDiagnostic, smartQuotedAt } from './smart-quotes';
import { badValue, dotenvLine, numberReasons, statementValue, stripComment } from './value-error';

const escapeReasons = new Set([
	'unrecognised escape sequence',
	'invalid non-hex character in unicode escape',
	'invalid unicode escape',
	'invalid escape: only line-ending whitespace may be escaped'
]);

const isBlank = (c: number) => c === 0x20 || c === 0x09;

/** Returns the end of the bare word starting at `pos`: up to whitespace, `,`, `]`, `}` or `#`. */
function wordEnd(text: string, pos: number): number {
	let end = pos;
	while (end < text.length && !/[\s,\]}#]/.test(text[end])) end++;
	return end;
}

/** Returns whether the character at `pos` is invisible and never allowed outside strings. */
function isStrayInvisible(text: string, pos: number): boolean {
	const c = text.charCodeAt(pos);
	if (c === 0x0d) return text.charCodeAt(pos + 1) !== 0x0a;
	return (c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f || c === 0xfeff;
}

const codePoint = (c: number) => 'U+' + c.toString(16).toUpperCase().padStart(4, '0');

function pathLike(body: string): boolean {
	return /^[A-Za-z]:[\\/]|^\\\\|\\[^\\"]+\\/.test(body);
}

/** Doubles every backslash of a basic string body that is not already `\\` or `\"`. */
function doubleBackslashes(body: string): string {
	return body.replace(/\\(\\|")?/g, (whole, kept?: string) => (kept ? whole : '\\\\'));
}

function escapeProblem(text: string, reason: string, pos: number, ctx: ErrorContext): Diagnostic {
	const token = ctx.token;
	if (token && token.kind === 'string') {
		const raw = text.slice(token.from, token.to);
		const single = raw.length >= 2 && raw[0] === '"' && raw[1] !== '"' && raw.endsWith('"');
		const body = raw.slice(1, -1);
		if (single && pathLike(body)) {
			const insert = body.includes("'") ? `"${doubleBackslashes(body)}"` : `'${body}'`;
			return tomlDiagnostic('toml/windows-path-escape', { value: raw }, token.from, token.to, {
				from: token.from,
				to: token.to,
				insert
			});
		}
	}
	const backslash = text.lastIndexOf('\\', pos);
	const to = Math.max(pos + 1, backslash + 2);
	// Doubling the backslash is what was meant for `\d` or `\user`, not for `\uD800` or `\ ⏎`.
	const fixable = reason !== 'invalid unicode escape' && !reason.startsWith('invalid escape:');
	const edit = fixable ? { from: backslash, to: backslash, insert: '\\' } : undefined;
	return tomlDiagnostic(
		'toml/invalid-escape',
		{ escape: text.slice(backslash, to) },
		backslash,
		to,
		edit
	);
}

/** Diagnoses a character that smol-toml refused inside a key or a table header. */
function keyProblem(text: string, reason: string, pos: number, ctx: ErrorContext): Diagnostic {
	const line = text.slice(ctx.lineStart, ctx.lineEnd);
	const firstChar = ctx.lineStart + (line.length - line.trimStart().length);
	const header = ctx.topLevelLine && ctx.openers.length === 0 && text[firstChar] === '[';
	if (text[pos] === ':' && !header && !text.startsWith('//', pos + 1)) {
		let before = pos;
		while (before > ctx.lineStart && isBlank(text.charCodeAt(before - 1))) before--;
		let after = pos + 1;
		while (after < ctx.lineEnd && isBlank(text.charCodeAt(after))) after++;
		const keyFrom = ctx.key && ctx.key.to === before ? ctx.key.from : firstChar;
		const name = text.slice(keyFrom, before);
		// `key:` alone starts a YAML block (`- item` lines): `=` alone would leave no value.
		const valueFollows = after < ctx.lineEnd && text[after] !== '#';
		const edit = valueFollows ? { from: before, to: after, insert: ' = ' } : undefined;
		return tomlDiagnostic('toml/colon-instead-of-equals', { key: name }, pos, pos + 1, edit);
	}
	if (!text.slice(pos, ctx.lineEnd).includes(header ? ']' : '=')) {
		if (header)
			return tomlDiagnostic('toml/unclosed-bracket', { bracket: '[' }, firstChar, firstChar + 1);
		const inline = ctx.openers.length > 0;
		const unclosed = inline ? unclosedStructure(text, pos, ctx) : null;
		if (unclosed) return unclosed;
		let from = firstChar;
		if (inline) {
			from = pos;
			while (from > ctx.lineStart && !/[,{]/.test(text[from - 1])) from--;
			while (isBlank(text.charCodeAt(from))) from++;
		}
		const name = inline
			? text.slice(from, pos).trim()
			: stripComment(text.slice(from, ctx.lineEnd));
		if (!name) {
			const to = Math.min(pos + 1, text.length);
			return tomlDiagnostic('toml/syntax', { reason, token: text.slice(pos, to) }, pos, to);
		}
		return tomlDiagnostic('toml/missing-equals', { key: name }, from, from + name.length);
	}
	if (/[,[\]{}=]/.test(text[pos]))
		return tomlDiagnostic('toml/syntax', { reason, token: text[pos] }, pos, pos + 1);
	let from = pos;
	while (from > ctx.lineStart && !/[.[{,]/.test(text[from - 1])) from--;
	while (isBlank(text.charCodeAt(from))) from++;
	let to = pos;
	const stop = header ? /[.\]]/ : /[.=]/;
	while (to < ctx.lineEnd && !stop.test(text[to])) to++;
	while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
	const name = text.slice(from, to);
	const fix = /["'\\[\]{}=]/.test(name) ? undefined : { from, to, insert: `"${name}"` };
	return tomlDiagnostic('toml/invalid-key', { key: name }, from, to, fix);
}

/**
 * Diagnoses an invisible format character (a byte order mark that is not at the start of the
 * file, a zero-width space, …) at `pos`, with a fix that deletes every such character of the
 * key or word around it, or returns null.
 */
function invisibleProblem(text: string, pos: number, ctx: ErrorContext): Diagnostic | null {
	if (pos === 0 || !isInvisible(text.charCodeAt(pos))) return null;
	const inWord = (i: number) =>
		isBareKeyChar(text.charCodeAt(i)) || isInvisible(text.charCodeAt(i));
	// A byte order mark at the very start belongs to the file, not to the key.
	const floor = Math.max(ctx.lineStart, text.charCodeAt(0) === 0xfeff ? 1 : 0);
	let from = pos;
	while (from > floor && inWord(from - 1)) from--;
	let to = pos + 1;
	while (to < ctx.lineEnd && inWord(to)) to++;
	let next = to;
	while (next < ctx.lineEnd && isBlank(text.charCodeAt(next))) next++;
	const cleaned = withoutInvisible(text.slice(from, to));
	const isKey = cleaned !== '' && /[=.\]]/.test(text[next] ?? '');
	const char = describeInvisible(text.charCodeAt(pos));
	return tomlDiagnostic(
		'toml/invisible-character',
		{ key: isKey ? cleaned : '', char },
		isKey ? from : pos,
		isKey ? to : pos + 1,
		{ from, to, insert: cleaned }
	);
}

/**
 * Diagnoses a value or key written with typographic quotes (`“…”`, `‘…’`, `„…“`, `«…»`, …)
 * starting at `pos`, with a fix that writes the same characters between straight quotes, or
 * returns null.
 */
function smartQuoteProblem(text: string, at: number, ctx: ErrorContext): Diagnostic | null {
	let pos = at;
	// smol-toml reports a value with a `:` (`“C:\dir”`) at the blank before it.
	while (pos < ctx.lineEnd && isBlank(text.charCodeAt(pos))) pos++;
	const headerStart = ctx.topLevelLine && text.slice(ctx.lineStart, pos).trim() === '';
	if ((text[pos] === '[' || text[pos] === '{') && !headerStart) {
		// smol-toml may stop at the bracket of an array or table whose first item is smart-quoted.
		const bracket = pos++;
		while (pos < ctx.lineEnd && isBlank(text.charCodeAt(pos))) pos++;
		if (!isSmartQuote(text[pos])) return null;
		ctx = { ...ctx, openers: [...ctx.openers, bracket] };
	}
	if (!isSmartQuote(text[pos])) return null;
	const before = text.slice(ctx.lineStart, pos).trimEnd();
	const inValue = ctx.topLevelLine && ctx.openers.length === 0 && before.includes('=');
	const end = inValue ? pos + stripComment(text.slice(pos, ctx.lineEnd)).length : ctx.lineEnd;
	// What may follow the closing quote: `=` or `.` after a key, `,` `]` `}` after an item.
	const inner = text[ctx.openers[ctx.openers.length - 1]];
	const prev = before[before.length - 1];
	// Only a quote where a key or value starts opens one (not `”` after `\` inside a string).
	if (prev !== undefined && !'=[{,.'.includes(prev)) return null;
	const header = prev === '[' && ctx.openers.length === 0;
	const isKey =
		!inValue &&
		(prev === undefined ||
			prev === '.' ||
			header ||
			prev === '{' ||
			(prev === ',' && inner === '{'));
	const stops = isKey ? (header ? '.]' : '=.') : ',]}';
	const span = smartQuotedAt(text, pos, end, inValue, stops);
	if (!span) return null;
	const where = isKey ? 'key' : 'value';
	return smartQuoteDiagnostic(span, where);
}

/**
 * Diagnoses a straight-quoted string at `from` closed by a typographic quote (`"value”`), or
 * returns null.
 */
function smartCloseProblem(text: string, from: number, ctx: ErrorContext): Diagnostic | null {
	const inArray = ctx.openers.length > 0;
	const end = inArray ? ctx.lineEnd : from + stripComment(text.slice(from, ctx.lineEnd)).length;
	const span = smartQuotedAt(text, from, end, !inArray, ',]}');
	if (!span) return null;
	return smartQuoteDiagnostic(span, 'value');
}

/** Diagnoses an error that leaves an inline array or table open, or returns null. */
function unclosedStructure(text: string, pos: number, ctx: ErrorContext): Diagnostic | null {
	const opener = ctx.openers[ctx.openers.length - 1];
	if (opener === undefined) return null;
	const line = text.slice(ctx.lineStart, ctx.lineEnd);
	// A `[header]` line inside the structure, or a `key =` line inside an array (inline tables
	// may hold those on several lines in TOML 1.1), means its closing bracket is missing.
	const header = /^\s*\[\[?\s*[A-Za-z_"'][^\]]*\]\]?\s*(?:#.*)?$/.test(line);
	const pair = text[opener] === '[' && /^\s*[\w"'.-]+\s*=/.test(line);
	const runaway = opener < ctx.lineStart && (header || pair);
	if (pos < text.length && !runaway) return null;
	return tomlDiagnostic('toml/unclosed-bracket', { bracket: text[opener] }, opener, opener + 1);
}

/**
 * Turns smol-toml's error `reason` at offset `pos` into one diagnostic whose range covers the
 * offending token, choosing a specific code (and a fix when the edit is mechanical) when the
 * mistake is recognisable.
 */
export function diagnoseSyntaxError(text: string, reason: string, pos: number): Diagnostic {
	const ctx = errorContextAt(text, pos);
	const word = (from: number) => ({ from, to: wordEnd(text, from) });
	if (ctx.topLevelLine && !reason.startsWith('trying to redefine')) {
		const dotenv = dotenvLine(text, ctx);
		if (dotenv) return dotenv;
	}
	const string = ctx.lastString;
	if (reason.endsWith('strings') && string?.to === pos && /[\r\n]/.test(text[pos])) {
		const smart = smartCloseProblem(text, string.from, ctx);
		if (smart) return smart;
		const value = text.slice(string.from, pos);
		return tomlDiagnostic('toml/unclosed-string', { value }, string.from, pos);
	}
	const invisible = invisibleProblem(text, pos, ctx);
	if (invisible) return invisible;
	const smart = smartQuoteProblem(text, pos, ctx);
	if (smart) return smart;
	if (reason.startsWith('control characters') || isStrayInvisible(text, pos)) {
		const where = reason.endsWith('comments')
			? 'comment'
			: reason.endsWith('strings')
				? 'string'
				: 'text';
		const char = codePoint(text.charCodeAt(pos));
		return tomlDiagnostic('toml/control-character', { where, char }, pos, pos + 1);
	}
	if (reason.startsWith('trying to redefine')) {
		const keys = ctx.key?.keys ?? [];
		const from = keys.length ? keys[0].from : pos;
		const to = keys.length ? keys[keys.length - 1].to : wordEnd(text, pos);
		return tomlDiagnostic('toml/duplicate-key', { key: text.slice(from, to) }, from, to);
	}
	if (reason.startsWith('invalid date')) {
		const t = ctx.token?.kind === 'bare' ? ctx.token : word(pos);
		const value = text.slice(t.from, t.to);
		const problem = checkDateLiteral(value) ?? { part: 'format' };
		return tomlDiagnostic('toml/invalid-date', { value, problem }, t.from, t.to);
	}
	if (escapeReasons.has(reason)) {
		// `"C:\dir”`: the string is closed by a typographic quote, so the escape is not the point.
		const start = ctx.token?.kind === 'string' ? ctx.token.from : ctx.lastString?.from;
		const smartClose = start === undefined ? null : smartCloseProblem(text, start, ctx);
		return smartClose ?? escapeProblem(text, reason, pos, ctx);
	}
	if (reason === 'unfinished string') {
		const to = stringEnd(text, pos);
		const smartClose = smartCloseProblem(text, pos, ctx);
		if (smartClose) return smartClose;
		return tomlDiagnostic('toml/unclosed-string', { value: text.slice(pos, to) }, pos, to);
	}
	if (reason === 'unfinished table' || reason === 'unfinished array')
		return tomlDiagnostic('toml/unclosed-bracket', { bracket: text[pos] ?? '[' }, pos, pos + 1);
	if (reason.includes('excessively nested'))
		return tomlDiagnostic('toml/too-deep', {}, pos, pos + 1);
	if (reason === 'illegal character in key' || reason.startsWith('incomplete key-value'))
		return keyProblem(text, reason, pos, ctx);
	if (reason === 'expected comma or end of structure' || reason === 'invalid value') {
		const unclosed = unclosedStructure(text, pos, ctx);
		if (unclosed) return unclosed;
	}
	if (reason === 'invalid value' || numberReasons.has(reason) || reason.startsWith('each key')) {
		const found = statementValue(text, reason, pos, ctx);
		if (found) return found;
		const t = ctx.token?.kind === 'bare' ? ctx.token : word(pos);
		if (!reason.startsWith('each key') && t.to > t.from && !/[=,\]}]/.test(text[t.from]))
			return badValue(reason, text.slice(t.from, t.to), t.from, t.to);
	}
	const t = word(pos);
	if (reason === 'expected end of table array declaration') t.from = ctx.lineStart;
	if (t.to === t.from) t.to = Math.min(pos + 1, ctx.lineEnd);
	if (t.to < t.from) t.to = t.from;
	return tomlDiagnostic('toml/syntax', { reason, token: text.slice(t.from, t.to) }, t.from, t.to);
}
