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
	private readonly numbers: number[] = [];
	/** The table written to last and its keys (consecutive keys mostly share a table). */
	private lastTable: PyDict | null = null;
	private lastKeys: TableKeys | null = null;
	constructor(root: PyDict) {
		this.root = root;
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
		const record = this.numbers.length;
		keys.names.push(key);
		keys.records.push(record);
		this.numbers.push(kind, from, to, value, value);
		return record;
	}

	/** Sets where the value of a record ends. */
	end(record: number, to: number): void {
		this.numbers[record + 4] = to;
	}

	/** How many key paths are recorded. */
	get size(): number {
		return this.numbers.length / 5;
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
