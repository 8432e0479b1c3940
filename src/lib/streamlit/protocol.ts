import { keyError, pyError, PyException } from '../python/exceptions.ts';
import { reprString, pyRepr, pyStr } from '../python/repr.ts';
import { PyDict, PyFloat, qualifiedTypeName, typeName, type PyValue } from '../python/values.ts';
import {
	AttrDict,
	CallableObject,
	EnvironObject,
	ModuleObject,
	OpaqueObject,
	SecretsObject,
	TupleObject,
	TypeObject,
	ViewObject,
	type Value
} from './objects.ts';
import type { SecretsStore } from './store.ts';
import { missingAttributeText, missingKeyText } from './texts.ts';

/** Methods of `Secrets` and the `Mapping` mixins it inherits, by name → qualname. */
const secretsMethods: Record<string, string> = {
	load_if_toml_exists: 'Secrets.load_if_toml_exists',
	set_suppress_print_error_on_exception: 'Secrets.set_suppress_print_error_on_exception',
	_reset: 'Secrets._reset',
	_parse_toml_file: 'Secrets._parse_toml_file',
	_parse_directory: 'Secrets._parse_directory',
	_parse_file_path: 'Secrets._parse_file_path',
	_parse: 'Secrets._parse',
	to_dict: 'Secrets.to_dict',
	_maybe_install_file_watchers: 'Secrets._maybe_install_file_watchers',
	_on_secrets_changed: 'Secrets._on_secrets_changed',
	has_key: 'Secrets.has_key',
	keys: 'Secrets.keys',
	values: 'Secrets.values',
	items: 'Secrets.items',
	get: 'Mapping.get',
	__getattr__: 'Secrets.__getattr__',
	__getitem__: 'Secrets.__getitem__',
	__setattr__: 'Secrets.__setattr__',
	__repr__: 'Secrets.__repr__',
	__len__: 'Secrets.__len__',
	__contains__: 'Secrets.__contains__',
	__iter__: 'Secrets.__iter__',
	__init__: 'Secrets.__init__',
	__eq__: 'Mapping.__eq__'
};
const secretsFunctions = ['_maybe_set_environment_variable', '_maybe_delete_environment_variable'];
/** Names `Secrets.__setattr__` lets through instead of raising. */
const secretsSettable = new Set([
	'_secrets',
	'_lock',
	'_file_watchers_installed',
	'_suppress_print_error_on_exception',
	'file_change_listener',
	'load_if_toml_exists'
]);
const attrDictMethods: Record<string, string> = {
	to_dict: 'AttrDict.to_dict',
	get: 'Mapping.get',
	keys: 'Mapping.keys',
	values: 'Mapping.values',
	items: 'Mapping.items',
	__getitem__: 'AttrDict.__getitem__',
	__getattr__: 'AttrDict.__getattr__',
	__len__: 'AttrDict.__len__',
	__iter__: 'AttrDict.__iter__',
	__repr__: 'AttrDict.__repr__',
	__setitem__: 'AttrDict.__setitem__',
	__setattr__: 'AttrDict.__setattr__',
	__init__: 'AttrDict.__init__',
	__contains__: 'Mapping.__contains__',
	__eq__: 'Mapping.__eq__'
};
const builtinMethods: Record<string, string[]> = {
	dict: [
		'get',
		'keys',
		'values',
		'items',
		'copy',
		'pop',
		'popitem',
		'setdefault',
		'update',
		'clear'
	],
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
		'replace',
		'encode',
		'format',
		'splitlines',
		'find',
		'count',
		'join',
		'isdigit',
		'title'
	],
	_Environ: ['get', 'keys', 'values', 'items', 'copy', 'setdefault', 'pop']
};

/** Returns the short type name Python prints in messages (`dict`, `AttrDict`, `method`). */
export function shortTypeName(v: Value): string {
	if (v instanceof AttrDict) return 'AttrDict';
	if (v instanceof SecretsObject) return 'Secrets';
	if (v instanceof EnvironObject) return '_Environ';
	if (v instanceof ModuleObject) return 'module';
	if (v instanceof CallableObject) return v.kind;
	if (v instanceof TypeObject) return 'type';
	if (v instanceof ViewObject) return v.type;
	if (v instanceof TupleObject) return 'tuple';
	if (v instanceof OpaqueObject) return v.type;
	return typeName(v).replace(/^datetime\./, '');
}

