import { PyDict, type PyValue } from '../python/values.ts';
import {
	CLOSE_BRACE,
	CLOSE_BRACKET,
	COMMA,
	CR,
	DOT,
	EQUALS,
	HASH,
	LF,
	OPEN_BRACE,
	OPEN_BRACKET,
	SPACE,
	TAB,
	notPlain,
	type Kind
} from './cursor.ts';
import { isBareKeyChar } from '../toml/scan.ts';
import { PlainPositions } from './positions.ts';
import { ScalarReader } from './scalars.ts';

/**
 * One pass over a text in the plain subset of TOML (see {@link readPlainToml}):
 * lines, headers, keys, arrays and inline tables, recording key positions when asked.
 */
class PlainReader extends ScalarReader {
	/** Where the key read last by {@link keyAndEquals} ends. */
	private keyEnd = 0;
	/** Where keys are written, when asked for. */
	private positions: PlainPositions | null = null;

	/** Reads the text, recording where keys are written when `positions` is true. */
	run(positions: boolean): { value: PyDict; positions: PlainPositions | null } {
		const root = new PyDict();
		if (positions) this.positions = new PlainPositions(root, this.text.length);
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
		this.positions?.setOwner(table, owner, name);
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
 * basic strings (escapes but `\"` and `\\u`), literal strings, multi-line strings
 * (such as PEM keys), decimal integers and floats, booleans, dates and date-times,
 * arrays of one kind (over one line or several) and inline tables of scalars,
 * comments, LF or CRLF line ends. Returns the dict both parsers produce, or null
 * when anything falls outside the subset (the full parsers then decide). Never throws.
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
