import type { Diagnostic } from '../diagnostic.ts';
import { parseLegacyToml, type LegacyOutcome } from '../legacy-toml/index.ts';
import type { PyDict } from '../python/values.ts';
import { universalNewlines } from '../streamlit/sources.ts';
import type { ParseResult } from '../toml/parse.ts';
import { blankStatementsAt } from '../toml/recover.ts';
import { tryParse } from '../toml/try-parse.ts';
import { lineRange, originalOffset } from '../diagnostics/line-offsets.ts';
import { KeyLocator } from '../toml/key-locator.ts';
import { streamlitDiagnostic } from '../diagnostics/streamlit-messages.ts';

/**
 * What is left of a secrets file Streamlit cannot load, or that is not valid TOML, once the
 * statements that fail are blanked out: the rest, as both parsers read it.
 */
export interface RecoveredSource {
	/** The text with the failing statements replaced by spaces; every offset is unchanged. */
	text: string;
	/** What Streamlit's parser reads from `text`. */
	secrets: PyDict;
	/** The TOML value of `text` (smol-toml's), or null when it could not be parsed. */
	toml: Record<string, unknown> | null;
	/** Where the keys of `text` are written (the same offsets as in the original text). */
	outline: KeyLocator;
	/** Where Streamlit's parser fails after its first error: `streamlit/later-parse-error`. */
	diagnostics: Diagnostic[];
}

/** How many more of Streamlit's parse errors are looked past after its first. */
const maxLegacyErrors = 20;

/**
 * Returns the rest of `text` that both parsers read, given what smol-toml (`toml`) and
 * Streamlit's parser (`legacy`) made of the whole: the text without the statements smol-toml
 * rejects, then without each statement where Streamlit's parser still fails (each such
 * failure after the first becomes a `streamlit/later-parse-error`). Null when the text is
 * valid for both, or when no usable rest is found.
 */
export function recoverSource(
	text: string,
	toml: ParseResult,
	legacy: LegacyOutcome
): RecoveredSource | null {
	if (toml.value !== null && legacy.ok) return null;
	let rest = toml.value !== null ? text : toml.recovered?.text;
	let value = toml.value ?? toml.recovered?.value ?? null;
	if (rest === undefined || value === null) return null;
	const diagnostics: Diagnostic[] = [];
	let outcome = rest === text ? legacy : parseLegacyToml(universalNewlines(rest));
	for (let n = 0; !outcome.ok && n < maxLegacyErrors; n++) {
		const decode = outcome.error.decode;
		if (!decode) return null;
		const at = originalOffset(rest, decode.from);
		if (rest !== text) {
			const { from, to } = lineRange(text, at);
			const error = outcome.error.text;
			diagnostics.push(streamlitDiagnostic('streamlit/later-parse-error', { error }, from, to));
		}
		const next = blankStatementsAt(rest, [Math.min(at, Math.max(0, rest.length - 1))]);
		if (next === rest) return null;
		rest = next;
		outcome = parseLegacyToml(universalNewlines(rest));
		const again = tryParse(rest);
		value = 'value' in again ? again.value : null;
	}
	if (!outcome.ok) return null;
	return {
		text: rest,
		secrets: outcome.value,
		toml: value,
		outline: new KeyLocator(rest),
		diagnostics
	};
}