/** Returns the qualified name `type(v)` shows (`streamlit.runtime.secrets.AttrDict`, `dict`). */
export function qualifiedType(v: Value): string {
	if (v instanceof AttrDict) return 'streamlit.runtime.secrets.AttrDict';
	if (v instanceof SecretsObject) return 'streamlit.runtime.secrets.Secrets';
	if (v instanceof EnvironObject) return 'os._Environ';
	if (v instanceof ModuleObject || v instanceof CallableObject || v instanceof TypeObject)
		return shortTypeName(v);
	if (v instanceof ViewObject || v instanceof TupleObject || v instanceof OpaqueObject)
		return shortTypeName(v);
	return qualifiedTypeName(v);
}

/** Wraps a stored value the way `_maybe_wrap_in_attr_dict` does: tables become AttrDicts. */
export function wrap(v: PyValue): Value {
	return v instanceof PyDict ? new AttrDict(v.map) : v;
}

function isMapping(v: Value): boolean {
	return v instanceof PyDict || v instanceof AttrDict || v instanceof SecretsObject;
}

/** Python semantics over the simulated objects, bound to one `st.secrets` store. */
export class Protocol {
	readonly store: SecretsStore;
	readonly secrets = new SecretsObject();
	readonly environ = new EnvironObject();
	constructor(store: SecretsStore) {
		this.store = store;
	}

	/** `getattr(obj, name)`. */
	getAttr(obj: Value, name: string): Value {
		if (obj instanceof SecretsObject) return this.secretsAttr(name);
		if (obj instanceof AttrDict) {
			if (name === '__nested_secrets__') return dictOf(obj.nested);
			if (name in attrDictMethods) return new CallableObject(attrDictMethods[name], 'method', obj);
			if (name === '_maybe_wrap_in_attr_dict')
				return new CallableObject('AttrDict._maybe_wrap_in_attr_dict', 'function');
			if (obj.nested.has(name)) return wrap(obj.nested.get(name)!);
			throw pyError('AttributeError', missingAttributeText(name));
		}
		if (obj instanceof ModuleObject) {
			if (obj.name === 'streamlit' && name === 'secrets') return this.secrets;
			if (obj.name === 'os' && name === 'environ') return this.environ;
			if (obj.name === 'os' && name === 'getenv') return new CallableObject('getenv', 'function');
			throw pyError('AttributeError', `module '${obj.name}' has no attribute '${name}'`);
		}
		const kind = shortTypeName(obj);
		const base = obj instanceof PyDict ? 'dict' : kind;
		if (builtinMethods[base]?.includes(name))
			return new CallableObject(`${base}.${name}`, 'builtin_function_or_method', obj);
		throw pyError('AttributeError', `'${kind}' object has no attribute '${name}'`);
	}

	private secretsAttr(name: string): Value {
		const store = this.store;
		if (this.secrets.assigned.has(name)) return this.secrets.assigned.get(name)!;
		if (name === '_secrets') return store.cached;
		if (name === '_file_watchers_installed') return store.watchersInstalled;
		if (name === '_lock')
			return new OpaqueObject('RLock', '<unlocked _thread.RLock object owner=0 count=0>');
		if (name === 'file_change_listener')
			return new OpaqueObject('Signal', '<blinker.base.Signal object>');
		if (name in secretsMethods)
			return new CallableObject(secretsMethods[name], 'method', this.secrets);
		if (secretsFunctions.includes(name)) return new CallableObject(`Secrets.${name}`, 'function');
		// `Secrets.__getattr__`: any KeyError or FileNotFoundError becomes the missing-attribute error.
		try {
			const parsed = store.parse();
			if (parsed.map.has(name)) return wrap(parsed.map.get(name)!);
			throw keyError(reprString(name));
		} catch (e) {
			if (e instanceof PyException && (e.isA('KeyError') || e.isA('FileNotFoundError')))
				throw pyError('AttributeError', missingAttributeText(name));
			throw e;
		}
	}

