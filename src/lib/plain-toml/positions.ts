import { PyDict } from '../python/values.ts';
import type { OutlineEntry, OutlineKind } from '../toml/outline.ts';

const kinds: readonly OutlineKind[] = ['table', 'implicit', 'value'];

/** The keys of one table in the order they are written, and their records. */
interface TableKeys {
	names: string[];
	records: number[];
	/** Built on the first look-up in a large table. */
	index: Map<string, number> | null;
}

/** Tables with more keys than this get a map on their first look-up; smaller ones are scanned. */
const scanLimit = 16;

/**
 * Where the keys of a plain TOML text are written, recorded while it is read:
 * per table its key names (the dict's own strings) and five numbers per key.
 * Entries are made only for the paths looked up.
 */
export class PlainPositions {
	private readonly root: PyDict;
	private readonly tables = new Map<PyDict, TableKeys>();
	/** Five numbers per record: kind, key from, key to, value from, value to. */
	private numbers = new Int32Array(1024);
	private length = 0;
	/** The table written to last and its keys (consecutive keys mostly share a table). */
	private lastTable: PyDict | null = null;
	private lastKeys: TableKeys | null = null;
	/** Key paths of the tables that hold values (the root's is empty). */
	private readonly paths = new Map<PyDict, readonly string[]>();
	constructor(root: PyDict) {
		this.root = root;
		this.paths.set(root, []);
	}

	/** Records the key path of a `[header]` table or an inline table. */
	setPath(table: PyDict, path: readonly string[]): void {
		this.paths.set(table, path);
	}

	/** The key path of a table that holds values. */
	pathOf(table: PyDict): readonly string[] {
		return this.paths.get(table) ?? [];
	}

	/**
	 * Calls `f` for every `key = value` written in the text (inline tables' keys
	 * included), with the table that holds it, its key, its path and where its value is written.
	 */
	forEachValue(
		f: (table: PyDict, key: string, path: readonly string[], from: number, to: number) => void
	): void {
		const n = this.numbers;
		this.tables.forEach((keys, table) => {
			const path = this.paths.get(table);
			if (path === undefined) return;
			keys.names.forEach((key, i) => {
				const r = keys.records[i];
				if (n[r] === 2) f(table, key, path, n[r + 3], n[r + 4]);
			});
		});
	}

	/** Records `key` of `table` as `kind` with its key range and value start; returns the record. */
	add(
		table: PyDict,
		key: string,
		kind: 0 | 1 | 2,
		from: number,
		to: number,
		value: number
	): number {
		let keys = table === this.lastTable ? this.lastKeys! : this.tables.get(table);
		if (keys === undefined)
			this.tables.set(table, (keys = { names: [], records: [], index: null }));
		this.lastTable = table;
		this.lastKeys = keys;
		const record = this.length;
		if (record + 5 > this.numbers.length) {
			const grown = new Int32Array(this.numbers.length * 2);
			grown.set(this.numbers);
			this.numbers = grown;
		}
		keys.names.push(key);
		keys.records.push(record);
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

	/** Where `path` is written (as `outlineToml` lists it), or undefined. */
	get(path: readonly string[]): OutlineEntry | undefined {
		let table = this.root;
		for (let i = 0; i < path.length - 1; i++) {
			const next = table.map.get(path[i]);
			if (!(next instanceof PyDict)) return undefined;
			table = next;
		}
		const keys = this.tables.get(table);
		const r = keys && record(keys, path[path.length - 1]);
		if (r === undefined) return undefined;
		const n = this.numbers;
		return {
			path: [...path],
			kind: kinds[n[r]],
			key: { from: n[r + 1], to: n[r + 2] },
			value: { from: n[r + 3], to: n[r + 4] }
		};
	}
}

function record(keys: TableKeys, name: string): number | undefined {
	if (keys.names.length <= scanLimit) {
		const i = keys.names.indexOf(name);
		return i < 0 ? undefined : keys.records[i];
	}
	if (keys.index === null) {
		keys.index = new Map();
		keys.names.forEach((k, i) => keys.index!.set(k, keys.records[i]));
	}
	return keys.index.get(name);
}
