import { pyRepr } from '../python/repr.ts';
import { PyDict, type PyValue } from '../python/values.ts';

/** What importing secrets would do to the current ones, path by path. */
export interface ImportPlan {
	/** Paths the current secrets lack: new root keys, or new keys of existing tables. */
	added: string[][];
	/** Paths whose current value the import replaces with a different one. */
	replaced: string[][];
	/** Paths the import sets to the value they already have. */
	unchanged: string[][];
}

function same(a: PyValue, b: PyValue): boolean {
	return pyRepr(a) === pyRepr(b);
}

/**
 * Compares imported secrets with the current ones (null when there are none, or they
 * do not load) as {@link mergeImport} would combine them: into tables both sides have,
 * key by key; anything else as a whole. Paths are in the import's order.
 */
export function planImport(existing: PyDict | null, imported: PyDict): ImportPlan {
	const plan: ImportPlan = { added: [], replaced: [], unchanged: [] };
	const visit = (current: PyDict | null, incoming: PyDict, path: string[]) => {
		for (const [k, v] of incoming.map) {
			const here = [...path, k];
			const old = current?.map.get(k);
			if (old === undefined) plan.added.push(here);
			else if (old instanceof PyDict && v instanceof PyDict) visit(old, v, here);
			else (same(old, v) ? plan.unchanged : plan.replaced).push(here);
		}
	};
	visit(existing, imported, []);
	return plan;
}

/**
 * Returns the current secrets with the imported ones merged in, as {@link planImport}
 * describes: tables both sides have are merged key by key, every other imported value
 * replaces the current one. Neither argument is changed.
 */
export function mergeImport(existing: PyDict | null, imported: PyDict): PyDict {
	const merge = (current: PyDict | null, incoming: PyDict): PyDict => {
		const out = new PyDict(current?.inline ?? incoming.inline);
		current?.map.forEach((v, k) => out.map.set(k, v));
		for (const [k, v] of incoming.map) {
			const old = out.map.get(k);
			out.map.set(k, old instanceof PyDict && v instanceof PyDict ? merge(old, v) : v);
		}
		return out;
	};
	return merge(existing, imported);
}
