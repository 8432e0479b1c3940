import { scanToml, type KeySegment, type Range, type ScanEvent } from './scan';

/**
 * How a key path came to exist:
 * - `table`: a `[header]`, or one element of an array of tables (`[[header]]`);
 * - `array`: the array of tables itself, listed once at its first `[[header]]`;
 * - `value`: a `key = value` pair, at any level, including keys inside inline tables;
 * - `implicit`: a table created only as the prefix of a longer header or dotted key.
 */
export type OutlineKind = 'table' | 'array' | 'value' | 'implicit';

/** One key path of a TOML document and where it is written. */
export interface OutlineEntry {
	/** The key path; elements of an array of tables add their index, e.g. `['users', '0', 'name']`. */
	path: string[];
	/** How the path was created. */
	kind: OutlineKind;
	/** The last key segment as written, quotes included. */
	key: Range;
	/**
	 * The value as written: the whole header for `table` and `array`, the value literal (brackets
	 * and quotes included) for `value`, and the header or the whole `key = value` for `implicit`.
	 */
	value: Range;
}

/** Beyond this many nested inline arrays and tables, keys are no longer listed. */
const maxDepth = 1000;

interface Node {
	children: Map<string, Node>;
	entry: number;
	elements?: Node[];
}

interface Frame {
	kind: 'array' | 'table';
	node: Node | null;
	path: string[] | null;
	fill: number[];
	count: number;
}

interface Pending {
	node: Node;
	path: string[];
	fill: number[];
	leaf: number;
}

const newNode = (): Node => ({ children: new Map(), entry: -1 });

/**
 * Returns every key path of `text` in order of first appearance: tables from `[headers]`,
 * arrays of tables and their elements, dotted keys and their implicit tables, and keys inside
 * inline tables (those inside arrays get the element index in their path). Array elements
 * themselves are not listed. Meant for text smol-toml accepted. Linear in the text, without
 * recursion; keys nested more than 1000 inline levels deep are left out.
 */
export function outlineToml(text: string): OutlineEntry[] {
	const entries: OutlineEntry[] = [];
	const root = newNode();
	let table: { node: Node; path: string[] } = { node: root, path: [] };
	const frames: Frame[] = [];
	let pending: Pending | null = null;

	const add = (path: string[], kind: OutlineKind, key: KeySegment, value: Range): number => {
		entries.push({ path, kind, key: { from: key.from, to: key.to }, value: { ...value } });
		return entries.length - 1;
	};

	/** Walks `keys` from `node`, creating nodes; returns the node and path of the last segment. */
	const walk = (
		node: Node,
		path: string[],
		keys: KeySegment[],
		onPrefix: (child: Node, path: string[], key: KeySegment) => void
	) => {
		for (let i = 0; i < keys.length - 1; i++) {
			let child = node.children.get(keys[i].name);
			path = [...path, keys[i].name];
			if (!child) {
				node.children.set(keys[i].name, (child = newNode()));
				onPrefix(child, path, keys[i]);
			}
			if (child.elements) {
				path.push(String(child.elements.length - 1));
				child = child.elements[child.elements.length - 1];
			}
			node = child;
		}
		return { node, path };
	};

	const header = (event: Extract<ScanEvent, { type: 'header' }>) => {
		const range = { from: event.from, to: event.to };
		const last = event.keys[event.keys.length - 1];
		if (!last) return;
		const parent = walk(root, [], event.keys, (child, path, key) => {
			child.entry = add(path, 'implicit', key, range);
		});
		let node = parent.node.children.get(last.name);
		const created = !node;
		if (!node) parent.node.children.set(last.name, (node = newNode()));
		const path = [...parent.path, last.name];
		if (event.array) {
			if (!node.elements) {
				node.elements = [];
				node.entry = add(path, 'array', last, range);
			}
			const element = newNode();
			const elementPath = [...path, String(node.elements.length)];
			node.elements.push(element);
			element.entry = add(elementPath, 'table', last, range);
			table = { node: element, path: elementPath };
			return;
		}
		if (created) node.entry = add(path, 'table', last, range);
		else if (node.entry >= 0 && entries[node.entry].kind === 'implicit')
			entries[node.entry] = {
				path,
				kind: 'table',
				key: { from: last.from, to: last.to },
				value: range
			};
		table = { node, path };
	};

	const key = (event: Extract<ScanEvent, { type: 'key' }>) => {
		const top = frames[frames.length - 1];
		const base = top ? top : table;
		if (!base.node || !base.path || top?.kind === 'array') return;
		const fill: number[] = [];
		const statement = { from: event.from, to: event.to };
		const parent = walk(base.node, base.path, event.keys, (child, path, k) => {
			child.entry = add(path, 'implicit', k, statement);
			fill.push(child.entry);
		});
		const last = event.keys[event.keys.length - 1];
		const node = newNode();
		parent.node.children.set(last.name, node);
		const path = [...parent.path, last.name];
		node.entry = add(path, 'value', last, { from: event.to, to: event.to });
		fill.push(node.entry);
		pending = { node, path, fill, leaf: node.entry };
	};

	const finish = (fill: number[], to: number) => {
		for (const i of fill) entries[i].value.to = to;
	};

	scanToml(text, (event) => {
		switch (event.type) {
			case 'header':
				frames.length = 0;
				pending = null;
				header(event);
				break;
			case 'key':
				key(event);
				break;
			case 'value':
			case 'open': {
				const top = frames[frames.length - 1];
				const owner: Pending | null = pending;
				pending = null;
				let index = -1;
				if (!owner && top?.kind === 'array') index = top.count++;
				if (owner) entries[owner.leaf].value.from = event.from;
				if (event.type === 'value') {
					if (owner) finish(owner.fill, event.to);
					break;
				}
				const deep = frames.length >= maxDepth;
				let node: Node | null = null;
				let path: string[] | null = null;
				if (!deep && owner) {
					node = owner.node;
					path = owner.path;
				} else if (!deep && top?.path && index >= 0) {
					node = newNode();
					path = [...top.path, String(index)];
				}
				frames.push({ kind: event.kind, node, path, fill: owner ? owner.fill : [], count: 0 });
				break;
			}
			case 'close': {
				const frame = frames.pop();
				if (frame) finish(frame.fill, event.to);
			}
		}
	});
	return entries;
}
