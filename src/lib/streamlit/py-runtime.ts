import { keyError, pyError, PyException } from '../python/exceptions.ts';
import { intToString } from '../python/numbers.ts';
import { isoDate, isoDateTime, isoTime, pyRepr, reprString } from '../python/repr.ts';
import {
	PyDate,
	PyDateTime,
	PyDict,
	PyFloat,
	PyTime,
	qualifiedTypeName,
	typeName,
	type PyValue
} from '../python/values.ts';
import { secretsClass, attrDictClass, classAttribute } from './classes.ts';
import {
	AttrDict,
	CallableObject,
	EnvironObject,
	IteratorObject,
	ModuleObject,
	OpaqueObject,
	SecretsObject,
	SliceObject,
	TupleObject,
	TypeObject,
	ViewObject,
	type Value
} from './objects.ts';
import type { SecretsStore } from './store.ts';
import { tagValue } from './tag.ts';
import { missingAttributeText, missingKeyText } from './texts.ts';

/** Methods of the built-in types that the evaluator implements, by type name. */
export const builtinMethods: Record<string, string[]> = {
	dict: ['get', 'keys', 'values', 'items', 'copy', 'pop', 'setdefault', 'update', 'clear'],
	list: [
		'append',
		'count',
		'index',
		'copy',
		'extend',
		'insert',
		'pop',
		'remove',
		'reverse',
		'sort',
		'clear'
	],
	str: [
		'upper',
		'lower',
		'strip',
		'lstrip',
		'rstrip',
		'startswith',
		'endswith',
		'split',
		'rsplit',
		'splitlines',
		'replace',
		'join',
		'find',
		'count',
		'isdigit',
		'isalpha',
		'isalnum',
		'isupper',
		'islower',
		'title',
		'capitalize',
		'encode',
		'format',
		'removeprefix',
		'removesuffix',
		'partition',
		'zfill'
	],
	tuple: ['count', 'index'],
	_Environ: ['get', 'keys', 'values', 'items', 'copy', 'setdefault', 'pop'],
	'datetime.datetime': [
		'isoformat',
		'date',
		'time',
		'utcoffset',
		'timestamp',
		'strftime',
		'weekday'
	],
	'datetime.date': ['isoformat', 'weekday', 'strftime'],
	'datetime.time': ['isoformat', 'utcoffset', 'strftime']
};

const dateFields: Record<string, string[]> = {
	'datetime.datetime': [
		'year',
		'month',
		'day',
		'hour',
		'minute',
		'second',
		'microsecond',
		'tzinfo'
	],
	'datetime.date': ['year', 'month', 'day'],
	'datetime.time': ['hour', 'minute', 'second', 'microsecond', 'tzinfo']
};

/** Returns the type name Python prints in messages (`dict`, `AttrDict`, `datetime.date`). */
export function shortTypeName(v: Value): string {
	if (v instanceof SliceObject) return 'slice';
	if (v instanceof AttrDict) return 'AttrDict';
	if (v instanceof SecretsObject) return 'Secrets';
	if (v instanceof EnvironObject) return '_Environ';
	if (v instanceof ModuleObject) return 'module';
	if (v instanceof CallableObject) return v.kind;
	if (v instanceof TypeObject) return 'type';
	if (v instanceof ViewObject || v instanceof IteratorObject || v instanceof OpaqueObject)
		return v.type.slice(v.type.lastIndexOf('.') + 1);
	if (v instanceof TupleObject) return 'tuple';
	return typeName(v);
}

/** Returns the qualified name `type(v)` shows (`streamlit.runtime.secrets.AttrDict`, `dict`). */
export function qualifiedType(v: Value): string {
	if (v instanceof AttrDict) return 'streamlit.runtime.secrets.AttrDict';
	if (v instanceof SecretsObject) return 'streamlit.runtime.secrets.Secrets';
	if (v instanceof EnvironObject) return 'os._Environ';
	if (v instanceof ViewObject || v instanceof IteratorObject || v instanceof OpaqueObject)
		return v.type;
	if (v instanceof SliceObject) return 'slice';
	if (
		v instanceof ModuleObject ||
		v instanceof CallableObject ||
		v instanceof TypeObject ||
		v instanceof TupleObject
	)
		return shortTypeName(v);
	return qualifiedTypeName(v as PyValue);
}

/** Wraps a stored value the way `_maybe_wrap_in_attr_dict` does: tables become AttrDicts. */
export function wrap(v: Value): Value {
	return v instanceof PyDict ? new AttrDict(v.map) : v;
}

