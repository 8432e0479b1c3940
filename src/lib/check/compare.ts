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
 * Returns the keys of a smol-toml table in the file's order as far as it is known. A
 * JavaScript object lists integer-like keys (`"1"`) first; Python keeps the file's order,
 * which `like` (Streamlit's reading of the same table, when there is one) still has.
 */
function keysInOrder(table: Record<string, unknown>, like: PyValue | undefined): string[] {
	const keys = Object.keys(table);
	if (!(like instanceof PyDict) || !keys.some((k) => /^\d+$/.test(k))) return keys;
	const shared = [...like.map.keys()].filter((k) => Object.hasOwn(table, k));
	const known = new Set(shared);
	return [...shared, ...keys.filter((k) => !known.has(k))];
}

/**
 * Converts a smol-toml value (parsed with `integersAsBigInt: true`) to the
 * Python value a TOML 1.0 parser such as `tomllib` would give, its tables' keys in the
 * order of `like` (see {@link keysInOrder}). Iterative, so deep nesting cannot overflow
 * the stack.
 */
export function tomlToPython(value: unknown, like?: PyValue): PyValue {
	const scalar = scalarToPython(value);
	if (scalar !== undefined) return scalar;
	const root: PyValue = Array.isArray(value) ? [] : new PyDict();
	const stack: [unknown, PyValue, PyValue | undefined][] = [[value, root, like]];
	while (stack.length) {
		const [from, to, counterpart] = stack.pop()!;
		const entries: [string | number, unknown, PyValue | undefined][] = Array.isArray(from)
			? from.map((x, i) => [i, x, Array.isArray(counterpart) ? counterpart[i] : undefined])
			: keysInOrder(from as Record<string, unknown>, counterpart).map((k) => [
					k,
					(from as Record<string, unknown>)[k],
					counterpart instanceof PyDict ? counterpart.map.get(k) : undefined
				]);
		for (const [k, x, c] of entries) {
			let converted = scalarToPython(x);
			if (converted === undefined) {
				converted = Array.isArray(x) ? [] : new PyDict();
				stack.push([x, converted, c]);
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

function sameTime(a: PyTime, b: PyTime): boolean {
	// smol-toml keeps milliseconds, so sub-second parts are compared at that precision.
	return (
		a.hour === b.hour &&
		a.minute === b.minute &&
		a.second === b.second &&
		Math.floor(a.microsecond / 1000) === Math.floor(b.microsecond / 1000)
	);
}

function sameDate(a: PyDate, b: PyDate): boolean {
	return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** True when two scalars (or containers, compared deeply) are the same Python value. */
function sameValue(a: PyValue, b: PyValue): boolean {
	if (a === b) return true;
	if (a instanceof PyFloat && b instanceof PyFloat)
		return Object.is(a.value, b.value) || (a.value === b.value && a.value !== 0);
	if (a instanceof PyDateTime && b instanceof PyDateTime)
		return (
			sameDate(a.date, b.date) && sameTime(a.time, b.time) && a.offsetMinutes === b.offsetMinutes
		);
	if (a instanceof PyDate && b instanceof PyDate) return sameDate(a, b);
	if (a instanceof PyTime && b instanceof PyTime) return sameTime(a, b);
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
	if (a instanceof PyDict && b instanceof PyDict) {
		if (a.map.size !== b.map.size) return false;
		for (const [k, x] of a.map) if (!b.map.has(k) || !sameValue(x, b.map.get(k)!)) return false;
		return true;
	}
	return false;
}

function streamlitKeyFor(key: string, legacy: PyDict, tomlKeys: Set<string>): string | undefined {
	for (const k of legacy.map.keys()) {
		if (!tomlKeys.has(k) && k.replace(/^\ufeff/, '').trim() === key) return k;
	}
	return undefined;
}

function isTable(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v) && !isDateLike(v);
}

/**
 * True when smol-toml's value `t` and the legacy parser's `l` are the same
 * Python value. Iterative, so any nesting depth is safe.
 */
function sameRaw(tomlValue: unknown, legacyValue: PyValue): boolean {
	const stack: [unknown, PyValue][] = [[tomlValue, legacyValue]];
	while (stack.length) {
		const [t, l] = stack.pop()!;
		// Streamlit reads files with universal newlines, so a raw CRLF inside a string arrives as LF.
		if (typeof t === 'string') {
			if (t !== l && !(t.includes('\r') && t.replace(/\r\n?/g, '\n') === l)) return false;
		} else if (typeof t === 'boolean' || typeof t === 'bigint') {
			if (t !== l) return false;
		} else if (typeof t === 'number') {
			if (!(l instanceof PyFloat && (Object.is(t, l.value) || (t === l.value && t !== 0))))
				return false;
		} else if (Array.isArray(t)) {
			if (!Array.isArray(l) || l.length !== t.length) return false;
			for (let i = 0; i < t.length; i++) stack.push([t[i], l[i]]);
		} else if (isDateLike(t)) {
			if (!sameValue(convertDate(t), l)) return false;
		} else {
			if (!(l instanceof PyDict)) return false;
			const keys = Object.keys(t as object);
			if (keys.length !== l.map.size) return false;
			for (const k of keys) {
				if (!l.map.has(k)) return false;
				stack.push([(t as Record<string, unknown>)[k], l.map.get(k)!]);
			}
		}
	}
	return true;
}

/**
 * Lists where Streamlit's value tree (`legacy`) differs from what smol-toml read
 * (`toml`, parsed with `integersAsBigInt: true`), outermost difference first.
 */
export function diffValues(toml: unknown, legacy: PyValue): ValueDifference[] {
	const out: ValueDifference[] = [];
	// Each level keeps a link to its parent; a path is built only for a difference.
	type Level = { key: string; parent: Level | null };
	const pathOf = (level: Level | null, key: string): string[] => {
		const path = [key];
		for (let at = level; at; at = at.parent) path.push(at.key);
		path.pop();
		return path.reverse();
	};
	const root: Level = { key: '', parent: null };
	const stack: [Record<string, unknown>, PyDict, Level][] = [];
	if (isTable(toml) && legacy instanceof PyDict) stack.push([toml, legacy, root]);
	else if (!sameRaw(toml, legacy))
		out.push({ path: [], toml: tomlToPython(toml, legacy), streamlit: legacy });
	while (stack.length) {
		const [t, l, level] = stack.pop()!;
		const tomlKeys = new Set(Object.keys(t));
		for (const k of tomlKeys) {
			const tv = t[k];
			if (!l.map.has(k)) {
				const other = streamlitKeyFor(k, l, tomlKeys);
				const lv = other === undefined ? undefined : l.map.get(other);
				out.push({
					path: pathOf(level, k),
					streamlitKey: other,
					toml: tomlToPython(tv, lv),
					streamlit: lv
				});
				continue;
			}
			const lv = l.map.get(k)!;
			if (isTable(tv) && lv instanceof PyDict) stack.push([tv, lv, { key: k, parent: level }]);
			else if (!sameRaw(tv, lv))
				out.push({ path: pathOf(level, k), toml: tomlToPython(tv, lv), streamlit: lv });
		}
	}
	return out;
}
