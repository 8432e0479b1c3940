import { isoDate, isoDateTime, isoTime, reprFloat } from './repr.ts';
import { keepOrder } from './ordered-json.ts';
import { PyDate, PyDateTime, PyDict, PyFloat, type PyValue } from './values.ts';

/**
 * JSON with tags for what plain JSON cannot say about a Python value, the format
 * of the recorded Streamlit cases (`$int`, `$float`, `$datetime`, `$date`, `$time`,
 * `$AttrDict`, `$callable`).
 */
export type Tagged = string | number | boolean | null | Tagged[] | { [key: string]: Tagged };

const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);

/** Options for {@link toTagged}. */
export interface TagOptions {
	/** Wrap inline tables as `{"$inline": …}` (for comparing with parser recordings). */
	markInline?: boolean;
}

/** Returns the tagged JSON form of a Python value. Iterative depth is bounded by the value. */
export function toTagged(v: PyValue, options: TagOptions = {}): Tagged {
	if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
	if (typeof v === 'bigint') {
		return v <= maxSafe && v >= -maxSafe ? Number(v) : { $int: v.toString() };
	}
	if (v instanceof PyFloat) return { $float: reprFloat(v.value) };
	if (Array.isArray(v)) return v.map((x) => toTagged(x, options));
	if (v instanceof PyDict) {
		const out: { [key: string]: Tagged } = {};
		for (const [k, x] of v.map) setEntry(out, k, toTagged(x, options));
		keepOrder(out, [...v.map.keys()]);
		return options.markInline && v.inline ? { $inline: out } : out;
	}
	if (v instanceof PyDateTime) {
		const offset = v.offsetMinutes;
		// Python refuses offsets of a day or more when asked for them.
		const usable = offset !== null && Math.abs(offset) < 24 * 60;
		const iso = usable ? isoDateTime(v) : isoDateTime(new PyDateTime(v.date, v.time, null));
		return { $datetime: iso, utcoffset_seconds: usable ? offset * 60 : null };
	}
	if (v instanceof PyDate) return { $date: isoDate(v) };
	return { $time: isoTime(v) };
}

/**
 * Sets `key` as an own property even when it is `__proto__`, which a plain
 * assignment would turn into a prototype change.
 */
export function setEntry(target: { [key: string]: Tagged }, key: string, value: Tagged): void {
	Object.defineProperty(target, key, {
		value,
		enumerable: true,
		writable: true,
		configurable: true
	});
}
