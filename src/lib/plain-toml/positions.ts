import { PyDict, type PyValue } from '../python/values.ts';
import type { OutlineEntry, OutlineKind } from '../toml/outline.ts';

const kinds: readonly OutlineKind[] = ['table', 'implicit', 'value', 'array'];

/** The kind of a record: `table`, `implicit`, `value` or `array`, as {@link kinds} lists. */
export type RecordKind = 0 | 1 | 2 | 3;

/**
 * The records of one table's keys, in the order the keys were added to the dict (the
 * reader adds each key to the dict and records it together, so the dict's own key
 * order says which record is whose).
 */
type TableKeys = number[];

/** Tables with more keys than this get a map on their first look-up; smaller ones are scanned. */
const scanLimit = 16;

/**
 * Where the keys of a plain TOML text are written, recorded while it is read:
 * per table the records of its keys, in the dict's key order, and five numbers per key.
 * Entries are made only for the paths looked up.
 */
export class PlainPositions {
	private readonly root: PyDict;
	private readonly tables = new Map<PyDict, TableKeys>();
	/** Key indexes of large tables, built on their first look-up. */
	private readonly indexes = new Map<PyDict, Map<string, number>>();
	/** Five numbers per record: kind, key from, key to, value from, value to. */
	private numbers: Int32Array;
	private length = 0;
	/** The table written to last and its keys (consecutive keys mostly share a table). */
	private lastTable: PyDict | null = null;
	private lastKeys: TableKeys | null = null;
	/** Key paths of the `[header]` tables (the root's is empty). */
	private readonly paths = new Map<PyDict, readonly string[]>();
	/** The table and key that hold each inline table and each table made by a dotted key. */
	private readonly owners = new Map<PyDict, [PyDict, string]>();
	/** The records of the elements of each array of tables, in order. */
	private readonly elements = new Map<PyValue[], number[]>();
	/** `size` is the length of the text, for a first guess of the room the records need. */
	constructor(root: PyDict, size: number) {
		this.root = root;
		// About one key per 20 characters in secrets files; the array grows when that is short.
		this.numbers = new Int32Array(Math.max(1024, Math.ceil(size / 4)));
		this.paths.set(root, []);
	}

	/** Records the element just appended to the array of tables `list` (see {@link add}). */
	addElement(list: PyValue[], from: number, to: number, value: number): number {
		let records = this.elements.get(list);
		if (records === undefined) this.elements.set(list, (records = []));
		const record = this.push(0, from, to, value);
		records.push(record);
		return record;
	}

	/** Makes the implicit table `name` of `table` a `[header]` table, written at the given ranges. */
	define(table: PyDict, name: string, from: number, to: number, value: number): number {
		const r = this.record(table, name)!;
		const n = this.numbers;
		n[r] = 0;
		n[r + 1] = from;
		n[r + 2] = to;
		n[r + 3] = value;
		n[r + 4] = value;
		return r;
	}

	/** Records the key path of a `[header]` table (elements of arrays of tables by index). */
	setPath(table: PyDict, path: readonly string[]): void {
		this.paths.set(table, path);
	}

	/** Records that `table` is the inline table under `name` in `owner`. */
	setOwner(table: PyDict, owner: PyDict, name: string): void {
		this.owners.set(table, [owner, name]);
	}

	/** The table that holds `table` as the value of a dotted or inline key, with that key; else undefined. */
	ownerOf(table: PyDict): readonly [PyDict, string] | undefined {
		return this.paths.has(table) ? undefined : this.owners.get(table);
	}

	/** The key path of a table that holds values. */
	pathOf(table: PyDict): readonly string[] {
		const path = this.paths.get(table);
		if (path !== undefined) return path;
		const owner = this.owners.get(table);
		return owner ? [...this.pathOf(owner[0]), owner[1]] : [];
	}

	/**
	 * Calls `f` for every `key = value` written in the text (inline tables' keys
	 * included), with the table that holds it, its key, where its value is written and
	 * the value.
	 */
	forEachValue(
		f: (table: PyDict, key: string, from: number, to: number, value: PyValue) => void
	): void {
		const n = this.numbers;
		this.tables.forEach((records, table) => {
			let i = 0;
			table.map.forEach((v, key) => {
				const r = records[i++];
				if (n[r] === 2) f(table, key, n[r + 3], n[r + 4], v);
			});
		});
	}

	/**
	 * Records the key just added to `table` as `kind` with its key range and value
	 * start; returns the record. Called once for each key, in the order the dict gets them.
	 */
	add(table: PyDict, kind: RecordKind, from: number, to: number, value: number): number {
		let keys = table === this.lastTable ? this.lastKeys! : this.tables.get(table);
		if (keys === undefined) this.tables.set(table, (keys = []));
		this.lastTable = table;
		this.lastKeys = keys;
		const record = this.push(kind, from, to, value);
		keys.push(record);
		return record;
	}

	private push(kind: RecordKind, from: number, to: number, value: number): number {
		const record = this.length;
		if (record + 5 > this.numbers.length) {
			const grown = new Int32Array(this.numbers.length * 2);
			grown.set(this.numbers);
			this.numbers = grown;
		}
		const n = this.numbers;
		n[record] = kind;
		n[record + 1] = from;
		n[record + 2] = to;
		n[record + 3] = value;
		n[record + 4] = value;
		this.length = record + 5;
		return record;
	}

	/** Sets where the value of a record ends. */
	end(record: number, to: number): void {
		this.numbers[record + 4] = to;
	}

	/** How many key paths are recorded. */
	get size(): number {
		return this.length / 5;
	}

	/**
	 * For each step of `path` (as {@link pathOf} gives it), whether it is the index of an
	 * element of an array.
	 */
	indexFlags(path: readonly string[]): boolean[] {
		let node: PyValue | undefined = this.root;
		return path.map((step) => {
			const inArray = Array.isArray(node);
			node = Array.isArray(node)
				? node[Number(step)]
				: node instanceof PyDict
					? node.map.get(step)
					: undefined;
			return inArray;
		});
	}

	/** Where `path` is written (as `outlineToml` lists it), or undefined. */
	get(path: readonly string[]): OutlineEntry | undefined {
		let node: PyValue | undefined = this.root;
		for (let i = 0; i < path.length - 1; i++) {
			if (Array.isArray(node)) node = this.elements.has(node) ? node[+path[i]] : undefined;
			else if (node instanceof PyDict) node = node.map.get(path[i]);
			else return undefined;
		}
		const last = path[path.length - 1];
		const r = Array.isArray(node)
			? this.elements.get(node)?.[+last]
			: node instanceof PyDict
				? this.record(node, last)
				: undefined;
		if (r === undefined) return undefined;
		const n = this.numbers;
		return {
			path: [...path],
			kind: kinds[n[r]],
			key: { from: n[r + 1], to: n[r + 2] },
			value: { from: n[r + 3], to: n[r + 4] }
		};
	}

	/** The record of `name` in `table`, found by its place among the dict's keys. */
	private record(table: PyDict, name: string): number | undefined {
		const records = this.tables.get(table);
		if (records === undefined || !table.map.has(name)) return undefined;
		if (records.length > scanLimit) {
			let index = this.indexes.get(table);
			if (index === undefined) {
				index = new Map();
				let i = 0;
				for (const k of table.map.keys()) index.set(k, records[i++]);
				this.indexes.set(table, index);
			}
			return index.get(name);
		}
		let i = 0;
		for (const k of table.map.keys()) {
			if (k === name) return records[i];
			i++;
		}
		return undefined;
	}
}
