import { PyDict, type PyValue } from '../python/values.ts';
import type { OutlineEntry, OutlineKind } from '../toml/outline.ts';

const kinds: readonly OutlineKind[] = ['table', 'implicit', 'value', 'array'];

/** The kind of a record: `table`, `implicit`, `value` or `array`, as {@link kinds} lists. */
export type RecordKind = 0 | 1 | 2 | 3;

/** A table as {@link PlainPositions} numbers them: the first one met is 0, the next 1, … */
export interface TableRef {
	readonly id: number;
}

/** What is recorded of one table. */
interface TableInfo extends TableRef {
	/**
	 * The records of its keys, in the order the keys were added to the dict (the reader
	 * adds each key to the dict and records it together, so the dict's own key order says
	 * which record is whose).
	 */
	readonly keys: number[];
	/** The key path of a `[header]` table (the root's is empty), else null. */
	path: readonly string[] | null;
	/** The table that holds an inline table or a table made by a dotted key, else null. */
	owner: TableInfo | null;
	/** Its key in {@link owner}. */
	name: string;
	/** Its keys' records by key, for a large table, built on its first look-up. */
	index: Map<string, number> | null;
}

/**
 * Whether a string value, under the nearest key `key`, is worth a later look: tested
 * while the text is read, so that a later pass visits only those (see
 * {@link PlainPositions.forEachTextValue}).
 */
export type TextFilter = (value: string, key: string) => boolean;

/** Tables with more keys than this get a map on their first look-up; smaller ones are scanned. */
const scanLimit = 16;

/**
 * Where the keys of a plain TOML text are written, recorded while it is read:
 * per table the records of its keys, in the dict's key order, and five numbers per key.
 * Entries are made only for the paths looked up.
 */
export class PlainPositions {
	private readonly root: PyDict;
	private readonly tables = new Map<PyDict, TableInfo>();
	/** Five numbers per record: kind, key from, key to, value from, value to. */
	private numbers: Int32Array;
	private length = 0;
	/** The table written to last and its record (consecutive keys mostly share a table). */
	private lastTable: PyDict | null = null;
	private lastInfo: TableInfo | null = null;
	/** The records of the elements of each array of tables, in order. */
	private readonly elements = new Map<PyValue[], number[]>();
	/** Per kept string or array value, in text order: its table, key and value ({@link noteValue}). */
	private readonly texts: (TableInfo | string | PyValue[])[] = [];
	/** The record of each value in {@link texts}. */
	private readonly textRecords: number[] = [];
	/** Which string values {@link forEachTextValue} visits. */
	private readonly keep: TextFilter;
	/**
	 * `size` is the length of the text, for a first guess of the room the records need;
	 * `keep` picks the string values {@link forEachTextValue} visits (all when not given).
	 */
	constructor(root: PyDict, size: number, keep: TextFilter = () => true) {
		this.root = root;
		this.keep = keep;
		// About one key per 20 characters in secrets files; the array grows when that is short.
		this.numbers = new Int32Array(Math.max(1024, Math.ceil(size / 4)));
		this.info(root).path = [];
	}

	/** How many tables are recorded: each {@link TableRef.id} is below this. */
	get tableCount(): number {
		return this.tables.size;
	}

	/** The record of `table`, made on first use. */
	private info(table: PyDict): TableInfo {
		let info = this.tables.get(table);
		if (info === undefined) {
			info = { id: this.tables.size, keys: [], path: null, owner: null, name: '', index: null };
			this.tables.set(table, info);
		}
		return info;
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
		this.info(table).path = path;
	}

	/** Records that `table` is the inline table, or the dotted key's table, under `name` in `owner`. */
	setOwner(table: PyDict, owner: PyDict, name: string): void {
		const info = this.info(table);
		info.owner = this.info(owner);
		info.name = name;
	}

	/** The table that holds `table` as the value of a dotted or inline key, with that key; else undefined. */
	ownerOf(table: TableRef): readonly [TableRef, string] | undefined {
		const info = table as TableInfo;
		return info.path === null && info.owner !== null ? [info.owner, info.name] : undefined;
	}

	/** The key path of a table that holds values. */
	pathOf(table: TableRef): readonly string[] {
		const info = table as TableInfo;
		if (info.path !== null) return info.path;
		return info.owner ? [...this.pathOf(info.owner), info.name] : [];
	}

	/**
	 * Calls `f` for every string value, and every array holding one, that the filter
	 * given to the constructor kept (inline tables' values included), in text order, with
	 * the table that holds it, its key, where the value is written and the value. The
	 * values are picked while the text is read: a second walk over every table's keys
	 * costs more than the reading itself saves.
	 */
	forEachTextValue(
		f: (table: TableRef, key: string, from: number, to: number, value: string | PyValue[]) => void
	): void {
		const n = this.numbers;
		const texts = this.texts;
		const records = this.textRecords;
		for (let j = 0; j < records.length; j++) {
			const r = records[j];
			const t = 3 * j;
			f(
				texts[t] as TableInfo,
				texts[t + 1] as string,
				n[r + 3],
				n[r + 4],
				texts[t + 2] as string | PyValue[]
			);
		}
	}

	/** Notes the value of the `key = value` record `record` for {@link forEachTextValue}, if kept. */
	noteValue(record: number, table: PyDict, key: string, value: PyValue): void {
		if (typeof value === 'string') {
			if (!this.keep(value, key)) return;
		} else if (Array.isArray(value)) {
			let kept = false;
			for (let i = 0; i < value.length && !kept; i++) {
				const item = value[i];
				kept = typeof item === 'string' && this.keep(item, key);
			}
			if (!kept) return;
		} else return;
		// A string or an array is recorded last in its table: the reader read no key since.
		const info = table === this.lastTable ? this.lastInfo! : this.info(table);
		this.texts.push(info, key, value);
		this.textRecords.push(record);
	}

	/**
	 * Records the key just added to `table` as `kind` with its key range and value
	 * start; returns the record. Called once for each key, in the order the dict gets them.
	 */
	add(table: PyDict, kind: RecordKind, from: number, to: number, value: number): number {
		const info = table === this.lastTable ? this.lastInfo! : this.info(table);
		this.lastTable = table;
		this.lastInfo = info;
		const record = this.push(kind, from, to, value);
		info.keys.push(record);
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
		const info = this.tables.get(table);
		if (info === undefined || !table.map.has(name)) return undefined;
		const records = info.keys;
		if (records.length > scanLimit) {
			let index = info.index;
			if (index === null) {
				index = new Map();
				let i = 0;
				for (const k of table.map.keys()) index.set(k, records[i++]);
				info.index = index;
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
