import { reprLimited } from '../python/repr.ts';
import { PyDict, typeName, type PyValue } from '../python/values.ts';
import type { KeyLocator } from '../toml/key-locator.ts';
import { attributeProblem, bracket, type AttributeProblem } from './identifiers.ts';

/** A start and end offset (UTF-16) in a source text. */
export interface Range {
	/** Start, inclusive. */
	from: number;
	/** End, exclusive. */
	to: number;
}

/** One path the app can read, with what it holds and where it is written. */
export interface SecretEntry {
	/** Key path; list elements appear as their index. */
	path: string[];
	/** Index of the source the value comes from (the last one defining its root key). */
	source: number;
	/** Python type name of the value (`str`, `int`, `AttrDict`, `list`, `dict`, …). */
	type: string;
	/** Python `repr()` of the value, as `st.write(repr(x))` shows it. */
	repr: string;
	/** Bracket form, e.g. `st.secrets["db"]["user"]`. */
	bracket: string;
	/** Attribute form, e.g. `st.secrets.db.user`, or null where Python cannot reach it that way. */
	attribute: string | null;
	/** Why the attribute form is not available. */
	attributeProblem: AttributeProblem;
	/** Where the key is written, when the source's TOML could be outlined. */
	key?: Range;
	/** Where the value is written. */
	value?: Range;
	/** Nesting depth, 0 for root keys. */
	depth: number;
}

/** Where each source's key paths are written, by source index. */
export type Outlines = (KeyLocator | null)[];

/** Paths deeper than this are not listed (their parents' reprs still show them). */
const maxDepth = 64;
/** Reprs are cut after this many characters. */
const reprLength = 300;

function typeOf(v: PyValue, plain: boolean): string {
	if (v instanceof PyDict) return plain ? 'dict' : 'AttrDict';
	return typeName(v);
}

interface Item {
	value: PyValue;
	path: string[];
	source: number;
	bracket: string;
	attribute: string | null;
	problem: AttributeProblem;
	/** True below a list: tables there are plain dicts, without attribute access. */
	plain: boolean;
}

function children(parent: Item | null, container: PyValue, sourceOf: Map<string, number>): Item[] {
	const out: Item[] = [];
	if (container instanceof PyDict) {
		const plain = parent?.plain ?? false;
		for (const [k, v] of container.map) {
			const own: AttributeProblem = plain ? 'inside-list' : attributeProblem(k, parent === null);
			const reachable = own === null && (parent === null || parent.attribute !== null);
			out.push({
				value: v,
				path: parent ? [...parent.path, k] : [k],
				source: parent ? parent.source : (sourceOf.get(k) ?? 0),
				bracket: (parent ? parent.bracket : 'st.secrets') + bracket(k),
				attribute: reachable ? `${parent ? parent.attribute : 'st.secrets'}.${k}` : null,
				problem: reachable ? null : (parent?.problem ?? own),
				plain
			});
		}
	} else if (Array.isArray(container) && parent) {
		container.forEach((v, i) =>
			out.push({
				value: v,
				path: [...parent.path, String(i)],
				source: parent.source,
				bracket: `${parent.bracket}[${i}]`,
				attribute: parent.attribute === null ? null : `${parent.attribute}[${i}]`,
				problem: parent.problem,
				plain: true
			})
		);
	}
	return out;
}

/**
 * Lists every path of the merged secrets depth-first, in merged order, with
 * its Python type and repr, how an app spells it, and where it is written.
 * Stops after `limit` entries.
 */
export function listEntries(
	merged: PyDict,
	sourceOf: Map<string, number>,
	outlines: Outlines,
	limit = 100_000
): SecretEntry[] {
	const out: SecretEntry[] = [];
	const stack = children(null, merged, sourceOf).reverse();
	while (stack.length && out.length < limit) {
		const item = stack.pop()!;
		const depth = item.path.length - 1;
		const where = outlines[item.source]?.get(item.path);
		out.push({
			path: item.path,
			source: item.source,
			type: typeOf(item.value, item.plain),
			repr: reprLimited(item.value, reprLength),
			bracket: item.bracket,
			attribute: item.attribute,
			attributeProblem: item.attribute === null ? item.problem : null,
			depth,
			...(where ? { key: where.key, value: where.value } : {})
		});
		if (depth >= maxDepth) continue;
		const next = children(item, item.value, sourceOf);
		for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
	}
	return out;
}