	/** `obj[key]`. */
	getItem(obj: Value, key: Value): Value {
		if (obj instanceof SecretsObject || obj instanceof AttrDict) {
			try {
				const map = obj instanceof SecretsObject ? this.store.parse().map : obj.nested;
				if (typeof key === 'string' && map.has(key)) return wrap(map.get(key)!);
				throw keyError(typeof key === 'string' ? reprString(key) : this.repr(key));
			} catch (e) {
				if (e instanceof PyException && e.isA('KeyError'))
					throw keyError(reprString(missingKeyText(this.str(key))));
				throw e;
			}
		}
		if (obj instanceof EnvironObject) {
			const vars = this.store.environ.vars;
			if (typeof key === 'string' && vars.has(key)) return vars.get(key)!;
			throw keyError(typeof key === 'string' ? reprString(key) : this.repr(key));
		}
		if (obj instanceof PyDict) {
			if (typeof key === 'string' && obj.map.has(key)) return obj.map.get(key)!;
			throw keyError(this.repr(key));
		}
		if (Array.isArray(obj) || typeof obj === 'string' || obj instanceof TupleObject) {
			const seq: Value[] =
				obj instanceof TupleObject ? obj.items : Array.isArray(obj) ? obj : Array.from(obj);
			const kind = shortTypeName(obj);
			if (typeof key === 'bigint' || typeof key === 'boolean') {
				const k = Number(key);
				const i = k < 0 ? seq.length + k : k;
				if (i < 0 || i >= seq.length) throw pyError('IndexError', `${kind} index out of range`);
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

	/** `obj.name = value`. */
	setAttr(obj: Value, name: string, value: Value): void {
		if (obj instanceof SecretsObject) {
			if (!secretsSettable.has(name))
				throw pyError('TypeError', 'Secrets does not support attribute assignment.');
			this.secrets.assigned.set(name, value);
			return;
		}
		if (obj instanceof AttrDict)
			throw pyError('TypeError', 'Secrets does not support attribute assignment.');
		const kind = shortTypeName(obj);
		if (obj instanceof PyDict || Array.isArray(obj) || typeof obj === 'string')
			throw pyError('AttributeError', `'${kind}' object has no attribute '${name}'`);
		throw pyError('AttributeError', `'${kind}' object has no attribute '${name}'`);
	}

	/** `obj[key] = value`. */
	setItem(obj: Value, key: Value, value: Value): void {
		if (obj instanceof SecretsObject)
			throw pyError('TypeError', "'Secrets' object does not support item assignment");
		if (obj instanceof AttrDict)
			throw pyError('TypeError', 'Secrets does not support item assignment.');
		if (obj instanceof EnvironObject) {
			if (typeof key !== 'string' || typeof value !== 'string')
				throw pyError(
					'TypeError',
					`str expected, not ${shortTypeName(typeof key !== 'string' ? key : value)}`
				);
			this.store.environ.set(key, value);
			return;
		}
		if (obj instanceof PyDict && typeof key === 'string') {
			obj.map.set(key, value as PyValue);
			return;
		}
		if (Array.isArray(obj) && typeof key === 'bigint') {
			const i = Number(key) < 0 ? obj.length + Number(key) : Number(key);
			if (i < 0 || i >= obj.length)
				throw pyError('IndexError', 'list assignment index out of range');
			obj[i] = value as PyValue;
			return;
		}
		throw pyError('TypeError', `'${shortTypeName(obj)}' object does not support item assignment`);
	}

	/** `item in container`. */
	contains(container: Value, item: Value): boolean {
		if (container instanceof SecretsObject)
			return typeof item === 'string' && this.store.parse().map.has(item);
		if (container instanceof AttrDict)
			return typeof item === 'string' && container.nested.has(item);
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
		if (
			Array.isArray(container) ||
			container instanceof TupleObject ||
			container instanceof ViewObject
		) {
			const items = Array.isArray(container) ? container : container.items;
			return items.some((x) => this.equals(x, item));
		}
		throw pyError('TypeError', `argument of type '${shortTypeName(container)}' is not iterable`);
	}

	/** `len(obj)`. */
	len(obj: Value): number {
		if (obj instanceof SecretsObject) return this.store.parse().map.size;
		if (obj instanceof AttrDict) return obj.nested.size;
		if (obj instanceof PyDict) return obj.map.size;
		if (obj instanceof EnvironObject) return this.store.environ.vars.size;
		if (typeof obj === 'string') return Array.from(obj).length;
		if (Array.isArray(obj)) return obj.length;
		if (obj instanceof TupleObject || obj instanceof ViewObject) return obj.items.length;
		throw pyError('TypeError', `object of type '${shortTypeName(obj)}' has no len()`);
	}

	/** Returns the items `iter(obj)` yields. */
	iterate(obj: Value): Value[] {
		if (obj instanceof SecretsObject) return [...this.store.parse().map.keys()];
		if (obj instanceof AttrDict) return [...obj.nested.keys()];
		if (obj instanceof PyDict) return [...obj.map.keys()];
		if (obj instanceof EnvironObject) return [...this.store.environ.vars.keys()];
		if (typeof obj === 'string') return Array.from(obj);
		if (Array.isArray(obj)) return [...obj];
		if (obj instanceof TupleObject || obj instanceof ViewObject) return [...obj.items];
		throw pyError('TypeError', `'${shortTypeName(obj)}' object is not iterable`);
	}

	/** Returns the (key, value) pairs `dict(obj)` copies, through the object's own `__getitem__`. */
	mappingItems(obj: Value): [string, Value][] {
		if (isMapping(obj) || obj instanceof EnvironObject)
			return this.iterate(obj).map((k) => [k as string, this.getItem(obj, k)]);
		return this.iterate(obj).map((pair) => {
			const items = this.iterate(pair);
			if (items.length !== 2)
				throw pyError(
					'ValueError',
					`dictionary update sequence element #0 has length ${items.length}; 2 is required`
				);
			return [this.str(items[0]), items[1]];
		});
	}

	/** Python `==` for the values that appear here. */
	equals(a: Value, b: Value): boolean {
		if (typeof a === 'bigint' || typeof a === 'boolean' || a instanceof PyFloat) {
			const x = numeric(a);
			const y = numeric(b);
			return y !== null && x === y;
		}
		if (a === null || typeof a === 'string') return a === b;
		if (Array.isArray(a) && Array.isArray(b))
			return a.length === b.length && a.every((x, i) => this.equals(x, b[i]));
		return a === b;
	}

	/** Python `repr()` of any value. */
	repr(v: Value): string {
		if (v instanceof AttrDict) return pyRepr(dictOf(v.nested));
		if (v instanceof SecretsObject) return 'Secrets';
		if (v instanceof EnvironObject) return 'environ({...})';
		if (v instanceof ModuleObject) return `<module '${v.name}'>`;
		if (v instanceof CallableObject) return `<${v.kind} ${v.qualname}>`;
		if (v instanceof TypeObject) return `<class '${v.name}'>`;
		if (v instanceof ViewObject)
			return `${v.type}([${v.items.map((x) => this.repr(x)).join(', ')}])`;
		if (v instanceof TupleObject)
			return `(${v.items.map((x) => this.repr(x)).join(', ')}${v.items.length === 1 ? ',' : ''})`;
		if (v instanceof OpaqueObject) return v.repr;
		if (Array.isArray(v)) return `[${v.map((x) => this.repr(x)).join(', ')}]`;
		return pyRepr(v);
	}

	/** Python `str()` of any value. */
	str(v: Value): string {
		if (typeof v === 'string') return v;
		if (v instanceof TypeObject) return `<class '${v.name}'>`;
		if (isPlain(v)) return pyStr(v as PyValue);
		return this.repr(v);
	}
}

function isPlain(v: Value): boolean {
	return (
		v === null ||
		typeof v !== 'object' ||
		v instanceof PyFloat ||
		v instanceof PyDict ||
		(Array.isArray(v) && v.every(isPlain)) ||
		(!(v instanceof AttrDict) && 'year' in (v as object)) ||
		'hour' in (v as object) ||
		'date' in (v as object)
	);
}

function numeric(v: Value): number | null {
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'boolean') return v ? 1 : 0;
	if (v instanceof PyFloat) return v.value;
	return null;
}

/** Returns a plain dict over the given entries. */
export function dictOf(entries: Map<string, Value>): PyDict {
	const d = new PyDict();
	for (const [k, v] of entries) d.map.set(k, v as PyValue);
	return d;
}
