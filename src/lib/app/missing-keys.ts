import type { Diagnostic } from '../diagnostic.ts';
import type { Outlines } from '../streamlit/secret-entries.ts';
import { lineEnd } from '../diagnostics/line-offsets.ts';
import { ruleDiagnostic } from '../diagnostics/rule-messages.ts';
import { outlineToml } from '../toml/outline.ts';
import type { ImpliedType } from './read-types.ts';

/** A key path the app reads that the secrets lack. */
export interface MissingKey {
	/** The full path the app reads. */
	path: string[];
	/** Index in `path` of the first key that is missing. */
	failAt: number;
	/** The type the app implies for the last key. */
	implies?: ImpliedType;
	/** Where the app reads it, as `file:line`. */
	at: string;
	/** False when no placeholder can stand for what is missing (a connection's table). */
	fixable: boolean;
	/** The keys beside the missing one that no read uses (for a misspelling). */
	siblings?: string[];
}

/** Where the secrets are written: the source texts and outlines. */
export interface SecretsLayout {
	/** Each source's text (null for directories and missing files). */
	texts: (string | null)[];
	/** Each source's key locations, when its TOML is valid. */
	outlines: Outlines;
	/** For each root key, the index of the source Streamlit takes it from. */
	sourceOf: Map<string, number>;
}

interface KeyTree {
	children: Map<string, KeyTree>;
	implies?: ImpliedType;
}

const placeholders: Record<ImpliedType, string> = {
	str: '""',
	int: '0',
	float: '0.0',
	bool: 'false',
	list: '[]',
	table: '{}'
};

/** Returns a TOML key: bare when it can be, else a basic string. */
export function tomlKey(key: string): string {
	return /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
}

/** Returns the TOML text of the tables and keys of `tree`, under the header `path`. */
function tableText(path: string[], tree: KeyTree, nl: string): string {
	const header = `[${path.map(tomlKey).join('.')}]${nl}`;
	let body = '';
	let nested = '';
	for (const [k, child] of tree.children) {
		if (child.children.size) nested += nl + tableText([...path, k], child, nl);
		else body += `${tomlKey(k)} = ${placeholders[child.implies ?? 'str']}${nl}`;
	}
	return header + body + nested;
}

/** Returns the edit distance between two strings, or more than `limit` as soon as it is exceeded. */
function distance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++)
			next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		row = next;
	}
	return row[b.length];
}

/**
 * Returns the sibling that looks like a misspelling of `key`: the same letters
 * ignoring case and `_`/`-`, or (for longer names) one or two edits away.
 */
export function similarKey(key: string, siblings: readonly string[]): string | null {
	const plain = (s: string) => s.toLowerCase().replace(/[-_ ]/g, '');
	// Short names are too close to each other by chance: only case and separators count there.
	const limit = key.length >= 8 ? 2 : key.length >= 4 ? 1 : 0;
	let best: string | null = null;
	let bestDistance = limit + 1;
	for (const s of siblings) {
		if (s === key || s.length > 200) continue;
		const d =
			plain(s) === plain(key) ? 0 : limit ? distance(s.toLowerCase(), key.toLowerCase(), limit) : 1;
		if (d < bestDistance) {
			best = s;
			bestDistance = d;
		}
	}
	return best;
}

/** Returns the source that should hold a root key: the one defining it, else the last file. */
function targetSource(layout: SecretsLayout, root: string): number {
	const defined = layout.sourceOf.get(root);
	if (defined !== undefined) return defined;
	for (let i = layout.texts.length - 1; i >= 0; i--) if (layout.texts[i] !== null) return i;
	return -1;
}

/** Returns where a new root key goes: after the last root key, else at the top; and the text. */
function rootInsertion(text: string, line: string, nl: string): { at: number; insert: string } {
	const entries = outlineToml(text);
	const header = entries.find((e) => e.kind === 'table' || e.kind === 'array');
	if (!header) {
		const sep = text === '' || /[\r\n]$/.test(text) ? '' : nl;
		return { at: text.length, insert: sep + line + nl };
	}
	const rootValues = entries.filter((e) => e.path.length === 1 && e.value.to <= header.value.from);
	if (!rootValues.length) return { at: 0, insert: line + nl };
	const last = rootValues[rootValues.length - 1];
	return { at: lineEnd(text, last.value.to), insert: nl + line };
}