/** True for the objects that are `collections.abc.Mapping`s here. */
export function isMapping(v: Value): boolean {
	return (
		v instanceof PyDict ||
		v instanceof AttrDict ||
		v instanceof SecretsObject ||
		v instanceof EnvironObject
	);
}

function isKeyError(e: unknown): boolean {
	return e instanceof PyException && e.isA('KeyError');
}

function sequence(v: Value): Value[] | null {
	if (Array.isArray(v)) return v;
	if (v instanceof TupleObject) return v.items;
	return null;
}

function number(v: Value): bigint | number | null {
	if (typeof v === 'bigint') return v;
	if (typeof v === 'boolean') return v ? 1n : 0n;
	if (v instanceof PyFloat) return v.value;
	return null;
}

function sameNumber(a: bigint | number, b: bigint | number): boolean {
	if (typeof a === 'bigint' && typeof b === 'bigint') return a === b;
	const f = typeof a === 'number' ? a : (b as number);
	const i = typeof a === 'number' ? b : a;
	if (typeof i === 'number') return i === f;
	return Number.isInteger(f) && BigInt(f) === i;
}

function compareNumbers(a: bigint | number, b: bigint | number): number {
	if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
	const x = Number(a);
	const y = Number(b);
	return x < y ? -1 : x > y ? 1 : 0;
}

function utcMinutes(d: PyDateTime): number {
	const { date, time } = d;
	return (
		Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute) / 60000 -
		(d.offsetMinutes ?? 0)
	);
}

/** Python semantics over the simulated objects, bound to one `st.secrets` store. */
export class PyRuntime {
	readonly store: SecretsStore;
	readonly secrets = new SecretsObject();
	readonly environ = new EnvironObject();
	/** What `print()` (and, interactively, the REPL's echo) wrote to `sys.stdout`, in order. */
	readonly stdout: string[] = [];
	constructor(store: SecretsStore) {
		this.store = store;
	}

	/** `st.secrets.load_if_toml_exists()`, honouring an app that replaced the method. */
	loadIfTomlExists(): boolean {
		const replaced = this.secrets.assigned.get('load_if_toml_exists');
		if (replaced !== undefined && !(replaced instanceof CallableObject))
			throw pyError('TypeError', `'${shortTypeName(replaced)}' object is not callable`);
		return this.store.loadIfTomlExists();
	}

	/** `Secrets._parse()`. */
	parsed(): Value {
		return this.store.parse();
	}

	/** `getattr(obj, name)`. */
	getAttr(obj: Value, name: string): Value {
		if (obj instanceof SecretsObject) return this.secretsAttr(name);
		if (obj instanceof AttrDict) {
			if (name === '__nested_secrets__' || name === '__dict__')
				return name === '__dict__'
					? dictOf(new Map([['__nested_secrets__', dictOf(obj.nested)]]))
					: dictOf(obj.nested);
			const found = classAttribute(attrDictClass, name, obj);
			if (found !== undefined) return found;
			if (obj.nested.has(name)) return wrap(obj.nested.get(name)!);
			throw pyError('AttributeError', missingAttributeText(name));
		}
		if (obj instanceof ModuleObject) {
			if (obj.name === 'streamlit' && name === 'secrets') return this.secrets;
			if (obj.name === 'os' && name === 'environ') return this.environ;
			if (obj.name === 'os' && name === 'getenv') return new CallableObject('getenv', 'function');
			throw pyError('AttributeError', `module '${obj.name}' has no attribute '${name}'`);
		}
		if (obj instanceof TypeObject && name === '__name__') return obj.shortName;
		if (name === '__class__') return new TypeObject(qualifiedType(obj));
		if (obj instanceof PyDateTime || obj instanceof PyDate || obj instanceof PyTime) {
			const type = typeName(obj);
			if (dateFields[type].includes(name)) return dateField(obj, name);
		}
		const kind = shortTypeName(obj);
		const base =
			obj instanceof PyDict ? 'dict' : obj instanceof TypeObject ? 'type' : qualifiedType(obj);
		if (builtinMethods[base]?.includes(name) || builtinMethods[kind]?.includes(name))
			return new CallableObject(`${kind}.${name}`, 'builtin_function_or_method', obj);
		throw pyError('AttributeError', `'${kind}' object has no attribute '${name}'`);
	}

