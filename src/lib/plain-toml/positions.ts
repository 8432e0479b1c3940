import { PyDict } from '../python/values.ts';
import type { OutlineEntry, OutlineKind } from '../toml/outline.ts';

const kinds: readonly OutlineKind[] = ['table', 'implicit', 'value'];

/**
 * Where the keys of a plain TOML text are written, recorded while it is read:
 * for each table, its keys (the very strings of the dict, so no path is joined or
 * hashed again) and five numbers per key. Entries are made only for the paths looked up.
 */
export class PlainPositions {
	private readonly root: PyDict;
	private readonly at = new Map<PyDict, Map<string, number>>();
	private readonly numbers: number[] = [];
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
		let keys = this.at.get(table);
		if (keys === undefined) this.at.set(table, (keys = new Map()));
		const record = this.numbers.length;
		keys.set(key, record);
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
		const r = this.at.get(table)?.get(path[path.length - 1]);
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
