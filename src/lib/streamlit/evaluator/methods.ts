import { keyError, pyError, PyException } from '../../python/exceptions.ts';
import { isoDate, isoDateTime, isoTime } from '../../python/repr.ts';
import { isSpaceCode, pyStrip } from '../../python/text.ts';
import { PyDate, PyDateTime, PyDict, PyTime, type PyValue } from '../../python/values.ts';
import {
	AttrDict,
	CallableObject,
	EnvironObject,
	OpaqueObject,
	SecretsObject,
	TupleObject,
	ViewObject,
	type Value
} from '../objects.ts';
import { dictOf, shortTypeName, wrap, type PyRuntime } from '../py-runtime.ts';

/** Positional and keyword arguments of a call. */
export interface Arguments {
	args: Value[];
	kwargs: Map<string, Value>;
}

function arg(a: Arguments, i: number, name: string): Value | undefined {
	return i < a.args.length ? a.args[i] : a.kwargs.get(name);
}

function deepCopy(v: PyValue): PyValue {
	if (Array.isArray(v)) return v.map(deepCopy);
	if (v instanceof PyDict) {
		const d = new PyDict(v.inline);
		for (const [k, x] of v.map) d.map.set(k, deepCopy(x));
		return d;
	}
	return v;
}

/** `Mapping.get(key, default)`: `self[key]`, or the default on KeyError only. */
function mappingGet(p: PyRuntime, self: Value, key: Value, fallback: Value): Value {
	try {
		return p.getItem(self, key);
	} catch (e) {
		if (e instanceof PyException && e.isA('KeyError')) return fallback;
		throw e;
	}
}

function mappingView(
	p: PyRuntime,
	self: SecretsObject | AttrDict | EnvironObject,
	name: string
): Value {
	// Secrets delegates to the dict it parsed; AttrDict and os.environ get collections.abc views.
	if (self instanceof SecretsObject) {
		const parsed = p.parsed();
		if (!(parsed instanceof PyDict))
			throw pyError(
				'AttributeError',
				`'${shortTypeName(parsed)}' object has no attribute '${name}'`
			);
		return dictMethod(p, parsed, name, { args: [], kwargs: new Map() });
	}
	const keys = p.iterate(self);
	const type = `collections.abc.${name === 'keys' ? 'KeysView' : name === 'values' ? 'ValuesView' : 'ItemsView'}`;
	const items =
		name === 'keys'
			? keys
			: keys.map((k) =>
					name === 'values' ? p.getItem(self, k) : new TupleObject([k, p.getItem(self, k)])
				);
	return new ViewObject(type, items, self);
}

/** Calls a method of `st.secrets`, an AttrDict or `os.environ`. */
function streamlitMethod(
	p: PyRuntime,
	self: SecretsObject | AttrDict | EnvironObject,
	name: string,
	a: Arguments
): Value {
	switch (name) {
		case 'get':
			return mappingGet(p, self, arg(a, 0, 'key') ?? null, arg(a, 1, 'default') ?? null);
		case 'keys':
		case 'values':
		case 'items':
			return mappingView(p, self, name);
		case 'to_dict':
			if (self instanceof AttrDict) return deepCopy(dictOf(self.nested));
			return toDict(p, p.parsed());
		case 'has_key':
			return p.contains(p.parsed(), arg(a, 0, 'k') ?? null);
		case 'load_if_toml_exists':
			return p.store.loadIfTomlExists();
		case '__getitem__':
			return p.getItem(self, arg(a, 0, 'key') ?? null);
		case '__contains__':
			return p.contains(self, arg(a, 0, 'key') ?? null);
		case '__len__':
			return BigInt(p.len(self));
		case '__eq__':
			return p.equals(self, arg(a, 0, 'other') ?? null);
		case '__repr__':
			return p.repr(self);
		case 'copy':
			return dictOf(new Map(p.mappingItems(self).map(([k, v]) => [p.str(k), v])));
	}
	throw pyError('NotImplementedError', `${shortTypeName(self)}.${name}() is not simulated`);
}

/** `_convert_to_dict`: a new top-level dict whose AttrDict values become dicts. */
function toDict(p: PyRuntime, parsed: Value): Value {
	const d = new PyDict();
	for (const [k, v] of p.mappingItems(parsed))
		d.map.set(p.str(k), (v instanceof AttrDict ? deepCopy(dictOf(v.nested)) : v) as PyValue);
	return d;
}

function dictMethod(p: PyRuntime, self: PyDict, name: string, a: Arguments): Value {
	const key = arg(a, 0, 'key') ?? null;
	switch (name) {
		case 'get':
			return typeof key === 'string' && self.map.has(key)
				? self.map.get(key)!
				: (arg(a, 1, 'default') ?? null);
		case 'keys':
			return new ViewObject('dict_keys', [...self.map.keys()]);
		case 'values':
			return new ViewObject('dict_values', [...self.map.values()]);
		case 'items':
			return new ViewObject(
				'dict_items',
				[...self.map].map(([k, v]) => new TupleObject([k, v]))
			);
		case 'copy':
			return dictOf(self.map);
		case 'pop': {
			if (typeof key === 'string' && self.map.has(key)) {
				const v = self.map.get(key)!;
				self.map.delete(key);
				return v;
			}
			if (a.args.length > 1) return a.args[1];
			throw keyError(p.repr(key));
		}
		case 'setdefault':
			if (typeof key === 'string' && !self.map.has(key))
				self.map.set(key, (a.args[1] ?? null) as PyValue);
			return self.map.get(key as string) ?? null;
		case 'update':
			for (const [k, v] of p.mappingItems(key)) self.map.set(p.str(k), v as PyValue);
			return null;
		case 'clear':
			self.map.clear();
			return null;
	}
	throw pyError('NotImplementedError', `dict.${name}() is not simulated`);
}