	private secretsAttr(name: string): Value {
		const store = this.store;
		if (this.secrets.assigned.has(name)) return this.secrets.assigned.get(name)!;
		if (name === '_secrets') return store.cached;
		if (name === '_file_watchers_installed') return store.watchersInstalled;
		if (name === '_lock')
			return new OpaqueObject('_thread.RLock', '<unlocked _thread.RLock object owner=0 count=0>');
		if (name === 'file_change_listener')
			return new OpaqueObject('blinker.base.Signal', '<blinker.base.Signal object>');
		if (name === '__dict__') return new OpaqueObject('dict', '{...}');
		const found = classAttribute(secretsClass, name, this.secrets);
		if (found !== undefined) return found;
		// `Secrets.__getattr__`: a KeyError or FileNotFoundError becomes the missing-attribute error.
		try {
			return wrap(this.getItem(this.parsed(), name, true));
		} catch (e) {
			if (e instanceof PyException && (e.isA('KeyError') || e.isA('FileNotFoundError')))
				throw pyError('AttributeError', missingAttributeText(name));
			throw e;
		}
	}

	/** `obj[key]`; `raw` skips the AttrDict wrapping of Streamlit's mappings. */
	getItem(obj: Value, key: Value, raw = false): Value {
		if (obj instanceof SecretsObject || obj instanceof AttrDict) {
			try {
				const value =
					obj instanceof SecretsObject
						? this.getItem(this.parsed(), key, true)
						: this.dictLookup(obj.nested, key);
				return raw ? value : wrap(value);
			} catch (e) {
				if (isKeyError(e)) throw keyError(reprString(missingKeyText(this.str(key))));
				throw e;
			}
		}
		if (obj instanceof EnvironObject) {
			const vars = this.store.environ.vars;
			if (typeof key === 'string' && vars.has(key)) return vars.get(key)!;
			throw keyError(this.repr(key));
		}
		if (obj instanceof PyDict) return this.dictLookup(obj.map, key);
		if (key instanceof SliceObject) return this.slice(obj, key);
		const seq = sequence(obj) ?? (typeof obj === 'string' ? Array.from(obj) : null);
		if (seq) {
			const kind = shortTypeName(obj);
			const n = number(key);
			if (typeof n === 'bigint') {
				const i = Number(n) < 0 ? seq.length + Number(n) : Number(n);
				if (i < 0 || i >= seq.length)
					throw pyError('IndexError', `${kind === 'str' ? 'string' : kind} index out of range`);
				return seq[i];
			}
			if (kind === 'str')
				throw pyError('TypeError', `string indices must be integers, not '${shortTypeName(key)}'`);
			throw pyError(
				'TypeError',
				`${kind} indices must be integers or slices, not ${shortTypeName(key)}`
			);
		}
		throw pyError('TypeError', `'${shortTypeName(obj)}' object is not subscriptable`);
	}

	private dictLookup(map: Map<string, PyValue>, key: Value): PyValue {
		if (typeof key === 'string' && map.has(key)) return map.get(key)!;
		if (Array.isArray(key) || key instanceof PyDict || key instanceof AttrDict)
			throw pyError('TypeError', `unhashable type: '${shortTypeName(key)}'`);
		throw keyError(this.repr(key));
	}

	private slice(obj: Value, s: SliceObject): Value {
		const isStr = typeof obj === 'string';
		const seq = isStr ? Array.from(obj as string) : sequence(obj);
		if (!seq) throw pyError('TypeError', `'${shortTypeName(obj)}' object is not subscriptable`);
		const n = seq.length;
		const step = s.step ?? 1;
		if (step === 0) throw pyError('ValueError', 'slice step cannot be zero');
		const clamp = (v: number | null, dflt: number, lo: number, hi: number) =>
			v === null ? dflt : Math.min(Math.max(v < 0 ? v + n : v, lo), hi);
		const out: Value[] = [];
		if (step > 0) {
			const start = clamp(s.lower, 0, 0, n);
			const stop = clamp(s.upper, n, 0, n);
			for (let i = start; i < stop; i += step) out.push(seq[i]);
		} else {
			const start = clamp(s.lower, n - 1, -1, n - 1);
			const stop = clamp(s.upper, -1, -1, n - 1);
			for (let i = start; i > stop; i += step) out.push(seq[i]);
		}
		if (isStr) return out.join('');
		return obj instanceof TupleObject ? new TupleObject(out) : (out as PyValue[]);
	}

