import { pyError, keyError } from './exceptions.ts';
import { reprString } from './repr.ts';
import { PyDict, typeName, type PyValue } from './values.ts';

/** Returns the name Python uses for a value's type in error messages. */
function errName(v: PyValue): string {
	return v instanceof PyDict ? 'dict' : typeName(v);
}

/** Returns Python's `obj[key]` for the value kinds `toml` builds, raising as Python does. */
export function getItem(obj: PyValue, key: string | number): PyValue {
	if (obj instanceof PyDict) {
		if (typeof key === 'string' && obj.map.has(key)) return obj.map.get(key)!;
		throw keyError(typeof key === 'string' ? reprString(key) : String(key));
	}
	if (Array.isArray(obj)) {
		if (typeof key === 'string')
			throw pyError('TypeError', 'list indices must be integers or slices, not str');
		const i = key < 0 ? obj.length + key : key;
		if (i < 0 || i >= obj.length) throw pyError('IndexError', 'list index out of range');
		return obj[i];
	}
	if (typeof obj === 'string') {
		if (typeof key === 'string')
			throw pyError('TypeError', "string indices must be integers, not 'str'");
		const chars = Array.from(obj);
		const i = key < 0 ? chars.length + key : key;
		if (i < 0 || i >= chars.length) throw pyError('IndexError', 'string index out of range');
		return chars[i];
	}
	throw pyError('TypeError', `'${errName(obj)}' object is not subscriptable`);
}

/** Performs Python's `obj[key] = value`, raising as Python does for non-dicts. */
export function setItem(obj: PyValue, key: string, value: PyValue): void {
	if (obj instanceof PyDict) {
		obj.map.set(key, value);
		return;
	}
	if (Array.isArray(obj))
		throw pyError('TypeError', 'list indices must be integers or slices, not str');
	throw pyError('TypeError', `'${errName(obj)}' object does not support item assignment`);
}

/** Returns Python's `key in obj` for a string key. */
export function contains(obj: PyValue, key: string): boolean {
	if (obj instanceof PyDict) return obj.map.has(key);
	if (Array.isArray(obj)) return obj.some((x) => x === key);
	if (typeof obj === 'string') return obj.includes(key);
	throw pyError('TypeError', `argument of type '${errName(obj)}' is not iterable`);
}