function listMethod(p: PyRuntime, self: Value[], name: string, a: Arguments): Value {
	const x = a.args[0];
	switch (name) {
		case 'append':
			self.push(x);
			return null;
		case 'extend':
			self.push(...p.iterate(x));
			return null;
		case 'insert': {
			const i = Number(x);
			self.splice(i < 0 ? Math.max(0, self.length + i) : i, 0, a.args[1]);
			return null;
		}
		case 'pop': {
			if (!self.length) throw pyError('IndexError', 'pop from empty list');
			const i =
				x === undefined ? self.length - 1 : Number(x) < 0 ? self.length + Number(x) : Number(x);
			if (i < 0 || i >= self.length) throw pyError('IndexError', 'pop index out of range');
			return self.splice(i, 1)[0];
		}
		case 'remove': {
			const i = self.findIndex((v) => p.equals(v, x));
			if (i < 0) throw pyError('ValueError', 'list.remove(x): x not in list');
			self.splice(i, 1);
			return null;
		}
		case 'index': {
			const i = self.findIndex((v) => p.equals(v, x));
			if (i < 0) throw pyError('ValueError', `${p.repr(x)} is not in list`);
			return BigInt(i);
		}
		case 'count':
			return BigInt(self.filter((v) => p.equals(v, x)).length);
		case 'copy':
			return [...self] as PyValue[];
		case 'clear':
			self.length = 0;
			return null;
		case 'reverse':
			self.reverse();
			return null;
		case 'sort':
			self.sort((l, r) => p.compare(l, r));
			if (a.kwargs.get('reverse') === true) self.reverse();
			return null;
	}
	throw pyError('NotImplementedError', `list.${name}() is not simulated`);
}

const lineBreaks = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

