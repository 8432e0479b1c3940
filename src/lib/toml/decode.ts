import type { Diagnostic } from '../diagnostic';
import { tomlDiagnostic } from './messages';

/** Why a byte sequence could not be decoded, in the words of Python's UTF-8 codec. */
export type Utf8Reason =
	'invalid start byte' | 'invalid continuation byte' | 'unexpected end of data';

/** The first undecodable sequence in a byte array, located as Python's `UnicodeDecodeError` does. */
export interface Utf8Error {
	/** Byte offset where the undecodable sequence starts (Python's `start`). */
	start: number;
	/** Byte offset just past the undecodable sequence (Python's `end`), always > `start`. */
	end: number;
	/** Python's reason, the part after the colon. */
	reason: Utf8Reason;
	/** The exact text of Python's `str(UnicodeDecodeError)`, as Streamlit would show it. */
	pythonMessage: string;
	/**
	 * The bytes decoded with each undecodable sequence replaced by U+FFFD (Python's
	 * `errors='replace'`). For display only: never parse it.
	 */
	replaced: string;
	/** A `toml/invalid-utf8` error whose offsets (UTF-16) point at the first U+FFFD in `replaced`. */
	diagnostic: Diagnostic;
}

/** The outcome of {@link decodeUtf8}: the text, or the first decoding error. */
export type DecodeResult =
	{ text: string; error?: undefined } | { text?: undefined; error: Utf8Error };

interface BadSequence {
	end: number;
	reason: Utf8Reason;
}

const isContinuation = (b: number) => b >= 0x80 && b <= 0xbf;

/**
 * Returns the bad sequence starting at `i`, or the length of the valid one. Mirrors CPython's
 * decoder: the second byte's range is narrowed for E0, ED, F0 and F4 so that overlong forms,
 * surrogates and code points above U+10FFFF fail as an invalid continuation byte.
 */
function checkSequence(bytes: Uint8Array, i: number): number | BadSequence {
	const lead = bytes[i];
	if (lead < 0x80) return 1;
	let need: number;
	let low = 0x80;
	let high = 0xbf;
	if (lead < 0xc2) return { end: i + 1, reason: 'invalid start byte' };
	else if (lead < 0xe0) need = 1;
	else if (lead < 0xf0) {
		need = 2;
		if (lead === 0xe0) low = 0xa0;
		else if (lead === 0xed) high = 0x9f;
	} else if (lead < 0xf5) {
		need = 3;
		if (lead === 0xf0) low = 0x90;
		else if (lead === 0xf4) high = 0x8f;
	} else return { end: i + 1, reason: 'invalid start byte' };
	for (let k = 1; k <= need; k++) {
		if (i + k >= bytes.length) return { end: bytes.length, reason: 'unexpected end of data' };
		const b = bytes[i + k];
		const ok = k === 1 ? b >= low && b <= high : isContinuation(b);
		if (!ok) return { end: i + k, reason: 'invalid continuation byte' };
	}
	return need + 1;
}

function formatPythonMessage(
	bytes: Uint8Array,
	start: number,
	end: number,
	reason: string
): string {
	const where =
		end - start === 1
			? `byte 0x${bytes[start].toString(16).padStart(2, '0')} in position ${start}`
			: `bytes in position ${start}-${end - 1}`;
	return `'utf-8' codec can't decode ${where}: ${reason}`;
}

function codePointAt(bytes: Uint8Array, i: number, length: number): number {
	const lead = bytes[i];
	if (length === 1) return lead;
	let cp = lead & (0xff >> (length + 1));
	for (let k = 1; k < length; k++) cp = (cp << 6) | (bytes[i + k] & 0x3f);
	return cp;
}

class StringBuilder {
	private units: number[] = [];
	private parts: string[] = [];

	push(cp: number) {
		if (cp > 0xffff) {
			cp -= 0x10000;
			this.units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
		} else this.units.push(cp);
		if (this.units.length >= 8192) this.flush();
	}

	flush() {
		this.parts.push(String.fromCharCode(...this.units));
		this.units = [];
	}

	toString(): string {
		this.flush();
		return this.parts.join('');
	}
}

/**
 * Decodes `bytes` as strict UTF-8, the way Python's `bytes.decode('utf-8')` does, which is
 * how Streamlit reads `secrets.toml`. A byte order mark is kept as U+FEFF. On failure, returns
 * the first undecodable sequence with Python's exact error text.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
	const out = new StringBuilder();
	let first: (BadSequence & { start: number; utf16: number }) | null = null;
	let utf16 = 0;
	for (let i = 0; i < bytes.length;) {
		const seq = checkSequence(bytes, i);
		if (typeof seq === 'number') {
			const cp = codePointAt(bytes, i, seq);
			out.push(cp);
			utf16 += cp > 0xffff ? 2 : 1;
			i += seq;
		} else {
			first ??= { ...seq, start: i, utf16 };
			out.push(0xfffd);
			utf16++;
			i = seq.end;
		}
	}
	const text = out.toString();
	if (!first) return { text };
	const pythonMessage = formatPythonMessage(bytes, first.start, first.end, first.reason);
	return {
		error: {
			start: first.start,
			end: first.end,
			reason: first.reason,
			pythonMessage,
			replaced: text,
			diagnostic: tomlDiagnostic(
				'toml/invalid-utf8',
				{ pythonMessage },
				first.utf16,
				first.utf16 + 1
			)
		}
	};
}

/**
 * Returns the UTF-16 length of the text that `bytes.subarray(0, byteOffset)` decodes to,
 * assuming that prefix is valid UTF-8. Offsets past the end are clamped.
 */
export function utf16OffsetOfByte(bytes: Uint8Array, byteOffset: number): number {
	const end = Math.max(0, Math.min(byteOffset, bytes.length));
	let units = 0;
	for (let i = 0; i < end; i++) {
		const b = bytes[i];
		if (b < 0x80 || (b >= 0xc0 && b < 0xf0)) units++;
		else if (b >= 0xf0) units += 2;
	}
	return units;
}
