import { parse, TomlError } from 'smol-toml';
import { offsetAt, type Diagnostic } from '../diagnostic';
import { findImpossibleDates } from './dates';
import { tomlDiagnostic } from './messages';
import { diagnoseSyntaxError } from './syntax-error';

/** The outcome of {@link parseToml}. */
export interface ParseResult {
	/**
	 * The parsed document as smol-toml returns it (every integer as `bigint`, so that `1` and
	 * `1.0` stay apart; floats as numbers; dates as
	 * `TomlDate`), or null when the text is not valid TOML 1.1.
	 */
	value: Record<string, unknown> | null;
	/** The problems found; empty exactly when `value` is not null. */
	diagnostics: Diagnostic[];
}

/** Returns the reason smol-toml gave, without its "Invalid TOML document:" prefix and code frame. */
function reasonOf(error: TomlError): string {
	const message = error.message.replace(/^Invalid TOML document: /, '');
	const frame = message.indexOf('\n\n');
	return frame < 0 ? message : message.slice(0, frame);
}

/**
 * Parses `text` as TOML 1.1 with smol-toml and returns the value or diagnostics. A syntax
 * error yields one `toml/…` diagnostic pointing at the offending token. Dates smol-toml would
 * roll over (`2021-02-30`) are reported as `toml/invalid-date`, all of them. A leading byte
 * order mark is accepted. Never throws for bad input; rethrows anything but a `TomlError`.
 */
export function parseToml(text: string): ParseResult {
	let value: Record<string, unknown>;
	try {
		value = parse(text, { integersAsBigInt: true });
	} catch (error) {
		if (!(error instanceof TomlError)) throw error;
		const pos = offsetAt(text, error.line, error.column);
		return { value: null, diagnostics: [diagnoseSyntaxError(text, reasonOf(error), pos)] };
	}
	const dates = findImpossibleDates(text);
	if (dates.length === 0) return { value, diagnostics: [] };
	return {
		value: null,
		diagnostics: dates.map((d) =>
			tomlDiagnostic('toml/invalid-date', { value: d.value, problem: d.problem }, d.from, d.to)
		)
	};
}