function stripChars(s: string, chars: Value | undefined, left: boolean, right: boolean): string {
	if (chars === undefined || chars === null) {
		let start = 0;
		let end = s.length;
		while (left && start < end && isSpaceCode(s.charCodeAt(start))) start++;
		while (right && end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
		return s.slice(start, end);
	}
	const set = new Set(Array.from(chars as string));
	const cs = Array.from(s);
	let start = 0;
	let end = cs.length;
	while (left && start < end && set.has(cs[start])) start++;
	while (right && end > start && set.has(cs[end - 1])) end--;
	return cs.slice(start, end).join('');
}

const titleForms: Record<string, string> = {
	Ǆ: 'ǅ',
	ǅ: 'ǅ',
	ǆ: 'ǅ',
	Ǉ: 'ǈ',
	ǈ: 'ǈ',
	ǉ: 'ǈ',
	Ǌ: 'ǋ',
	ǋ: 'ǋ',
	ǌ: 'ǋ',
	Ǳ: 'ǲ',
	ǲ: 'ǲ',
	ǳ: 'ǲ',
	ß: 'Ss',
	ﬀ: 'Ff',
	ﬁ: 'Fi',
	ﬂ: 'Fl',
	ﬃ: 'Ffi',
	ﬄ: 'Ffl',
	ﬅ: 'St',
	ﬆ: 'St'
};
const cased = /[\p{Lu}\p{Ll}\p{Lt}]/u;

/** `str.title()`: title case after an uncased character, lower case after a cased one. */
function titleCase(s: string): string {
	let out = '';
	let previousCased = false;
	for (const ch of s) {
		out += previousCased ? ch.toLowerCase() : (titleForms[ch] ?? ch.toUpperCase());
		previousCased = cased.test(ch);
	}
	return out;
}

function stringMethod(p: PyRuntime, s: string, name: string, a: Arguments): Value {
	const x = a.args[0];
	const text = (v: Value | undefined): string => {
		if (typeof v !== 'string')
			throw pyError('TypeError', `must be str, not ${shortTypeName(v ?? null)}`);
		return v;
	};
	const prefixes = (v: Value | undefined): string[] =>
		v instanceof TupleObject ? v.items.map(text) : [text(v)];
	switch (name) {
		case 'upper':
			return s.toUpperCase();
		case 'lower':
			return s.toLowerCase();
		case 'strip':
			return stripChars(s, x, true, true);
		case 'lstrip':
			return stripChars(s, x, true, false);
		case 'rstrip':
			return stripChars(s, x, false, true);
		case 'startswith':
			return prefixes(x).some((t) => s.startsWith(t));
		case 'endswith':
			return prefixes(x).some((t) => s.endsWith(t));
		case 'removeprefix':
			return s.startsWith(text(x)) ? s.slice(text(x).length) : s;
		case 'removesuffix':
			return text(x) && s.endsWith(text(x)) ? s.slice(0, -text(x).length) : s;
		case 'split':
		case 'rsplit': {
			const sep = x === undefined || x === null ? null : text(x);
			const max = a.args[1] === undefined ? -1 : Number(a.args[1]);
			if (sep === null)
				return pyStrip(s)
					.split(/[\s\x1c-\x1f\x85\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u)
					.filter(Boolean);
			if (sep === '') throw pyError('ValueError', 'empty separator');
			const all = s.split(sep);
			if (max < 0 || all.length - 1 <= max) return all;
			return name === 'split'
				? [...all.slice(0, max), all.slice(max).join(sep)]
				: [all.slice(0, all.length - max).join(sep), ...all.slice(all.length - max)];
		}
		case 'splitlines': {
			const lines = s.split(lineBreaks);
			if (lines[lines.length - 1] === '') lines.pop();
			return lines;
		}
		case 'replace': {
			const count = a.args[2] === undefined ? -1 : Number(a.args[2]);
			const parts = s.split(text(x));
			if (count < 0 || parts.length - 1 <= count) return parts.join(text(a.args[1]));
			return (
				parts.slice(0, count + 1).join(text(a.args[1])) +
				text(x) +
				parts.slice(count + 1).join(text(x))
			);
		}
		case 'join':
			return p
				.iterate(x ?? null)
				.map(text)
				.join(s);
		case 'find':
			return BigInt(s.indexOf(text(x)));
		case 'count':
			return BigInt(text(x) === '' ? Array.from(s).length + 1 : s.split(text(x)).length - 1);
		case 'isdigit':
			return s.length > 0 && /^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]+$/u.test(s);
		case 'isalpha':
			return s.length > 0 && /^[\p{L}]+$/u.test(s);
		case 'isalnum':
			return s.length > 0 && /^[\p{L}\p{N}]+$/u.test(s);
		case 'isupper':
			return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
		case 'islower':
			return /\p{Ll}/u.test(s) && !/\p{Lu}/u.test(s);
		case 'title':
			return titleCase(s);
		case 'capitalize':
			return s ? s[0].toUpperCase() + s.slice(1).toLowerCase() : s;
		case 'zfill':
			return s.padStart(Number(x), '0');
		case 'partition': {
			const at = s.indexOf(text(x));
			return at < 0
				? new TupleObject([s, '', ''])
				: new TupleObject([s.slice(0, at), text(x), s.slice(at + text(x).length)]);
		}
	}
	throw pyError('NotImplementedError', `str.${name}() is not simulated`);
}

function timedelta(minutes: number): OpaqueObject {
	if (minutes === 0) return new OpaqueObject('datetime.timedelta', 'datetime.timedelta(0)');
	const days = Math.floor((minutes * 60) / 86400);
	const seconds = minutes * 60 - days * 86400;
	const parts = [days ? `days=${days}` : '', seconds ? `seconds=${seconds}` : ''].filter(Boolean);
	return new OpaqueObject('datetime.timedelta', `datetime.timedelta(${parts.join(', ')})`);
}

function dateMethod(v: PyDate | PyTime | PyDateTime, name: string): Value {
	if (name === 'utcoffset')
		return v instanceof PyDateTime && v.offsetMinutes !== null ? timedelta(v.offsetMinutes) : null;
	if (name === 'isoformat')
		return v instanceof PyDateTime
			? isoDateTime(v)
			: v instanceof PyDate
				? isoDate(v)
				: isoTime(v as PyTime);
	if (v instanceof PyDateTime && name === 'date') return v.date;
	if (v instanceof PyDateTime && name === 'time') return v.time;
	throw pyError('NotImplementedError', `${shortTypeName(v)}.${name}() is not simulated`);
}

/** Calls a bound method or function object with Python's semantics. */
export function callMethod(p: PyRuntime, fn: CallableObject, a: Arguments): Value {
	const self = fn.self;
	const name = fn.name;
	if (fn.qualname === 'getenv') {
		const key = arg(a, 0, 'key');
		const vars = p.store.environ.vars;
		return typeof key === 'string' && vars.has(key)
			? vars.get(key)!
			: (arg(a, 1, 'default') ?? null);
	}
	if (self instanceof SecretsObject || self instanceof AttrDict || self instanceof EnvironObject)
		return streamlitMethod(p, self, name, a);
	if (self instanceof PyDict) return dictMethod(p, self, name, a);
	if (Array.isArray(self)) return listMethod(p, self as Value[], name, a);
	if (self instanceof TupleObject) return listMethod(p, [...self.items], name, a);
	if (typeof self === 'string') return stringMethod(p, self, name, a);
	if (self instanceof PyDate || self instanceof PyTime || self instanceof PyDateTime)
		return dateMethod(self, name);
	if (fn.qualname === 'AttrDict._maybe_wrap_in_attr_dict') return wrap(a.args[0] ?? null);
	throw pyError('NotImplementedError', `${fn.qualname}() is not simulated`);
}
