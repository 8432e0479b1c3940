import { PyDict, type PyValue } from '../python/values.ts';
import {
	APOSTROPHE,
	BACKSLASH,
	CLOSE_BRACE,
	CLOSE_BRACKET,
	COMMA,
	CR,
	HASH,
	LF,
	OPEN_BRACE,
	OPEN_BRACKET,
	QUOTE,
	SPACE,
	TAB,
	notPlain,
	type Kind
} from './cursor.ts';
import { isBareKeyChar } from '../toml/scan.ts';
import { PlainPositions, type TextFilter } from './positions.ts';
import { TableReader } from './tables.ts';

/**
 * One pass over a text in the plain subset of TOML (see {@link readPlainToml}):
 * lines, keys, arrays and inline tables, recording key positions when asked.
 */
class PlainReader extends TableReader {
	/** Reads the text, recording where keys are written when `positions` is true. */
	run(positions: boolean, keep?: TextFilter): { value: PyDict; positions: PlainPositions | null } {
		const root = new PyDict();
		if (positions) this.positions = new PlainPositions(root, this.text.length, keep);
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
			else if (isBareKeyChar(c) || c === QUOTE || c === APOSTROPHE) this.keyValue(table);
			this.endOfLine();
		}
		return root;
	}

	/** `key = value` in `table`, the key bare, quoted or dotted. */
	private keyValue(table: PyDict): void {
		this.keyAndEquals();
		const last = this.segments - 1;
		const c = this.text.charCodeAt(this.i);
		// `toml` 0.10.2 puts a multi-line string under a dotted key in the header's table,
		// and fails on one under the empty key (it tests the pending key for truth).
		if ((last > 0 || this.names[0] === '') && (c === QUOTE || c === APOSTROPHE) && this.tripled(c))
			throw notPlain;
		const target = last > 0 ? this.dottedTable(table) : table;
		const key = this.names[last];
		const positions = this.positions;
		const record = positions
			? positions.add(target, 2, this.froms[last], this.tos[last], this.i)
			: 0;
		const value = this.value(target, key);
		if (positions) {
			positions.end(record, this.i);
			positions.noteValue(record, target, key, value);
			const open = this.openRecords;
			for (let k = 0; k < open.length; k++) positions.end(open[k], this.i);
			open.length = 0;
		}
		if (target.map.has(key)) throw notPlain;
		target.map.set(key, value);
	}

	/** Consumes blanks, an optional comment and the line break (or the end of the text). */
	private endOfLine(): void {
		const text = this.text;
		this.blanks();
		const c = text.charCodeAt(this.i);
		if (c === HASH) this.comment();
		this.lineBreak();
	}

	/** Consumes a line break, or checks the text ends here. */
	private lineBreak(): void {
		const text = this.text;
		const c = text.charCodeAt(this.i);
		if (c === LF) this.i++;
		else if (c === CR && text.charCodeAt(this.i + 1) === LF) this.i += 2;
		else if (this.i < text.length) throw notPlain;
	}

	/** A `#` comment up to the line break. */
	private comment(): void {
		const text = this.text;
		for (let c = text.charCodeAt(++this.i); c === c && c !== LF && c !== CR;) {
			if ((c < SPACE && c !== TAB) || c === 127) throw notPlain;
			if (c >= 0xd800 && c <= 0xdfff) this.surrogatePair();
			c = text.charCodeAt(++this.i);
		}
	}

	/** A value after `key =` in `table`. */
	private value(table: PyDict, key: string): PyValue {
		const c = this.text.charCodeAt(this.i);
		if (c === OPEN_BRACKET) return this.array();
		if (c === OPEN_BRACE) return this.inlineTable(table, key);
		return this.scalar(false);
	}

	/** `[a, b, …]` of scalars of one kind, on one line or several, with comments between. */
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

	/** Skips blanks, comments and line breaks between the items of an array. */
	private spaces(): void {
		const text = this.text;
		for (;;) {
			let c = text.charCodeAt(this.i);
			while (c === SPACE || c === TAB) c = text.charCodeAt(++this.i);
			if (c === HASH) {
				this.comment();
				c = text.charCodeAt(this.i);
			}
			if (c !== LF && c !== CR) return;
			this.lineBreak();
		}
	}

	/** `{ k = v, … }` on one line, of scalars under bare keys, without a trailing comma: the value of `name` in `owner`. */
	private inlineTable(owner: PyDict, name: string): PyDict {
		const text = this.text;
		const table = new PyDict(true);
		this.positions?.setOwner(table, owner, name);
		this.i++;
		this.blanks();
		if (text.charCodeAt(this.i) === CLOSE_BRACE) {
			this.i++;
			return table;
		}
		for (;;) {
			this.keyAndEquals();
			if (this.segments > 1 || this.isQuoted(0)) throw notPlain;
			const key = this.names[0];
			const start = this.i;
			const value = this.scalar(true);
			if (table.map.has(key)) throw notPlain;
			table.map.set(key, value);
			const positions = this.positions;
			if (positions) {
				const record = positions.add(table, 2, this.froms[0], this.tos[0], start);
				positions.end(record, this.i);
				positions.noteValue(record, table, key, value);
			}
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
 * Streamlit's `toml` 0.10.2 are known to agree: bare, quoted and dotted keys,
 * `[table]` headers and `[[arrays of tables]]`, basic strings (escapes but `\\u`),
 * literal strings, multi-line strings (such as PEM keys), decimal integers and floats,
 * booleans, dates and date-times, arrays of one kind (over one line or several, with
 * comments) and inline tables of scalars, comments, LF or CRLF line ends. Returns the dict both parsers produce, or null
 * when anything falls outside the subset (the full parsers then decide). Never throws.
 */
export function readPlainToml(text: string): PyDict | null {
	return readPlain(text, false)?.value ?? null;
}

/**
 * {@link readPlainToml}, also recording where each key is written (the entries
 * `outlineToml` lists), at little extra cost, and the string values `keep` picks
 * (all when not given) for {@link PlainPositions.forEachTextValue}.
 */
export function readPlainTomlWithPositions(
	text: string,
	keep?: TextFilter
): { value: PyDict; positions: PlainPositions } | null {
	const read = readPlain(text, true, keep);
	return read && { value: read.value, positions: read.positions! };
}

function readPlain(
	text: string,
	positions: boolean,
	keep?: TextFilter
): { value: PyDict; positions: PlainPositions | null } | null {
	if (text.charCodeAt(0) === 0xfeff) return null;
	// `toml` 0.10.2 looks behind a quote for more quotes and backslashes with `sl[i - k]`,
	// which at the start of the text wraps round to its end.
	const first = text.charCodeAt(0);
	const last = text.charCodeAt(text.length - 1);
	if (
		(first === QUOTE || first === APOSTROPHE) &&
		(last === QUOTE || last === APOSTROPHE || last === BACKSLASH)
	)
		return null;
	try {
		return new PlainReader(text).run(positions, keep);
	} catch (e) {
		if (e === notPlain) return null;
		throw e;
	}
}
