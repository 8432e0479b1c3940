import type { Diagnostic } from '../diagnostic';
import { findImpossibleDates } from './dates';
import { tomlDiagnostic } from './messages';
import { blankStatementsAt, recoverToml, type RecoveredToml } from './recover';
import { diagnoseSyntaxError } from './syntax-error';
import { tryParse } from './try-parse';

/** The outcome of {@link parseToml}. */
export interface ParseResult {
	/**
	 * The parsed document as smol-toml returns it (every integer as `bigint`, so that `1` and
	 * `1.0` stay apart; floats as numbers; dates as
	 * `TomlDate`), or null when the text is not valid TOML 1.1.
	 */
	value: Record<string, unknown> | null;
	/**
	 * The problems found, the one smol-toml stops at first (as Streamlit's parser stops at its
	 * own first error); empty exactly when `value` is not null.
	 */
	diagnostics: Diagnostic[];
	/** When `value` is null: what is left of the text without its bad statements. */
	recovered?: RecoveredToml;
}

/**
 * Parses `text` as TOML 1.1 with smol-toml and returns the value or diagnostics. A syntax
 * error yields a `toml/…` diagnostic pointing at the offending token, then one for each
 * further statement that fails ({@link recoverToml}); valid text never gets that far. Dates
 * smol-toml would roll over (`2021-02-30`) are reported as `toml/invalid-date`, all of them.
 * A leading byte order mark is accepted. Never throws for bad input; rethrows anything but a
 * `TomlError`.
 */
export function parseToml(text: string): ParseResult {
	const parsed = tryParse(text);
	if (!('value' in parsed)) {
		const { reason, pos } = parsed;
		const diagnostic = diagnoseSyntaxError(text, reason, pos);
		const recovered = recoverToml(text, { reason, pos, diagnostic });
		return { value: null, diagnostics: [diagnostic, ...recovered.diagnostics], recovered };
	}
	const dates = findImpossibleDates(text);
	if (dates.length === 0) return { value: parsed.value, diagnostics: [] };
	const rest = blankStatementsAt(
		text,
		dates.map((d) => d.from)
	);
	const again = tryParse(rest);
	return {
		value: null,
		diagnostics: dates.map((d) =>
			tomlDiagnostic('toml/invalid-date', { value: d.value, problem: d.problem }, d.from, d.to)
		),
		recovered: { text: rest, value: 'value' in again ? again.value : null, diagnostics: [] }
	};
}
