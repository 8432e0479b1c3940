import { pyError, PyException } from '../python/exceptions.ts';
import { reprString } from '../python/repr.ts';
import { PyDict, PyFloat, type PyValue } from '../python/values.ts';
import type { Expr, Statement } from './expression.ts';
import {
	AttrDict,
	CallableObject,
	EnvironObject,
	ModuleObject,
	SecretsObject,
	TupleObject,
	TypeObject,
	ViewObject,
	type Value
} from './objects.ts';
import { dictOf, qualifiedType, shortTypeName, type Protocol } from './protocol.ts';

const builtins = new Set([
	'len',
	'list',
	'dict',
	'type',
	'hasattr',
	'getattr',
	'str',
	'repr',
	'bool',
	'sorted',
	'tuple',
	'isinstance',
	'int',
	'float'
]);

function deepCopy(v: PyValue): PyValue {
	if (Array.isArray(v)) return v.map(deepCopy);
	if (v instanceof PyDict) {
		const d = new PyDict(v.inline);
		for (const [k, x] of v.map) d.map.set(k, deepCopy(x));
		return d;
	}
	return v;
}

function truthy(p: Protocol, v: Value): boolean {
	if (v === null || v === false) return false;
	if (v === true) return true;
	if (typeof v === 'bigint') return v !== 0n;
	if (v instanceof PyFloat) return v.value !== 0;
	if (typeof v === 'string' || Array.isArray(v) || v instanceof PyDict || v instanceof AttrDict)
		return p.len(v) > 0;
	if (v instanceof SecretsObject) return p.len(v) > 0;
	if (v instanceof TupleObject || v instanceof ViewObject) return v.items.length > 0;
	return true;
}

/** Evaluates parsed statements against one simulated app, with Python's semantics. */
export class Evaluator {
	readonly p: Protocol;
	constructor(protocol: Protocol) {
		this.p = protocol;
	}

	/** Runs a statement: returns the expression's value, or `null` for an assignment. */
	run(statement: Statement): Value {
		if (statement.kind === 'expr') return this.eval(statement.expr);
		const { target, value } = statement;
		if (target.kind === 'attr') {
			const obj = this.eval(target.target);
			this.p.setAttr(obj, target.name, this.eval(value));
		} else if (target.kind === 'item') {
			const obj = this.eval(target.target);
			const key = this.eval(target.index);
			this.p.setItem(obj, key, this.eval(value));
		} else this.eval(value);
		return null;
	}

	/** Evaluates one expression. */
	eval(e: Expr): Value {
		switch (e.kind) {
			case 'const':
				return e.float ? new PyFloat(e.value as number) : e.value;
			case 'name':
				return this.name(e.name);
			case 'attr':
				return this.p.getAttr(this.eval(e.target), e.name);
			case 'item':
				return this.p.getItem(this.eval(e.target), this.eval(e.index));
			case 'call':
				return this.call(
					this.eval(e.callee),
					e.args.map((a) => this.eval(a)),
					e.kwargs.map(([k, v]) => [k, this.eval(v)])
				);
			case 'list': {
				const items = e.items.map((x) => this.eval(x));
				return e.tuple ? new TupleObject(items) : (items as PyValue[]);
			}
			case 'dict': {
				const d = new PyDict();
				for (const [k, v] of e.entries)
					d.map.set(this.p.str(this.eval(k)), this.eval(v) as PyValue);
				return d;
			}
			case 'not':
				return !truthy(this.p, this.eval(e.operand));
			case 'neg': {
				const v = this.eval(e.operand);
				if (typeof v === 'bigint') return -v;
				if (v instanceof PyFloat) return new PyFloat(-v.value);
				throw pyError('TypeError', `bad operand type for unary -: '${shortTypeName(v)}'`);
			}
			case 'bool': {
				const left = this.eval(e.left);
				const t = truthy(this.p, left);
				if (e.op === 'and') return t ? this.eval(e.right) : left;
				return t ? left : this.eval(e.right);
			}
			case 'compare': {
				const left = this.eval(e.left);
				const right = this.eval(e.right);
				switch (e.op) {
					case 'in':
						return this.p.contains(right, left);
					case 'not in':
						return !this.p.contains(right, left);
					case '==':
						return this.p.equals(left, right);
					case '!=':
						return !this.p.equals(left, right);
					case 'is':
						return left === right;
					case 'is not':
						return left !== right;
				}
			}
		}
	}

