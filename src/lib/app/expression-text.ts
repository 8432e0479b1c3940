import type { ConnectionCall } from './read-types.ts';
import type { Segment } from './symbols.ts';

/** Returns a Python string literal for `s` (double-quoted; JSON escapes are valid Python). */
export function pyString(s: string): string {
	return JSON.stringify(s);
}

/** Stands for a key computed at run time in an expression text. */
const computed = '<computed>';

/**
 * Returns the Python expression for reading `keys` (one per segment) through
 * `segs` from `st.secrets`, aliases resolved: `st.secrets["db"].user`,
 * `st.secrets.get("a", {}).get("b")`, `getattr(st.secrets, "k", None)`, `"k" in st.secrets`.
 */
export function secretsExpression(
	segs: readonly Segment[],
	keys: readonly (string | null)[]
): string {
	let expr = 'st.secrets';
	segs.forEach((s, i) => {
		const k = keys[i] === null ? computed : pyString(keys[i]!);
		const d = s.literalDefault ?? 'None';
		switch (s.form) {
			case 'attr':
				expr += keys[i] === null ? `[${computed}]` : `.${keys[i]}`;
				break;
			case 'get':
				expr += `.get(${k})`;
				break;
			case 'get_default':
				expr += `.get(${k}, ${d})`;
				break;
			case 'getattr':
				expr = `getattr(${expr}, ${k})`;
				break;
			case 'getattr_default':
				expr = `getattr(${expr}, ${k}, ${d})`;
				break;
			case 'hasattr':
				expr = `hasattr(${expr}, ${k})`;
				break;
			case 'in':
				expr = `${k} in ${expr}`;
				break;
			default:
				expr += `[${k}]`;
		}
	});
	return expr;
}

/** Returns the expression for reading environment variable `key` the way `seg` does. */
export function environExpression(seg: Segment, key: string | null): string {
	const k = key === null ? computed : pyString(key);
	if (seg.form === 'get') return `os.environ.get(${k})`;
	if (seg.form === 'get_default') return `os.environ.get(${k}, ${seg.literalDefault ?? 'None'})`;
	if (seg.form === 'in') return `${k} in os.environ`;
	return `os.environ[${k}]`;
}

/** Returns the `st.connection(…)` call with its name and type as written. */
export function connectionExpression(call: ConnectionCall, name: string | null): string {
	const n = name === null ? computed : pyString(name);
	if (call.type === null) return `st.connection(${n})`;
	return `st.connection(${n}, type=${call.typeIsString ? pyString(call.type) : call.type})`;
}

/** Returns the `st.login(…)` call for a provider. */
export function loginExpression(provider: string | null): string {
	if (provider === 'default') return 'st.login()';
	return `st.login(${provider === null ? computed : pyString(provider)})`;
}
