import type { Diagnostic } from '../diagnostic';
import { findImpossibleDates } from './dates';
import { tomlDiagnostic } from './messages';
import { splitStatements, statementAt, type Statement } from './statements';
import { findDuplicates } from './duplicates';
import { diagnoseSyntaxError } from './syntax-error';
import { tryParse } from './try-parse';

/** What is left of a text that is not valid TOML once its bad statements are blanked out. */
export interface RecoveredToml {
	/**
	 * The text with every statement that has an error replaced by spaces (line breaks kept), so
	 * that every offset still means the same place; valid TOML, unless `value` is null.
	 */
	text: string;
	/**
	 * The recovered text parsed as smol-toml does (integers as `bigint`), or null; parsed when
	 * first read, since only some callers need it.
	 */
	readonly value: Record<string, unknown> | null;
	/** Every problem after the first one, each at its own statement. */
	diagnostics: Diagnostic[];
}

/** The first error smol-toml reported, as {@link recoverToml} takes it. */
export interface FirstError {
	/** smol-toml's reason, without its prefix and code frame. */
	reason: string;
	/** Offset of the error. */
	pos: number;
	/** The diagnostic made of it. */
	diagnostic: Diagnostic;
}

/** At most this many problems are listed after the first; later statements are left out. */
const maxDiagnostics = 1000;
/** Text re-parsed whole to find redefined keys, in characters: bounds the work on huge files. */
const reparseBudget = 8_000_000;

/** Returns `s` with every character but line breaks (`\n`, `\r\n`) turned into a space. */
export function blank(s: string): string {
	return s.replace(/\r(?!\n)|[^\r\n]/g, ' ');
}

/** Returns `d` with its range and fix moved `by` characters on. */
function shifted(d: Diagnostic, by: number): Diagnostic {
	const out = { ...d, from: d.from + by, to: d.to + by };
	if (d.fix) out.fix = { ...d.fix, from: d.fix.from + by, to: d.fix.to + by };
	return out;
}

/**
 * Marks the statements an error makes unusable: the one holding it, and for a table header
 * the whole table up to the next header, whose keys would otherwise land in the table
 * before it (and be reported as redefined there).
 */
function markBad(statements: readonly Statement[], bad: boolean[], at: number) {
	bad[at] = true;
	if (!statements[at].header) return;
	for (let i = at + 1; i < statements.length && !statements[i].header; i++) bad[i] = true;
}

function blanked(text: string, statements: readonly Statement[], bad: readonly boolean[]): string {
	let out = '';
	for (let i = 0; i < statements.length;) {
		let j = i + 1;
		while (j < statements.length && bad[j] === bad[i]) j++;
		const part = text.slice(statements[i].from, statements[j - 1].to);
		out += bad[i] ? blank(part) : part;
		i = j;
	}
	return out;
}

/** How many statements before an error may belong to a value whose bracket was left open. */
const lookBack = 8;

/**
 * Returns the index of the statement smol-toml was reading when it met `first`. That is the
 * one holding the error, unless a bracket left open made smol-toml read on into lines taken
 * as statements of their own: then one of the few statements before fails on its own (all
 * of them parsed in the whole text, so none fails for another reason).
 */
function failedStatement(text: string, statements: readonly Statement[], first: FirstError) {
	const failed = statementAt(statements, Math.min(first.pos, first.diagnostic.from));
	for (let i = failed - 1; i >= Math.max(0, failed - lookBack); i--) {
		const s = statements[i];
		if (!s.header && !('value' in tryParse(text.slice(s.from, s.to)))) return i;
	}
	return failed;
}

/**
 * Recovers from the first syntax error of `text` and finds the others, statement by
 * statement: each statement after the one that failed is parsed on its own (it starts on a
 * line of its own, outside any bracket or string, so it parses the same as in the whole
 * text), and every one that fails gets its own diagnostic from {@link diagnoseSyntaxError}.
 * The text without the failed statements is then parsed whole to find keys and tables
 * defined twice, removing each and parsing again; impossible dates are reported too.
 * Linear in the text but for that last step, whose re-parsing is bounded (8 M characters,
 * at least 4 passes); at most 1000 problems are listed. Never throws for bad input.
 */
export function recoverToml(text: string, first: FirstError): RecoveredToml {
	const statements = splitStatements(text);
	const bad = statements.map(() => false);
	const diagnostics: Diagnostic[] = [];
	const failed = failedStatement(text, statements, first);
	markBad(statements, bad, failed);
	for (let i = failed + 1; i < statements.length; i++) {
		if (diagnostics.length >= maxDiagnostics) {
			bad.fill(true, i);
			break;
		}
		const s = statements[i];
		const chunk = text.slice(s.from, s.to);
		const result = tryParse(chunk);
		if ('value' in result) continue;
		diagnostics.push(shifted(diagnoseSyntaxError(chunk, result.reason, result.pos), s.from));
		bad[i] = true;
	}
	if (diagnostics.length < maxDiagnostics)
		diagnostics.push(
			...findDuplicates(text, statements, bad, (at) => markBad(statements, bad, at))
		);
	let recovered = blanked(text, statements, bad);
	// The statements before the failed one parsed in the whole text: with no good one after
	// it, the rest is valid TOML as it stands and need not be parsed to tell.
	let valid = bad.indexOf(false, failed + 1) < 0;
	let value: Record<string, unknown> | undefined;
	let passes = Math.max(4, Math.floor(reparseBudget / (text.length + 1)));
	while (!valid && passes-- > 0) {
		const result = tryParse(recovered);
		if ('value' in result) {
			valid = true;
			value = result.value;
			break;
		}
		const d = diagnoseSyntaxError(recovered, result.reason, result.pos);
		const at = statementAt(statements, Math.min(result.pos, d.from));
		if (bad[at]) break;
		if (diagnostics.length < maxDiagnostics) diagnostics.push(d);
		markBad(statements, bad, at);
		recovered = blanked(text, statements, bad);
	}
	const dates = valid ? findImpossibleDates(recovered) : [];
	for (const d of dates) {
		diagnostics.push(
			tomlDiagnostic('toml/invalid-date', { value: d.value, problem: d.problem }, d.from, d.to)
		);
		bad[statementAt(statements, d.from)] = true;
	}
	if (dates.length > 0) {
		recovered = blanked(text, statements, bad);
		value = undefined;
	}
	diagnostics.sort((x, y) => x.from - y.from);
	return restOf(recovered, valid ? value : null, diagnostics);
}

/**
 * Returns the {@link RecoveredToml} of the rest `text`; its value is parsed on first use
 * unless already `known` (null when the rest is not valid TOML).
 */
function restOf(
	text: string,
	known: Record<string, unknown> | null | undefined,
	diagnostics: Diagnostic[]
): RecoveredToml {
	let value = known;
	return {
		text,
		diagnostics,
		get value() {
			if (value === undefined) {
				const result = tryParse(text);
				value = 'value' in result ? result.value : null;
			}
			return value;
		}
	};
}

/**
 * Returns `text` with each statement holding one of the offsets `at` blanked out (see
 * {@link blank}), so that the rest can be read without them. Linear in the text.
 */
export function blankStatementsAt(text: string, at: readonly number[]): string {
	const statements = splitStatements(text);
	const bad = statements.map(() => false);
	for (const pos of at) bad[statementAt(statements, pos)] = true;
	return blanked(text, statements, bad);
}