	private name(name: string): Value {
		if (name === 'st' || name === 'streamlit') return new ModuleObject('streamlit');
		if (name === 'os') return new ModuleObject('os');
		if (name === 'secrets') return this.p.secrets;
		if (builtins.has(name)) return new CallableObject(name, 'builtin_function_or_method');
		throw pyError('NameError', `name '${name}' is not defined`);
	}

	private call(fn: Value, args: Value[], kwargs: [string, Value][]): Value {
		if (!(fn instanceof CallableObject)) {
			if (fn instanceof TypeObject) return this.builtin(fn.name, args);
			throw pyError('TypeError', `'${shortTypeName(fn)}' object is not callable`);
		}
		const kw = new Map(kwargs);
		const arg = (i: number, name: string): Value | undefined =>
			i < args.length ? args[i] : kw.get(name);
		const self = fn.self;
		const name = fn.name;
		const p = this.p;
		if (fn.kind === 'builtin_function_or_method' && fn.qualname === name)
			return this.builtin(name, args);
		if (fn.qualname === 'getenv') {
			const key = arg(0, 'key');
			const vars = p.store.environ.vars;
			return typeof key === 'string' && vars.has(key)
				? vars.get(key)!
				: (arg(1, 'default') ?? null);
		}
		if (self instanceof SecretsObject || self instanceof AttrDict) {
			switch (name) {
				case 'get':
					return this.mappingGet(self, arg(0, 'key') ?? null, arg(1, 'default') ?? null);
				case 'keys':
					return new ViewObject(
						self instanceof AttrDict ? 'KeysView' : 'dict_keys',
						p.iterate(self)
					);
				case 'values':
				case 'items': {
					const keys = p.iterate(self);
					const store = self instanceof SecretsObject ? p.store.parse().map : null;
					const value = (k: Value) => (store ? store.get(k as string)! : p.getItem(self, k));
					const items = keys.map((k) =>
						name === 'values' ? value(k) : new TupleObject([k, value(k)])
					);
					const type =
						self instanceof AttrDict
							? name === 'values'
								? 'ValuesView'
								: 'ItemsView'
							: `dict_${name}`;
					return new ViewObject(type, items);
				}
				case 'to_dict':
					if (self instanceof AttrDict) return deepCopy(dictOf(self.nested));
					return toDict(p.store.parse());
				case 'has_key':
					return p.store.parse().map.has(p.str(arg(0, 'k') ?? null));
				case 'load_if_toml_exists':
					return p.store.loadIfTomlExists();
				case '__getitem__':
					return p.getItem(self, arg(0, 'key') ?? null);
				case '__contains__':
					return p.contains(self, arg(0, 'key') ?? null);
				case '__len__':
					return BigInt(p.len(self));
			}
		}
		if (self instanceof EnvironObject && name === 'get') {
			const key = arg(0, 'key') ?? null;
			return p.contains(self, key) ? p.getItem(self, key) : (arg(1, 'default') ?? null);
		}
		if (self instanceof PyDict) {
			if (name === 'get') {
				const key = arg(0, 'key') ?? null;
				return typeof key === 'string' && self.map.has(key)
					? self.map.get(key)!
					: (arg(1, 'default') ?? null);
			}
			if (name === 'keys') return new ViewObject('dict_keys', [...self.map.keys()]);
			if (name === 'values') return new ViewObject('dict_values', [...self.map.values()]);
			if (name === 'items')
				return new ViewObject(
					'dict_items',
					[...self.map].map(([k, v]) => new TupleObject([k, v]))
				);
			if (name === 'copy') return dictOf(self.map);
		}
		if (typeof self === 'string') return stringMethod(self, name, args);
		throw pyError('NotImplementedError', `${fn.qualname}() is not simulated`);
	}

