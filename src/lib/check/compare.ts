import { toTagged } from '../python/tagged.ts';
import { PyDate, PyDateTime, PyDict, PyFloat, PyTime, type PyValue } from '../python/values.ts';

interface DateLike {
	isDate(): boolean;
	isTime(): boolean;
	isLocal(): boolean;
	toISOString(): string;
}

function isDateLike(v: unknown): v is DateLike {
	return typeof v === 'object' && v !== null && typeof (v as DateLike).isTime === 'function';
}

function timeOf(iso: string): PyTime {
	const m = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?/.exec(iso)!;
	const frac = (m[4] ?? '').padEnd(6, '0').slice(0, 6);
	return new PyTime(Number(m[1]), Number(m[2]), Number(m[3]), Number(frac));
}

function dateOf(iso: string): PyDate {
	const [y, mo, d] = iso.slice(0, 10).split('-').map(Number);
	return new PyDate(y, mo, d);
}

function convertDate(v: DateLike): PyValue {
	const iso = v.toISOString();
	if (v.isDate()) return dateOf(iso);
	if (v.isTime()) return timeOf(iso);
	const time = timeOf(iso.slice(11));
	if (v.isLocal()) return new PyDateTime(dateOf(iso), time, null);
	const zone = /([+-])(\d{2}):(\d{2})$/.exec(iso);
	const offset = zone ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
	return new PyDateTime(dateOf(iso), time, offset || 0);
}

function scalarToPython(v: unknown): PyValue | undefined {
	if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'bigint') return v;
	if (typeof v === 'number') return new PyFloat(v);
	if (isDateLike(v)) return convertDate(v);
	return undefined;
}

/**
 * Converts a smol-toml value (parsed with `integersAsBigInt: true`) to the
 * Python value a TOML 1.0 parser such as `tomllib` would give. Iterative, so
 * deep nesting cannot overflow the stack.
 */
export function tomlToPython(value: unknown): PyValue {
	const scalar = scalarToPython(value);
	if (scalar !== undefined) return scalar;
	const root: PyValue = Array.isArray(value) ? [] : new PyDict();
	const stack: [unknown, PyValue][] = [[value, root]];
	while (stack.length) {
		const [from, to] = stack.pop()!;
		const entries: [string | number, unknown][] = Array.isArray(from)
			? from.map((x, i) => [i, x])
			: Object.entries(from as Record<string, unknown>);
		for (const [k, x] of entries) {
			let converted = scalarToPython(x);
			if (converted === undefined) {
				converted = Array.isArray(x) ? [] : new PyDict();
				stack.push([x, converted]);
			}
			if (Array.isArray(to)) to.push(converted);
			else (to as PyDict).map.set(k as string, converted);
		}
	}
	return root;
}

/** One place where Streamlit's reading differs from TOML's. */
export interface ValueDifference {
	/** The path as TOML reads it. */
	path: string[];
	/** The key Streamlit stores instead of the last path segment, when only the key differs. */
	streamlitKey?: string;
	/** TOML's value. */
	toml: PyValue;
	/** Streamlit's value, or undefined when Streamlit has no such key. */
	streamlit: PyValue | undefined;
}

// smol-toml keeps milliseconds, so sub-second parts are compared at that precision.
function comparable(v: PyValue): string {
	return JSON.stringify(toTagged(v), (_k, x) => {
		if (x && typeof x === 'object' && '$time' in x) return { $time: msTime(x.$time) };
		if (x && typeof x === 'object' && '$datetime' in x)
			return { ...x, $datetime: msTime(x.$datetime) };
		return x;
	});
}

function msTime(iso: string): string {
	return iso.replace(/(\d{2}:\d{2}:\d{2})(?:\.(\d+))?/, (_a, hms: string, f?: string) =>
		f ? `${hms}.${f.slice(0, 3).padEnd(3, '0')}` : `${hms}.000`
	);
}

function streamlitKeyFor(
	key: string,
	legacy: PyDict,
	tomlKeys: Map<string, PyValue>
): string | undefined {
	for (const k of legacy.map.keys()) {
		if (!tomlKeys.has(k) && k.replace(/^\ufeff/, '').trim() === key) return k;
	}
	return undefined;
}

/** Lists where Streamlit's value tree differs from TOML's, outermost difference first. */
export function diffValues(toml: PyValue, legacy: PyValue, path: string[] = []): ValueDifference[] {
	const out: ValueDifference[] = [];
	const stack: [PyValue, PyValue, string[]][] = [[toml, legacy, path]];
	while (stack.length) {
		const [t, l, p] = stack.pop()!;
		if (t instanceof PyDict && l instanceof PyDict) {
			const entries = [...t.map];
			for (let i = entries.length - 1; i >= 0; i--) {
				const [k, tv] = entries[i];
				if (l.map.has(k)) stack.push([tv, l.map.get(k)!, [...p, k]]);
				else {
					const other = streamlitKeyFor(k, l, t.map);
					const lv = other === undefined ? undefined : l.map.get(other);
					out.push({ path: [...p, k], streamlitKey: other, toml: tv, streamlit: lv });
				}
			}
			continue;
		}
		if (comparable(t) !== comparable(l)) out.push({ path: p, toml: t, streamlit: l });
	}
	return out;
}