	/** `obj.name = value`. */
	setAttr(obj: Value, name: string, value: Value): void {
		if (obj instanceof SecretsObject) {
			if (!secretsClass.settable.has(name))
				throw pyError('TypeError', 'Secrets does not support attribute assignment.');
			if (name === '_secrets') this.store.cached = value as PyValue;
			else if (name === '_lock')
				this.store.brokenLock =
					value === null || typeof value !== 'object' ? shortTypeName(value) : null;
			else this.secrets.assigned.set(name, value);
			return;
		}
		if (obj instanceof AttrDict)
			throw pyError('TypeError', 'Secrets does not support attribute assignment.');
		throw pyError('AttributeError', `'${shortTypeName(obj)}' object has no attribute '${name}'`);
	}

	/** `obj[key] = value`. */
	setItem(obj: Value, key: Value, value: Value): void {
		if (obj instanceof SecretsObject)
			throw pyError('TypeError', "'Secrets' object does not support item assignment");
		if (obj instanceof AttrDict)
			throw pyError('TypeError', 'Secrets does not support item assignment.');
		if (obj instanceof EnvironObject) {
			// os.environ encodes key and value first: anything but str fails before putenv.
			for (const x of [key, value]) {
				if (typeof x === 'string') continue;
				const error = `str expected, not ${shortTypeName(x)}`;
				this.store.environ.log.push({
					key: tagValue(key),
					value: tagValue(value),
					error: `TypeError: ${error}`
				});
				throw pyError('TypeError', error);
			}
			this.store.environ.set(key as string, value as string);
			return;
		}
		if (obj instanceof PyDict) {
			if (typeof key !== 'string') throw pyError('TypeError', 'only string keys are simulated');
			obj.map.set(key, value as PyValue);
			return;
		}
		if (Array.isArray(obj)) {
			const n = number(key);
			if (typeof n !== 'bigint')
				throw pyError(
					'TypeError',
					`list indices must be integers or slices, not ${shortTypeName(key)}`
				);
			const i = Number(n) < 0 ? obj.length + Number(n) : Number(n);
			if (i < 0 || i >= obj.length)
				throw pyError('IndexError', 'list assignment index out of range');
			obj[i] = value as PyValue;
			return;
		}
		throw pyError('TypeError', `'${shortTypeName(obj)}' object does not support item assignment`);
	}

	/** `del obj.name`. */
	delAttr(obj: Value, name: string): void {
		if (obj instanceof SecretsObject && this.secrets.assigned.delete(name)) return;
		throw pyError('AttributeError', `'${shortTypeName(obj)}' object has no attribute '${name}'`);
	}

	/** `del obj[key]`. */
	delItem(obj: Value, key: Value): void {
		if (obj instanceof PyDict) {
			this.dictLookup(obj.map, key);
			obj.map.delete(key as string);
			return;
		}
		if (Array.isArray(obj)) {
			const n = number(key);
			const i = typeof n === 'bigint' ? (Number(n) < 0 ? obj.length + Number(n) : Number(n)) : -1;
			if (i < 0 || i >= obj.length)
				throw pyError('IndexError', 'list assignment index out of range');
			obj.splice(i, 1);
			return;
		}
		if (obj instanceof EnvironObject) {
			this.getItem(obj, key);
			this.store.environ.vars.delete(key as string);
			return;
		}
		throw pyError('TypeError', `'${shortTypeName(obj)}' object does not support item deletion`);
	}

	/** `item in container`. */
	contains(container: Value, item: Value): boolean {
		if (container instanceof SecretsObject) return this.contains(this.parsed(), item);
		if (container instanceof AttrDict) {
			try {
				this.getItem(container, item);
				return true;
			} catch (e) {
				if (isKeyError(e)) return false;
				throw e;
			}
		}
		if (container instanceof PyDict) return typeof item === 'string' && container.map.has(item);
		if (container instanceof EnvironObject)
			return typeof item === 'string' && this.store.environ.vars.has(item);
		if (typeof container === 'string') {
			if (typeof item !== 'string')
				throw pyError(
					'TypeError',
					`'in <string>' requires string as left operand, not ${shortTypeName(item)}`
				);
			return container.includes(item);
		}
		const items = sequence(container) ?? (container instanceof ViewObject ? container.items : null);
		if (items) return items.some((x) => this.equals(x, item));
		if (container instanceof IteratorObject) {
			while (container.position < container.items.length)
				if (this.equals(container.items[container.position++], item)) return true;
			return false;
		}
		throw pyError('TypeError', `argument of type '${shortTypeName(container)}' is not iterable`);
	}

