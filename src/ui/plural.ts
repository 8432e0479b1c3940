/**
 * Returns a count with its noun, singular for exactly one: `plural(1, 'path')` is
 * `1 path`, `plural(2, 'path')` is `2 paths`. `many` is the plural when adding an `s`
 * is wrong (`plural(2, 'read fails', 'reads fail')`).
 */
export function plural(n: number, one: string, many = one + 's'): string {
	return `${n} ${n === 1 ? one : many}`;
}
