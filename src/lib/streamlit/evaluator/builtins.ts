import { pyError, PyException } from '../../python/exceptions.ts';
import { pyFloat, pyInt10 } from '../../python/numbers.ts';
import { reprString } from '../../python/repr.ts';
import { PyDict, PyFloat, type PyValue } from '../../python/values.ts';
import type { Arguments } from './methods.ts';
import { IteratorObject, TupleObject, TypeObject, type Value } from '../objects.ts';
import { qualifiedType, shortTypeName, type PyRuntime } from '../py-runtime.ts';

/** The builtin classes a statement can name; calling one converts, as in Python. */
export const builtinTypes = new Set([
	'dict',
	'list',
	'tuple',
	'str',
	'int',
	'float',
	'bool',
	'type'
]);

/** The builtin functions the evaluator implements. */
export const builtinFunctions = new Set([
	'len',
	'repr',
	'hasattr',
	'getattr',
	'isinstance',
	'sorted',
	'reversed',
	'max',
	'min',
	'sum',
	'any',
	'all',
	'abs',
	'next',
	'iter',
	'enumerate',
	'zip',
	'print',
	'callable',
	'id',
	'hash'
]);

function matchesType(v: Value, t: Value): boolean {
	if (t instanceof TupleObject) return t.items.some((x) => matchesType(v, x));
	if (!(t instanceof TypeObject))
		throw pyError('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
	const name = qualifiedType(v);
	if (t.name === name) return true;
	if (t.name === 'int') return typeof v === 'bigint' || typeof v === 'boolean';
	if (t.name === 'dict') return v instanceof PyDict;
	if (t.name === 'datetime.date') return name === 'datetime.datetime';
	return false;
}

function toInt(v: Value): Value {
	if (typeof v === 'bigint') return v;
	if (typeof v === 'boolean') return v ? 1n : 0n;
	if (v instanceof PyFloat) {
		if (!Number.isFinite(v.value))
			throw pyError(
				Number.isNaN(v.value) ? 'ValueError' : 'OverflowError',
				Number.isNaN(v.value)
					? 'cannot convert float NaN to integer'
					: 'cannot convert float infinity to integer'
			);
		return BigInt(Math.trunc(v.value));
	}
	if (typeof v === 'string') {
		const n = pyInt10(v);
		if (n === null || !Number.isSafeInteger(n)) {
			if (/^\s*[+-]?\d+\s*$/.test(v)) return BigInt(v.trim());
			throw pyError('ValueError', `invalid literal for int() with base 10: ${reprString(v)}`);
		}
		return BigInt(n);
	}
	throw pyError(
		'TypeError',
		`int() argument must be a string, a bytes-like object or a real number, not '${shortTypeName(v)}'`
	);
}

function toFloat(v: Value): Value {
	if (v instanceof PyFloat) return v;
	if (typeof v === 'bigint' || typeof v === 'boolean') return new PyFloat(Number(v));
	if (typeof v === 'string') {
		const f = pyFloat(v);
		if (f === null)
			throw pyError('ValueError', `could not convert string to float: ${reprString(v)}`);
		return new PyFloat(f);
	}
	throw pyError(
		'TypeError',
		`float() argument must be a string or a real number, not '${shortTypeName(v)}'`
	);
}

function extreme(p: PyRuntime, name: 'max' | 'min', a: Arguments): Value {
	const items = a.args.length === 1 ? p.iterate(a.args[0]) : a.args;
	if (!items.length) {
		if (a.kwargs.has('default')) return a.kwargs.get('default')!;
		throw pyError('ValueError', `${name}() arg is an empty sequence`);
	}
	return items.reduce((best, x) => {
		const c = p.compare(x, best, name === 'max' ? '>' : '<');
		return (name === 'max' ? c > 0 : c < 0) ? x : best;
	});
}

/** The number a Python int, bool or float stands for, or null for any other value. */
function numberOf(v: Value): number | null {
	if (v instanceof PyFloat) return v.value;
	return typeof v === 'bigint' || typeof v === 'boolean' ? Number(v) : null;
}

function add(a: Value, b: Value): Value {
	if (typeof a === 'bigint' && typeof b === 'bigint') return a + b;
	const x = numberOf(a);
	const y = numberOf(b);
	if (x !== null && y !== null) {
		if (typeof a === 'boolean' && typeof b === 'boolean') return BigInt(x + y);
		if (!(a instanceof PyFloat) && !(b instanceof PyFloat)) return BigInt(x) + BigInt(y);
		return new PyFloat(x + y);
	}
	throw pyError(
		'TypeError',
		`unsupported operand type(s) for +: '${shortTypeName(a)}' and '${shortTypeName(b)}'`
	);
}

/** The text `print(*args, sep=…, end=…)` writes: `str()` of each argument. */
function printed(p: PyRuntime, a: Arguments): string {
	const option = (name: 'sep' | 'end', fallback: string): string => {
		const v = a.kwargs.get(name);
		if (v === undefined || v === null) return fallback;
		if (typeof v !== 'string')
			throw pyError('TypeError', `${name} must be None or a string, not ${shortTypeName(v)}`);
		return v;
	};
	for (const k of a.kwargs.keys())
		if (k !== 'sep' && k !== 'end' && k !== 'file' && k !== 'flush')
			throw pyError('TypeError', `'${k}' is an invalid keyword argument for print()`);
	const sep = option('sep', ' ');
	const end = option('end', '\n');
	return a.args.map((x) => p.str(x)).join(sep) + end;
}

/** Calls a builtin function or class by name with Python's semantics. */
export function callBuiltin(p: PyRuntime, name: string, a: Arguments): Value {
	const [x, y, z] = a.args;
	switch (name) {
		case 'len':
			return BigInt(p.len(x));
		case 'list':
			return a.args.length ? (p.iterate(x) as PyValue[]) : [];
		case 'tuple':
			return new TupleObject(a.args.length ? p.iterate(x) : []);
		case 'dict': {
			const d = new PyDict();
			if (a.args.length) for (const [k, v] of p.mappingItems(x)) d.map.set(p.str(k), v as PyValue);
			for (const [k, v] of a.kwargs) d.map.set(k, v as PyValue);
			return d;
		}
		case 'str':
			return a.args.length ? p.str(x) : '';
		case 'repr':
			return p.repr(x);
		case 'int':
			return a.args.length ? toInt(x) : 0n;
		case 'float':
			return a.args.length ? toFloat(x) : new PyFloat(0);
		case 'bool':
			return a.args.length ? p.truthy(x) : false;
		case 'type':
			return new TypeObject(qualifiedType(x));
		case 'isinstance':
			return matchesType(x, y);
		case 'callable':
			return (
				shortTypeName(x).includes('method') ||
				shortTypeName(x) === 'function' ||
				x instanceof TypeObject
			);
		case 'hasattr':
		case 'getattr':
			if (typeof y !== 'string')
				throw pyError('TypeError', `attribute name must be string, not '${shortTypeName(y)}'`);
			try {
				const v = p.getAttr(x, y);
				return name === 'hasattr' ? true : v;
			} catch (e) {
				if (e instanceof PyException && e.isA('AttributeError')) {
					if (name === 'hasattr') return false;
					if (a.args.length > 2) return z;
				}
				throw e;
			}
		case 'sorted': {
			const items = p
				.iterate(x)
				.slice()
				.sort((l, r) => p.compare(l, r));
			if (a.kwargs.get('reverse') === true) items.reverse();
			return items as PyValue[];
		}
		case 'reversed':
			return new IteratorObject('list_reverseiterator', p.iterate(x).reverse());
		case 'max':
		case 'min':
			return extreme(p, name, a);
		case 'sum':
			return p.iterate(x).reduce((acc, v) => add(acc, v), a.args.length > 1 ? y : 0n);
		case 'any':
			return p.iterate(x).some((v) => p.truthy(v));
		case 'all':
			return p.iterate(x).every((v) => p.truthy(v));
		case 'abs':
			if (typeof x === 'bigint') return x < 0n ? -x : x;
			if (x instanceof PyFloat) return new PyFloat(Math.abs(x.value));
			throw pyError('TypeError', `bad operand type for abs(): '${shortTypeName(x)}'`);
		case 'iter':
			return x instanceof IteratorObject
				? x
				: new IteratorObject(`${shortTypeName(x)}_iterator`, p.iterate(x));
		case 'next': {
			if (!(x instanceof IteratorObject))
				throw pyError('TypeError', `'${shortTypeName(x)}' object is not an iterator`);
			if (x.position < x.items.length) return x.items[x.position++];
			if (a.args.length > 1) return y;
			throw pyError('StopIteration', '');
		}
		case 'enumerate':
			return new IteratorObject(
				'enumerate',
				p.iterate(x).map((v, i) => new TupleObject([BigInt(i), v]))
			);
		case 'zip': {
			const lists = a.args.map((v) => p.iterate(v));
			const n = Math.min(...lists.map((l) => l.length));
			return new IteratorObject(
				'zip',
				Array.from({ length: n }, (_, i) => new TupleObject(lists.map((l) => l[i])))
			);
		}
		case 'print':
			p.stdout.push(printed(p, a));
			return null;
		case 'id':
		case 'hash':
			throw pyError('NotImplementedError', `${name}() is not simulated`);
	}
	throw pyError('NameError', `name '${name}' is not defined`);
}

/** Python `+` (numbers, and concatenation of str, list and tuple). */
export function plus(a: Value, b: Value): Value {
	if (typeof a === 'string') {
		if (typeof b !== 'string')
			throw pyError('TypeError', `can only concatenate str (not "${shortTypeName(b)}") to str`);
		return a + b;
	}
	if (Array.isArray(a)) {
		if (!Array.isArray(b))
			throw pyError('TypeError', `can only concatenate list (not "${shortTypeName(b)}") to list`);
		return [...a, ...b];
	}
	if (a instanceof TupleObject) {
		if (!(b instanceof TupleObject))
			throw pyError('TypeError', `can only concatenate tuple (not "${shortTypeName(b)}") to tuple`);
		return new TupleObject([...a.items, ...b.items]);
	}
	return add(a, b);
}