	/** `len(obj)`. */
	len(obj: Value): number {
		if (obj instanceof SecretsObject) return this.len(this.parsed());
		if (obj instanceof AttrDict) return obj.nested.size;
		if (obj instanceof PyDict) return obj.map.size;
		if (obj instanceof EnvironObject) return this.store.environ.vars.size;
		if (typeof obj === 'string') return Array.from(obj).length;
		const items = sequence(obj) ?? (obj instanceof ViewObject ? obj.items : null);
		if (items) return items.length;
		throw pyError('TypeError', `object of type '${shortTypeName(obj)}' has no len()`);
	}

	/** Returns the items `iter(obj)` yields. */
	iterate(obj: Value): Value[] {
		if (obj instanceof SecretsObject) return this.iterate(this.parsed());
		if (obj instanceof AttrDict) return [...obj.nested.keys()];
		if (obj instanceof PyDict) return [...obj.map.keys()];
		if (obj instanceof EnvironObject) return [...this.store.environ.vars.keys()];
		if (typeof obj === 'string') return Array.from(obj);
		const items = sequence(obj) ?? (obj instanceof ViewObject ? obj.items : null);
		if (items) return [...items];
		if (obj instanceof IteratorObject) {
			const rest = obj.items.slice(obj.position);
			obj.position = obj.items.length;
			return rest;
		}
		throw pyError('TypeError', `'${shortTypeName(obj)}' object is not iterable`);
	}

	/** Returns the (key, value) pairs of a mapping, read through its own `__getitem__`. */
	mappingItems(obj: Value): [Value, Value][] {
		if (isMapping(obj)) return this.iterate(obj).map((k) => [k, this.getItem(obj, k)]);
		return this.iterate(obj).map((pair, i) => {
			const items = this.iterate(pair);
			if (items.length !== 2)
				throw pyError(
					'ValueError',
					`dictionary update sequence element #${i} has length ${items.length}; 2 is required`
				);
			return [items[0], items[1]];
		});
	}

	/** Python `==`. */
	equals(a: Value, b: Value): boolean {
		const x = number(a);
		const y = number(b);
		if (x !== null || y !== null) return x !== null && y !== null && sameNumber(x, y);
		if (typeof a === 'string' || a === null || typeof b === 'string' || b === null) return a === b;
		if (isMapping(a) && isMapping(b)) {
			const left = this.mappingItems(a);
			const right = this.mappingItems(b);
			if (left.length !== right.length) return false;
			return left.every(([k, v]) =>
				right.some(([k2, v2]) => this.equals(k, k2) && this.equals(v, v2))
			);
		}
		if (Array.isArray(a) !== Array.isArray(b)) return false;
		const sa = sequence(a);
		const sb = sequence(b);
		if (sa && sb) {
			if (a instanceof TupleObject !== b instanceof TupleObject || sa.length !== sb.length)
				return false;
			return sa.every((v, i) => this.equals(v, sb[i]));
		}
		if (a instanceof PyDateTime && b instanceof PyDateTime) {
			if ((a.offsetMinutes === null) !== (b.offsetMinutes === null)) return false;
			return (
				utcMinutes(a) === utcMinutes(b) &&
				a.time.second === b.time.second &&
				a.time.microsecond === b.time.microsecond
			);
		}
		if (
			a instanceof PyDate &&
			b instanceof PyDate &&
			!(a instanceof PyDateTime) &&
			!(b instanceof PyDateTime)
		)
			return isoDate(a) === isoDate(b);
		if (a instanceof PyTime && b instanceof PyTime) return isoTime(a) === isoTime(b);
		if (a instanceof TypeObject && b instanceof TypeObject) return a.name === b.name;
		return a === b;
	}

	/** Python ordering for `<`, `sorted`, `max`: negative, zero or positive, or TypeError. */
	compare(a: Value, b: Value, op = '<'): number {
		const x = number(a);
		const y = number(b);
		if (x !== null && y !== null) return compareNumbers(x, y);
		if (typeof a === 'string' && typeof b === 'string') {
			const ca = Array.from(a).map((c) => c.codePointAt(0)!);
			const cb = Array.from(b).map((c) => c.codePointAt(0)!);
			for (let i = 0; i < Math.min(ca.length, cb.length); i++)
				if (ca[i] !== cb[i]) return ca[i] - cb[i];
			return ca.length - cb.length;
		}
		const sa = sequence(a);
		const sb = sequence(b);
		if (sa && sb && a instanceof TupleObject === b instanceof TupleObject) {
			for (let i = 0; i < Math.min(sa.length, sb.length); i++)
				if (!this.equals(sa[i], sb[i])) return this.compare(sa[i], sb[i], op);
			return sa.length - sb.length;
		}
		if (a instanceof PyDate && b instanceof PyDate && typeName(a) === typeName(b)) {
			const ka = a instanceof PyDateTime ? isoDateTime(a) : isoDate(a);
			const kb = b instanceof PyDateTime ? isoDateTime(b) : isoDate(b);
			return ka < kb ? -1 : ka > kb ? 1 : 0;
		}
		throw pyError(
			'TypeError',
			`'${op}' not supported between instances of '${shortTypeName(a)}' and '${shortTypeName(b)}'`
		);
	}