/**
 * Returns one `app/missing-key` diagnostic per missing key or table, placed in
 * the source where it belongs (on the table's header, or at the top for a root
 * key), with a fix that adds it with a placeholder of the type the code implies.
 * Reads below the same missing table share one diagnostic whose fix writes them all.
 */
export function missingKeyDiagnostics(missing: MissingKey[], layout: SecretsLayout): Diagnostic[] {
	const groups = new Map<
		string,
		{ key: string[]; tree: KeyTree; at: Set<string>; fixable: boolean; siblings: string[] }
	>();
	for (const m of missing) {
		const key = m.path.slice(0, m.failAt + 1);
		const id = key.join('\0');
		const group = groups.get(id) ?? {
			key,
			tree: { children: new Map<string, KeyTree>() } as KeyTree,
			at: new Set<string>(),
			fixable: true,
			siblings: m.siblings ?? []
		};
		groups.set(id, group);
		group.at.add(m.at);
		group.fixable &&= m.fixable;
		let node = group.tree;
		for (const k of m.path.slice(m.failAt + 1)) {
			const next: KeyTree = node.children.get(k) ?? { children: new Map() };
			node.children.set(k, next);
			node = next;
		}
		if (!node.children.size && m.implies) node.implies = m.implies;
	}
	const out: Diagnostic[] = [];
	for (const g of groups.values()) {
		const source = targetSource(layout, g.key[0]);
		const text = source >= 0 ? layout.texts[source] : null;
		if (text === null || source < 0) continue;
		const nl = text.includes('\r\n') ? '\r\n' : '\n';
		const isTable = g.tree.children.size > 0 || g.tree.implies === 'table';
		const at = [...g.at];
		const reads = at.length > 3 ? `${at.slice(0, 3).join(', ')}, …` : at.join(', ');
		const parent = g.key.slice(0, -1);
		const locator = layout.outlines[source];
		const parentEntry = parent.length ? locator?.get(parent) : undefined;
		const name = g.key[g.key.length - 1];
		const similar = similarKey(name, g.siblings);
		const similarEntry = similar === null ? undefined : locator?.get([...parent, similar]);
		const range = similarEntry?.key ?? parentEntry?.key ?? { from: 0, to: 0 };
		const path = g.key.join('.');
		const d = ruleDiagnostic(
			'app/missing-key',
			{ path, reads, table: isTable, similar: similarEntry ? similar : null },
			range.from,
			range.to,
			source
		);
		if (similarEntry && g.fixable)
			d.fix = { label: `Rename to \`${name}\``, ...similarEntry.key, insert: tomlKey(name) };
		else {
			const fix =
				g.fixable && locator ? insertion(text, g.key, g.tree, isTable, parentEntry, nl) : null;
			if (fix) d.fix = { label: `Add \`${path}\``, from: fix.at, to: fix.at, insert: fix.insert };
		}
		out.push(d);
	}
	return out;
}

function insertion(
	text: string,
	key: string[],
	tree: KeyTree,
	isTable: boolean,
	parentEntry: { kind: string; value: { to: number } } | undefined,
	nl: string
): { at: number; insert: string } | null {
	const parent = key.slice(0, -1);
	if (isTable) {
		// A [header] may extend a table made by a header or by dotted keys, not an inline one.
		if (parent.length && parentEntry?.kind !== 'table' && parentEntry?.kind !== 'implicit')
			return null;
		const sep = text === '' ? '' : /[\r\n]$/.test(text) ? nl : nl + nl;
		return { at: text.length, insert: sep + tableText(key, tree, nl) };
	}
	const line = `${tomlKey(key[key.length - 1])} = ${placeholders[tree.implies ?? 'str']}`;
	if (!parent.length) return rootInsertion(text, line, nl);
	if (parentEntry?.kind !== 'table') return null;
	return { at: lineEnd(text, parentEntry.value.to), insert: nl + line };
}
