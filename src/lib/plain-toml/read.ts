import { PyDict, PyFloat, type PyValue } from '../python/values.ts';
import { PlainPositions } from './positions.ts';
import { readDateTime } from './dates.ts';

// Character codes the reader looks at.
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const HASH = 35;
const APOSTROPHE = 39;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const EQUALS = 61;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** Thrown inside the reader when the text leaves the plain subset; never escapes it. */
class NotPlain {}
const notPlain = new NotPlain();

function notPlainValue(): never {
	throw notPlain;
}

/** The kind of a scalar, for the same-type rule of `toml` 0.10.2 arrays. */
type Kind = 'str' | 'int' | 'float' | 'bool' | 'date';

function isBareKeyChar(c: number): boolean {
	return (
		(c >= 97 && c <= 122) ||
		(c >= 65 && c <= 90) ||
		(c >= ZERO && c <= NINE) ||
		c === 95 ||
		c === 45
	);
}

/** True for the whitespace Python's `str.strip()` removes that a plain string may hold. */
function isPythonBlank(c: number): boolean {
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
	[BACKSLASH, '\\']
]);

function hexValue(c: number): number {
	if (c >= ZERO && c <= NINE) return c - ZERO;
	if (c >= 97 && c <= 102) return c - 87;
	if (c >= 65 && c <= 70) return c - 55;
	return -1;
}

/**
 * One pass over a text in the plain subset of TOML (see {@link readPlainToml}).
 * Every method either consumes what it expects or throws {@link notPlain}.
 */
class PlainReader {
	private readonly text: string;
	private i = 0;
	/** Where the key read last by {@link keyAndEquals} ends. */
	private keyEnd = 0;
	/** Kind of the scalar read last. */
	private kind: Kind = 'str';
	/** Where keys are written, when asked for. */
	private positions: PlainPositions | null = null;

	constructor(text: string) {
		this.text = text;
	}

	/** Reads the text, recording where keys are written when `positions` is true. */
	run(positions: boolean): { value: PyDict; positions: PlainPositions | null } {
		const root = new PyDict();
		if (positions) this.positions = new PlainPositions(root);
		return { value: this.read(root), positions: this.positions };
	}

	private read(root: PyDict): PyDict {
		const text = this.text;
		const n = text.length;
		let table = root;
		while (this.i < n) {
			this.blanks();
			const c = text.charCodeAt(this.i);
			if (c === OPEN_BRACKET) table = this.header(root);
			else if (isBareKeyChar(c)) {
				const from = this.i;
				const key = this.keyAndEquals();
				const to = this.keyEnd;
				const positions = this.positions;
				const record = positions ? positions.add(table, 2, from, to, this.i) : 0;
				const value = this.value(table, key);
				positions?.end(record, this.i);
				if (table.map.has(key)) throw notPlain;
				table.map.set(key, value);
			}
			this.endOfLine();
		}
		return root;
	}

	/** Skips spaces and tabs. */
	private blanks(): void {
		const text = this.text;
		let c = text.charCodeAt(this.i);
		while (c === SPACE || c === TAB) c = text.charCodeAt(++this.i);
	}

	/** Consumes blanks, an optional comment and the line break (or the end of the text). */
	private endOfLine(): void {
		const text = this.text;
		this.blanks();
		let c = text.charCodeAt(this.i);
		if (c === HASH) {
			for (c = text.charCodeAt(++this.i); c === c && c !== LF && c !== CR;) {
				if ((c < SPACE && c !== TAB) || c === 127) throw notPlain;
				if (c >= 0xd800 && c <= 0xdfff) this.surrogatePair();
				c = text.charCodeAt(++this.i);
			}
		}
		if (c === LF) this.i++;
		else if (c === CR && text.charCodeAt(this.i + 1) === LF) this.i += 2;
		else if (this.i < text.length) throw notPlain;
	}