	/** Python truth value. */
	truthy(v: Value): boolean {
		if (v === null || v === false) return false;
		if (v === true) return true;
		const n = number(v);
		if (n !== null) return n !== 0 && n !== 0n;
		if (typeof v === 'string' || isMapping(v) || sequence(v) || v instanceof ViewObject)
			return this.len(v) > 0;
		return true;
	}

	/** Python `repr()` of any value. */
	repr(v: Value, depth = 0): string {
		// CPython 3.11 stops a repr about this deep inside a script (`RecursionError`).
		if (depth > reprDepthLimit)
			throw pyError(
				'RecursionError',
				'maximum recursion depth exceeded while getting the repr of an object'
			);
		if (typeof v === 'bigint') return intToString(v);
		if (v instanceof AttrDict) return this.repr(dictOf(v.nested), depth);
		if (v instanceof SecretsObject) return 'Secrets';
		if (v instanceof EnvironObject)
			return `environ({${[...this.store.environ.vars].map(([k, x]) => `${reprString(k)}: ${reprString(x)}`).join(', ')}})`;
		if (v instanceof ModuleObject) return `<module '${v.name}'>`;
		if (v instanceof CallableObject) {
			if (v.kind === 'method') return `<bound method ${v.qualname} of ${this.repr(v.self)}>`;
			if (v.kind === 'function') return `<function ${v.qualname}>`;
			return v.self === null
				? `<built-in function ${v.qualname}>`
				: `<built-in method ${v.name} of ${shortTypeName(v.self)} object>`;
		}
		if (v instanceof TypeObject) return `<class '${v.name}'>`;
		const inner = (x: Value) => this.repr(x, depth + 1);
		if (v instanceof ViewObject) {
			if (v.type.startsWith('collections.abc.')) return `${shortTypeName(v)}(${inner(v.mapping)})`;
			return `${v.type}([${v.items.map(inner).join(', ')}])`;
		}
		if (v instanceof IteratorObject) return `<${v.type} object>`;
		if (v instanceof TupleObject)
			return `(${v.items.map(inner).join(', ')}${v.items.length === 1 ? ',' : ''})`;
		if (v instanceof OpaqueObject) return v.repr;
		if (Array.isArray(v)) return `[${(v as Value[]).map(inner).join(', ')}]`;
		if (v instanceof PyDict)
			return `{${[...v.map].map(([k, x]) => `${reprString(k)}: ${inner(x)}`).join(', ')}}`;
		if (v instanceof SliceObject)
			return `slice(${v.lower}, ${v.upper}, ${v.step})`.replace(/null/g, 'None');
		return pyRepr(v);
	}

	/** Python `str()` of any value. */
	str(v: Value): string {
		if (typeof v === 'string') return v;
		if (typeof v === 'bigint') return intToString(v);
		if (v instanceof PyDateTime) return isoDateTime(v, ' ');
		if (v instanceof PyDate) return isoDate(v);
		if (v instanceof PyTime) return isoTime(v);
		return this.repr(v);
	}
}

/** Nesting depth past which `repr()` raises RecursionError (CPython 3.11, default limit). */
const reprDepthLimit = 990;

function dateField(v: PyDate | PyTime | PyDateTime, name: string): Value {
	if (name === 'tzinfo')
		return v instanceof PyDateTime && v.offsetMinutes !== null
			? new OpaqueObject('toml.tz.TomlTz', '<toml.tz.TomlTz object>')
			: null;
	const source: Record<string, number> =
		v instanceof PyDateTime ? { ...v.date, ...v.time } : (v as unknown as Record<string, number>);
	return BigInt(source[name]);
}

/** Returns a plain dict over the given entries. */
export function dictOf(entries: Map<string, Value>): PyDict {
	const d = new PyDict();
	for (const [k, v] of entries) d.map.set(k, v as PyValue);
	return d;
}
