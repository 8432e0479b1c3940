import { PyException } from '../python/exceptions.ts';
import { codePointOffset, utf16Offset } from '../python/text.ts';
import type { PyDict } from '../python/values.ts';
import { TomlDecodeError } from './errors.ts';
import { loadsLegacy } from './loads.ts';
import { nestingRecursionText } from './value.ts';

/** Where `toml` 0.10.2 says a `TomlDecodeError` happened. */
export interface LegacyDecodeInfo {
	/** The message without its position suffix. */
	msg: string;
	/** 1-based line, as `toml` counts it. */
	line: number;
	/** 1-based column in code points, as `toml` counts it. */
	column: number;
	/** 0-based code-point offset (`char`). */
	char: number;
	/** The same place as a UTF-16 offset into the parsed text. */
	from: number;
}

/** An exception the parser raised: Python class name and `str(e)`. */
export interface LegacyError {
	/** Python class name, e.g. `TomlDecodeError` or `IndexError`. */
	type: string;
	/** `str(e)`, for a decode error with ` (line L column C char P)` appended. */
	text: string;
	/** Set for `TomlDecodeError`. */
	decode?: LegacyDecodeInfo;
}

/** What `toml.loads` does with a text: the dict it returns or the exception it raises. */
export type LegacyOutcome = { ok: true; value: PyDict } | { ok: false; error: LegacyError };

function decodeInfo(text: string, e: TomlDecodeError): LegacyDecodeInfo {
	const char = e.char ?? codePointOffset(text, Math.min(e.at, text.length));
	const from = utf16Offset(text, char);
	const before = text.slice(0, from);
	let line = 1;
	for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) line++;
	const lastNl = before.lastIndexOf('\n');
	const column = char - (lastNl < 0 ? -1 : codePointOffset(text, lastNl));
	return { msg: e.msg, line, column, char, from };
}

/**
 * Predicts `toml.loads(text)` of the Python `toml` 0.10.2 package, the parser
 * Streamlit uses, quirks included. `text` must already have had its line endings
 * normalised the way Python's text-mode `open()` does. Never throws.
 */
export function parseLegacyToml(text: string): LegacyOutcome {
	try {
		return { ok: true, value: loadsLegacy(text) };
	} catch (e) {
		if (e instanceof TomlDecodeError) {
			const decode = decodeInfo(text, e);
			const suffix = ` (line ${decode.line} column ${decode.column} char ${decode.char})`;
			return { ok: false, error: { type: e.type, text: e.msg + suffix, decode } };
		}
		if (e instanceof PyException) return { ok: false, error: { type: e.type, text: e.text } };
		if (e instanceof RangeError)
			return { ok: false, error: { type: 'RecursionError', text: nestingRecursionText } };
		throw e;
	}
}
