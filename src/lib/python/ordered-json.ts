import type { Tagged } from './tagged.ts';

/**
 * The insertion order of a tagged object's keys, kept where a JavaScript object
 * would lose it: integer-like keys (`"1"`) are enumerated before all others,
 * while a Python dict keeps them where the file put them.
 */
const insertionOrder = Symbol('insertionOrder');

type Ordered = { [key: string]: Tagged; [insertionOrder]?: string[] };

/** True for a key JavaScript enumerates first: an array index (`0` … `4294967294`). */
function isIndexKey(key: string): boolean {
	return /^(0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;
}

/** Records `keys` (in Python's order) on `target` when enumeration would reorder them. */
export function keepOrder(target: { [key: string]: Tagged }, keys: string[]): void {
	if (!keys.some(isIndexKey)) return;
	Object.defineProperty(target, insertionOrder, { value: keys, enumerable: false });
}

/** Returns a tagged object's keys in Python's insertion order. */
export function orderedKeys(value: { [key: string]: Tagged }): string[] {
	return (value as Ordered)[insertionOrder] ?? Object.keys(value);
}

/**
 * Returns `JSON.stringify(value, null, indent)` with every object's keys in Python's
 * insertion order (`{"b": 1, "1": 2}` stays b, 1). Iterative, so any depth is safe.
 */
export function stringifyOrdered(value: unknown, indent = 1): string {
	const pad = (depth: number) => '\n' + ' '.repeat(indent * depth);
	let out = '';
	const stack: ({ value: unknown; depth: number } | { text: string })[] = [{ value, depth: 0 }];
	while (stack.length) {
		const item = stack.pop()!;
		if ('text' in item) {
			out += item.text;
			continue;
		}
		const { value: v, depth } = item;
		if (v === null || typeof v !== 'object') {
			out += JSON.stringify(v) ?? 'null';
			continue;
		}
		const isArray = Array.isArray(v);
		const keys = isArray ? null : orderedKeys(v as { [key: string]: Tagged });
		const entries: [string | null, unknown][] = isArray
			? (v as unknown[]).map((x) => [null, x])
			: keys!
					.filter((k) => (v as Record<string, unknown>)[k] !== undefined)
					.map((k) => [k, (v as Record<string, unknown>)[k]]);
		if (!entries.length) {
			out += isArray ? '[]' : '{}';
			continue;
		}
		out += isArray ? '[' : '{';
		stack.push({ text: pad(depth) + (isArray ? ']' : '}') });
		for (let i = entries.length - 1; i >= 0; i--) {
			const [k, x] = entries[i];
			stack.push({ value: x, depth: depth + 1 });
			stack.push({
				text: (i ? ',' : '') + pad(depth + 1) + (k === null ? '' : JSON.stringify(k) + ': ')
			});
		}
	}
	return out;
}
