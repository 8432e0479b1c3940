import { parse, TomlError } from 'smol-toml';
import { offsetAt } from '../diagnostic';

/** What {@link tryParse} returns: the value, or smol-toml's reason and the error's offset. */
export type ParseAttempt = { value: Record<string, unknown> } | { reason: string; pos: number };

/** Returns the reason smol-toml gave, without its "Invalid TOML document:" prefix and code frame. */
function reasonOf(error: TomlError): string {
	const message = error.message.replace(/^Invalid TOML document: /, '');
	const frame = message.indexOf('\n\n');
	return frame < 0 ? message : message.slice(0, frame);
}

/**
 * Parses `text` with smol-toml (every integer as `bigint`); returns the value, or the reason
 * and offset of the syntax error (line and column turned into an offset, clamped to the
 * text). The only `try/catch` around smol-toml; rethrows anything but a `TomlError`.
 */
export function tryParse(text: string): ParseAttempt {
	try {
		return { value: parse(text, { integersAsBigInt: true }) };
	} catch (error) {
		if (!(error instanceof TomlError)) throw error;
		return { reason: reasonOf(error), pos: offsetAt(text, error.line, error.column) };
	}
}