	/** Checks the surrogate at `i` opens a pair and steps onto its second half. */
	private surrogatePair(): void {
		const text = this.text;
		const c = text.charCodeAt(this.i);
		const d = text.charCodeAt(this.i + 1);
		if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) throw notPlain;
		this.i++;
	}

	private bareKey(): string {
		const text = this.text;
		const start = this.i;
		while (isBareKeyChar(text.charCodeAt(this.i))) this.i++;
		if (this.i === start) throw notPlain;
		return text.slice(start, this.i);
	}

	/** `key =` and the blanks around: returns the key; `keyEnd` is where it ends. */
	private keyAndEquals(): string {
		const key = this.bareKey();
		this.keyEnd = this.i;
		this.blanks();
		if (this.text.charCodeAt(this.i) !== EQUALS) throw notPlain;
		this.i++;
		this.blanks();
		return key;
	}

	/** `[a.b.c]`: returns the table it opens; arrays of tables and redefinitions are not plain. */
	private header(root: PyDict): PyDict {
		const text = this.text;
		const start = this.i++;
		const created: [PyDict, number, number][] = [];
		const path: string[] = [];
		let table = root;
		for (;;) {
			const from = this.i;
			const key = this.bareKey();
			path.push(key);
			const c = text.charCodeAt(this.i);
			let next = table.map.get(key);
			if (c === DOT) {
				if (next === undefined) {
					table.map.set(key, (next = new PyDict()));
					created.push([table, from, this.i]);
				} else if (!(next instanceof PyDict) || next.inline) throw notPlain;
				table = next;
				this.i++;
				continue;
			}
			if (c !== CLOSE_BRACKET || next !== undefined) throw notPlain;
			table.map.set(key, (next = new PyDict()));
			const to = this.i++;
			const positions = this.positions;
			if (positions) {
				for (const [t, f, e] of created) positions.end(positions.add(t, 1, f, e, start), this.i);
				positions.end(positions.add(table, 0, from, to, start), this.i);
				positions.setPath(next, path);
			}
			return next;
		}
	}

	/** A value after `key =` in `table`. */
	private value(table: PyDict, key: string): PyValue {
		const c = this.text.charCodeAt(this.i);
		if (c === OPEN_BRACKET) return this.array();
		if (c === OPEN_BRACE) return this.inlineTable(table, key);
		return this.scalar(false);
	}

	/**
	 * A string, number, boolean or date. Inside an array or inline table
	 * (`nested`), strings may not hold the characters `toml` 0.10.2 splits on.
	 */
	private scalar(nested: boolean): PyValue {
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

	private word(value: boolean, length: number): boolean {
		this.i += length;
		this.ends();
		this.kind = 'bool';
		return value;
	}

	/** Checks that a value ends here: a blank, a comment, a separator or the line's end. */
	private ends(): void {
		const c = this.text.charCodeAt(this.i);
		if (
			c === c &&
			c !== SPACE &&
			c !== TAB &&
			c !== LF &&
			c !== CR &&
			c !== HASH &&
			c !== COMMA &&
			c !== CLOSE_BRACKET &&
			c !== CLOSE_BRACE
		)
			throw notPlain;
	}

	/** Rejects a character that may not appear in a plain string. */
	private stringChar(c: number, nested: boolean): void {
		if (c !== c || c === LF || c === CR || (c < SPACE && c !== TAB) || c === 127) throw notPlain;
		if (c >= 0xd800 && c <= 0xdfff) this.surrogatePair();
		else if (
			nested &&
			(c === COMMA ||
				c === EQUALS ||
				c === OPEN_BRACKET ||
				c === CLOSE_BRACKET ||
				c === OPEN_BRACE ||
				c === CLOSE_BRACE ||
				c === HASH)
		)
			throw notPlain;
	}

	/** True when `q` opens a multi-line string here (three of it). */
	private tripled(q: number): boolean {
		return this.text.charCodeAt(this.i + 1) === q && this.text.charCodeAt(this.i + 2) === q;
	}

	/**
	 * `"""…"""` or `'''…'''` over several lines (LF only), with neither quote nor a
	 * backslash inside; TOML and `toml` 0.10.2 both drop a line break right after the
	 * opening delimiter. The closing delimiter ends its line.
	 */
	private multilineString(q: number): string {
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

	/** `"…"` with no quote or backslash inside except `\uXXXX`, `\n` and `\t`. */
	private basicString(nested: boolean): string {
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
		this.ends();
		this.kind = 'str';
		return out;
	}

	/** One escape at `i`; returns what it stands for. */
	private escape(): string {
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
	private literalString(nested: boolean): string {
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

	/** Reads digits; returns how many. */
	private digits(): number {
		const text = this.text;
		const start = this.i;
		let c = text.charCodeAt(this.i);
		while (c >= ZERO && c <= NINE) c = text.charCodeAt(++this.i);
		return this.i - start;
	}

	/** A decimal integer or float without exponent or underscores, or a date-time. */
	private numberOrDate(): PyValue {
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

	/** `[a, b, …]` of scalars of one kind, on one line or several. */
	private array(): PyValue[] {
		const text = this.text;
		this.i++;
		this.spaces();
		const items: PyValue[] = [];
		let kind: Kind | null = null;
		while (text.charCodeAt(this.i) !== CLOSE_BRACKET) {
			items.push(this.scalar(true));
			if (kind !== null && this.kind !== kind) throw notPlain;
			kind = this.kind;
			this.spaces();
			const c = text.charCodeAt(this.i);
			if (c === COMMA) {
				this.i++;
				this.spaces();
			} else if (c !== CLOSE_BRACKET) throw notPlain;
		}
		this.i++;
		return items;
	}

	/** Skips blanks and line breaks (LF) between the items of an array. */
	private spaces(): void {
		const text = this.text;
		let c = text.charCodeAt(this.i);
		while (c === SPACE || c === TAB || c === LF) c = text.charCodeAt(++this.i);
	}

	/** `{ k = v, … }` on one line, of scalars, without a trailing comma: the value of `name` in `owner`. */
	private inlineTable(owner: PyDict, name: string): PyDict {
		const text = this.text;
		const table = new PyDict(true);
		this.positions?.setPath(table, [...this.positions.pathOf(owner), name]);
		this.i++;
		this.blanks();
		if (text.charCodeAt(this.i) === CLOSE_BRACE) {
			this.i++;
			return table;
		}
		for (;;) {
			const from = this.i;
			const key = this.keyAndEquals();
			const to = this.keyEnd;
			const start = this.i;
			const value = this.scalar(true);
			if (table.map.has(key)) throw notPlain;
			table.map.set(key, value);
			const positions = this.positions;
			if (positions) positions.end(positions.add(table, 2, from, to, start), this.i);
			this.blanks();
			const c = text.charCodeAt(this.i++);
			if (c === CLOSE_BRACE) return table;
			if (c !== COMMA) throw notPlain;
			this.blanks();
		}
	}
}

/**
 * Reads a text that keeps to a plain subset of TOML, in which TOML 1.1 and
 * Streamlit's `toml` 0.10.2 are known to agree: bare keys, `[table]` headers,
 * one-line strings without quotes or backslashes inside (but `\uXXXX`, `\n`,
 * `\t`), decimal integers and floats, booleans, dates and date-times, one-line
 * arrays of one kind and inline tables of scalars, comments, LF or CRLF line
 * ends. Returns the dict both parsers produce, or null when anything falls
 * outside the subset (the full parsers then decide). Never throws.
 */
export function readPlainToml(text: string): PyDict | null {
	return readPlain(text, false)?.value ?? null;
}

/**
 * {@link readPlainToml}, also recording where each key is written (the entries
 * `outlineToml` lists), at little extra cost.
 */
export function readPlainTomlWithPositions(
	text: string
): { value: PyDict; positions: PlainPositions } | null {
	const read = readPlain(text, true);
	return read && { value: read.value, positions: read.positions! };
}

function readPlain(
	text: string,
	positions: boolean
): { value: PyDict; positions: PlainPositions | null } | null {
	if (text.charCodeAt(0) === 0xfeff) return null;
	try {
		return new PlainReader(text).run(positions);
	} catch (e) {
		if (e === notPlain) return null;
		throw e;
	}
}
