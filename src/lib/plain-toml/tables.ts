import { PyDict, type PyValue } from '../python/values.ts';
import { CLOSE_BRACKET, OPEN_BRACKET, notPlain } from './cursor.ts';
import { KeyReader } from './keys.ts';
import type { PlainPositions } from './positions.ts';

/** True when `name`, a quoted header key, is one `toml` 0.10.2 refuses or misreads. */
function isOddHeaderKey(name: string): boolean {
	if (name === '') return true;
	for (let k = 0; k < name.length; k++) {
		const c = name.charCodeAt(k);
		if (c === OPEN_BRACKET || c === CLOSE_BRACKET) return true;
	}
	// `toml` 0.10.2 splits headers at every dot and strips the parts, also inside quotes.
	return name.includes('.') && /\s/.test(name);
}

/**
 * The tables of plain TOML: `[headers]`, `[[arrays of tables]]` and dotted keys, with the
 * rules of TOML 1.1 for defining each table once, and the bookkeeping of `toml` 0.10.2
 * where it breaks valid TOML.
 */
export class TableReader extends KeyReader {
	/** Where keys are written, when asked for. */
	protected positions: PlainPositions | null = null;
	/** Tables made by a header's prefix and not defined by a header of their own yet. */
	private readonly implicit = new Set<PyDict>();
	/** Tables made by dotted keys. */
	private readonly dotted = new Set<PyDict>();
	/** The arrays of tables. */
	private readonly arrays = new Set<PyValue[]>();
	/**
	 * `implicitgroups` of `toml` 0.10.2: how many header prefixes of each name were made
	 * and not defined yet, whatever their table. It refuses `[[a]]` for an existing array
	 * while the count of `a` is above 0, and `[a]` for an implicit table when it is 0.
	 */
	private readonly pending = new Map<string, number>();
	/** Dotted-key records whose value ends where the value of the key ends. */
	protected readonly openRecords: number[] = [];

	/** `[a.b.c]` or `[[a.b.c]]` at `i`: returns the table that its keys go to. */
	protected header(root: PyDict): PyDict {
		const text = this.text;
		const start = this.i;
		const array = text.charCodeAt(start + 1) === OPEN_BRACKET;
		this.i += array ? 2 : 1;
		this.blanks();
		this.key(true);
		if (text.charCodeAt(this.i++) !== CLOSE_BRACKET) throw notPlain;
		if (array && text.charCodeAt(this.i++) !== CLOSE_BRACKET) throw notPlain;
		const end = this.i;
		const n = this.segments;
		for (let k = 0; k < n; k++)
			if (this.isQuoted(k) && isOddHeaderKey(this.names[k])) throw notPlain;
		const positions = this.positions;
		const path: string[] | null = positions && [];
		let table = root;
		// `toml` 0.10.2 looks a key up in an array of tables it passed in a `[table]` header
		// in another way (`except TypeError`), without its bookkeeping.
		let viaArray = false;
		for (let k = 0; k < n - 1; k++) {
			const name = this.names[k];
			const next = table.map.get(name);
			path?.push(name);
			if (next === undefined) {
				const made = new PyDict();
				table.map.set(name, made);
				this.implicit.add(made);
				if (!viaArray) this.pending.set(name, (this.pending.get(name) ?? 0) + 1);
				if (positions)
					positions.end(positions.add(table, 1, this.froms[k], this.tos[k], start), end);
				table = made;
				viaArray = false;
			} else if (next instanceof PyDict && !next.inline && !this.dotted.has(next)) {
				table = next;
				viaArray = false;
			} else if (Array.isArray(next) && this.arrays.has(next)) {
				path?.push(String(next.length - 1));
				table = next[next.length - 1] as PyDict;
				viaArray = !array;
			} else throw notPlain;
		}
		const name = this.names[n - 1];
		const from = this.froms[n - 1];
		const to = this.tos[n - 1];
		const next = table.map.get(name);
		path?.push(name);
		let made: PyDict;
		if (array) {
			made = new PyDict();
			let list: PyValue[];
			if (next === undefined) {
				table.map.set(name, (list = [made]));
				this.arrays.add(list);
				if (positions) positions.end(positions.add(table, 3, from, to, start), end);
			} else if (Array.isArray(next) && this.arrays.has(next)) {
				if ((this.pending.get(name) ?? 0) > 0) throw notPlain;
				(list = next).push(made);
			} else throw notPlain;
			if (positions) positions.end(positions.addElement(list, from, to, start), end);
			path?.push(String(list.length - 1));
		} else if (next === undefined) {
			table.map.set(name, (made = new PyDict()));
			if (positions) positions.end(positions.add(table, 0, from, to, start), end);
		} else if (next instanceof PyDict && this.implicit.has(next)) {
			if (!viaArray) {
				const count = this.pending.get(name) ?? 0;
				if (count === 0) throw notPlain;
				this.pending.set(name, count - 1);
			}
			this.implicit.delete((made = next));
			if (positions) positions.end(positions.define(table, name, from, to, start), end);
		} else throw notPlain;
		if (positions) positions.setPath(made, path!);
		return made;
	}

	/**
	 * The table that the last segment of the dotted key read last goes to, from `table`,
	 * making the tables it names. Records them with their value starting at `start`; their
	 * records are left in {@link openRecords} for the value's end.
	 */
	protected dottedTable(table: PyDict): PyDict {
		const positions = this.positions;
		for (let k = 0; k < this.segments - 1; k++) {
			const name = this.names[k];
			const next = table.map.get(name);
			if (next === undefined) {
				const made = new PyDict();
				table.map.set(name, made);
				this.dotted.add(made);
				if (positions) {
					this.openRecords.push(positions.add(table, 1, this.froms[k], this.tos[k], this.froms[0]));
					positions.setOwner(made, table, name);
				}
				table = made;
			} else if (next instanceof PyDict && this.dotted.has(next)) table = next;
			else throw notPlain;
		}
		return table;
	}
}
