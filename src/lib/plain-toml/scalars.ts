import { PyFloat, type PyValue } from '../python/values.ts';
import {
	APOSTROPHE,
	BACKSLASH,
	Cursor,
	DOT,
	LF,
	MINUS,
	NINE,
	QUOTE,
	SPACE,
	TAB,
	CR,
	ZERO,
	notPlain
} from './cursor.ts';
import { readDateTime } from './dates.ts';

function notPlainValue(): never {
	throw notPlain;
}

/** True for the whitespace Python's `str.strip()` removes that a plain string may hold. */
export function isPythonBlank(c: number): boolean {
	return (
		c === SPACE ||
		c === TAB ||
		c === 0x85 ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000
	);
}

/** The one-letter escapes a plain string may hold, by the letter's code. */
const simpleEscapes = new Map<number, string>([
	[110, '\n'],
	[116, '\t'],
	[114, '\r'],
	[98, '\b'],
	[102, '\f'],
	[BACKSLASH, '\\'],
	[QUOTE, '"']
]);

function hexValue(c: number): number {
	if (c >= ZERO && c <= NINE) return c - ZERO;
	if (c >= 97 && c <= 102) return c - 87;
	if (c >= 65 && c <= 70) return c - 55;
	return -1;
}

/**
 * Reads the scalars of plain TOML: strings (one-line, literal and multi-line),
 * decimal numbers, booleans and dates, each as `toml` 0.10.2 and TOML 1.1 both read it.
 */
export class ScalarReader extends Cursor {
	/**
	 * A string, number, boolean or date. Inside an array or inline table
	 * (`nested`), strings may not hold the characters `toml` 0.10.2 splits on.
	 */
	protected scalar(nested: boolean): PyValue {
		const text = this.text;
		const c = text.charCodeAt(this.i);
		if ((c === QUOTE || c === APOSTROPHE) && this.tripled(c))
			return nested ? notPlainValue() : this.multilineString(c);
		if (c === QUOTE) return this.basicString(nested);
		if (c === APOSTROPHE) return this.literalString(nested);
		if (c === 116 && text.startsWith('true', this.i)) return this.word(true, 4);
		if (c === 102 && text.startsWith('false', this.i)) return this.word(false, 5);
		if (c === MINUS || (c >= ZERO && c <= NINE)) {
			const value = this.numberOrDate();
			// Arrays of dates and dates in inline tables are left to the full parsers.
			if (nested && this.kind === 'date') throw notPlain;
			return value;
		}
		throw notPlain;
	}

	protected word(value: boolean, length: number): boolean {
		this.i += length;
		this.ends();
		this.kind = 'bool';
		return value;
	}

	/** True when `q` opens a multi-line string here (three of it). */
	protected tripled(q: number): boolean {
		return this.text.charCodeAt(this.i + 1) === q && this.text.charCodeAt(this.i + 2) === q;
	}

	/**
	 * `"""…"""` or `'''…'''` over several lines (LF only), with neither quote nor a
	 * backslash inside; TOML and `toml` 0.10.2 both drop a line break right after the
	 * opening delimiter. The closing delimiter ends its line.
	 */
	protected multilineString(q: number): string {
		const text = this.text;
		this.i += 3;
		if (text.charCodeAt(this.i) === LF) this.i++;
		// `toml` 0.10.2 also drops further line breaks at the start.
		if (text.charCodeAt(this.i) === LF) throw notPlain;
		const start = this.i;
		for (;;) {
			const c = text.charCodeAt(this.i);
			if (c === q) {
				if (!this.tripled(q) || text.charCodeAt(this.i + 3) === q) throw notPlain;
				break;
			}
			if (c === QUOTE || c === APOSTROPHE || c === BACKSLASH || c === CR) throw notPlain;
			// `toml` 0.10.2 strips the lines of the value: no blanks next to a line break.
			const d = text.charCodeAt(this.i + 1);
			if (c === LF ? isPythonBlank(d) : isPythonBlank(c) && d === LF) throw notPlain;
			if (c !== LF) this.stringChar(c, false);
			this.i++;
		}
		const value = text.slice(start, this.i);
		this.i += 3;
		// `toml` 0.10.2 loses the value when anything follows the closing delimiter.
		const after = text.charCodeAt(this.i);
		if (after === after && after !== LF) throw notPlain;
		this.kind = 'str';
		return value;
	}