	private mappingGet(self: Value, key: Value, fallback: Value): Value {
		try {
			return this.p.getItem(self, key);
		} catch (e) {
			if (e instanceof PyException && e.isA('KeyError')) return fallback;
			throw e;
		}
	}

	private builtin(name: string, args: Value[]): Value {
		const p = this.p;
		const [a, b, c] = args;
		switch (name) {
			case 'len':
				return BigInt(p.len(a));
			case 'list':
				return args.length ? (p.iterate(a) as PyValue[]) : [];
			case 'tuple':
				return new TupleObject(args.length ? p.iterate(a) : []);
			case 'sorted':
				return (p.iterate(a) as PyValue[])
					.slice()
					.sort((x, y) => (p.str(x) < p.str(y) ? -1 : p.str(x) > p.str(y) ? 1 : 0));
			case 'dict': {
				if (!args.length) return new PyDict();
				const d = new PyDict();
				for (const [k, v] of p.mappingItems(a)) d.map.set(k, v as PyValue);
				return d;
			}
			case 'type':
				return new TypeObject(qualifiedType(a));
			case 'hasattr':
			case 'getattr':
				try {
					const v = p.getAttr(a, p.str(b));
					return name === 'hasattr' ? true : v;
				} catch (e) {
					if (e instanceof PyException && e.isA('AttributeError')) {
						if (name === 'hasattr') return false;
						if (args.length > 2) return c;
					}
					throw e;
				}
			case 'str':
				return args.length ? p.str(a) : '';
			case 'repr':
				return p.repr(a);
			case 'bool':
				return args.length ? truthy(p, a) : false;
			case 'isinstance':
				return b instanceof TypeObject && qualifiedType(a) === b.name;
			case 'int':
				if (typeof a === 'bigint') return a;
				if (typeof a === 'string' && /^\s*[+-]?\d+\s*$/.test(a)) return BigInt(a.trim());
				throw pyError(
					'ValueError',
					`invalid literal for int() with base 10: ${reprString(p.str(a))}`
				);
			case 'float':
				if (a instanceof PyFloat) return a;
				if (typeof a === 'bigint') return new PyFloat(Number(a));
				if (typeof a === 'string' && a.trim() !== '' && !Number.isNaN(Number(a)))
					return new PyFloat(Number(a));
				throw pyError('ValueError', `could not convert string to float: ${reprString(p.str(a))}`);
		}
		throw pyError('NameError', `name '${name}' is not defined`);
	}
}

/** `_convert_to_dict(secrets)`: a new top-level dict sharing the stored values. */
function toDict(secrets: PyDict): PyDict {
	const d = new PyDict();
	for (const [k, v] of secrets.map) d.map.set(k, v);
	return d;
}

function stringMethod(s: string, name: string, args: Value[]): Value {
	const arg = (i: number) => (typeof args[i] === 'string' ? (args[i] as string) : undefined);
	switch (name) {
		case 'upper':
			return s.toUpperCase();
		case 'lower':
			return s.toLowerCase();
		case 'strip':
			return s.trim();
		case 'lstrip':
			return s.trimStart();
		case 'rstrip':
			return s.trimEnd();
		case 'startswith':
			return s.startsWith(arg(0) ?? '');
		case 'endswith':
			return s.endsWith(arg(0) ?? '');
		case 'split':
			return arg(0) !== undefined ? s.split(arg(0)!) : s.trim().split(/\s+/).filter(Boolean);
		case 'splitlines':
			return s.split(/\r\n|\r|\n/).filter((x, i, all) => i < all.length - 1 || x !== '');
		case 'replace':
			return s.split(arg(0) ?? '').join(arg(1) ?? '');
		case 'isdigit':
			return /^\d+$/.test(s);
		case 'title':
			return s.replace(/\w\S*/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
		case 'find':
			return BigInt(s.indexOf(arg(0) ?? ''));
		case 'count':
			return BigInt(s.split(arg(0) ?? '').length - 1);
	}
	throw pyError('NotImplementedError', `str.${name}() is not simulated`);
}