	/** `"…"` with escapes as {@link escape} allows, and no apostrophe. */
	protected basicString(nested: boolean): string {
		const text = this.text;
		const start = ++this.i;
		let out = '';
		let from = start;
		for (;;) {
			const c = text.charCodeAt(this.i);
			if (c === QUOTE) break;
			if (c === APOSTROPHE) throw notPlain;
			if (c === BACKSLASH) {
				out += text.slice(from, this.i) + this.escape();
				from = this.i;
				continue;
			}
			this.stringChar(c, nested);
			this.i++;
		}
		if (this.i === start && text.charCodeAt(this.i + 1) === QUOTE) throw notPlain;
		out += text.slice(from, this.i++);
		// `toml` 0.10.2 unescapes before it takes the quotes off, and a value that then starts
		// with three quotes loses two more at each end: `"\""` and `"\"\"x"` read as ''.
		if (out.charCodeAt(0) === QUOTE && (out.length === 1 || out.charCodeAt(1) === QUOTE))
			throw notPlain;
		this.ends();
		this.kind = 'str';
		return out;
	}

	/** One escape at `i`; returns what it stands for. */
	protected escape(): string {
		const text = this.text;
		const e = text.charCodeAt(this.i + 1);
		const simple = simpleEscapes.get(e);
		// `toml` 0.10.2 reads `\\u` as the start of a `\u` escape.
		const next = text.charCodeAt(this.i + 2);
		if (e === BACKSLASH && (next === 117 || next === 85)) throw notPlain;
		if (simple !== undefined) {
			this.i += 2;
			return simple;
		}
		if (e !== 117) throw notPlain;
		let code = 0;
		for (let k = 2; k < 6; k++) {
			const h = hexValue(text.charCodeAt(this.i + k));
			if (h < 0) throw notPlain;
			code = code * 16 + h;
		}
		if (code < SPACE || code === 127 || (code >= 0xd800 && code <= 0xdfff)) throw notPlain;
		if (code === QUOTE || code === APOSTROPHE || code === BACKSLASH) throw notPlain;
		this.i += 6;
		return String.fromCharCode(code);
	}

	/** `'…'` with no quote of either kind inside (backslashes are plain characters). */
	protected literalString(nested: boolean): string {
		const text = this.text;
		const start = ++this.i;
		for (;;) {
			const c = text.charCodeAt(this.i);
			if (c === APOSTROPHE) break;
			if (c === QUOTE) throw notPlain;
			// `toml` 0.10.2 reads a backslash before a quote or backslash as an escape even here.
			if (c === BACKSLASH) {
				const d = text.charCodeAt(this.i + 1);
				if (d === APOSTROPHE || d === BACKSLASH) throw notPlain;
			}
			this.stringChar(c, nested);
			this.i++;
		}
		if (this.i === start && text.charCodeAt(this.i + 1) === APOSTROPHE) throw notPlain;
		const value = text.slice(start, this.i++);
		this.ends();
		this.kind = 'str';
		return value;
	}

	/** A decimal integer or float without exponent or underscores, or a date-time. */
	protected numberOrDate(): PyValue {
		const text = this.text;
		const start = this.i;
		const negative = text.charCodeAt(start) === MINUS;
		if (negative) this.i++;
		const whole = this.digits();
		if (whole === 4 && !negative && text.charCodeAt(this.i) === MINUS) {
			const read = readDateTime(text, start);
			if (read === null) throw notPlain;
			this.i = read.end;
			this.ends();
			this.kind = 'date';
			return read.value;
		}
		if (whole === 0 || whole > 18 || (whole > 1 && text.charCodeAt(start + +negative) === ZERO))
			throw notPlain;
		if (text.charCodeAt(this.i) !== DOT) {
			this.ends();
			this.kind = 'int';
			if (whole > 15) return BigInt(text.slice(start, this.i));
			// Up to 15 digits are exact in a double.
			let n = 0;
			for (let k = this.i - whole; k < this.i; k++) n = n * 10 + text.charCodeAt(k) - ZERO;
			return BigInt(negative ? -n : n);
		}
		this.i++;
		const fraction = this.digits();
		if (fraction === 0 || fraction > 17) throw notPlain;
		this.ends();
		const value = Number(text.slice(start, this.i));
		// `toml` 0.10.2 reads -0.0 as 0.0; TOML keeps the sign.
		if (value === 0 && negative) throw notPlain;
		this.kind = 'float';
		return new PyFloat(value);
	}
}
