import { pyError } from '../../python/exceptions.ts';
import { PyDict, PyFloat, type PyValue } from '../../python/values.ts';
import { builtinFunctions, builtinTypes, callBuiltin, plus } from './builtins.ts';
import type { BinaryOp, CompareOp, Expr, Statement } from './expression.ts';
import { callMethod } from './methods.ts';
import {
	CallableObject,
	ModuleObject,
	SliceObject,
	TupleObject,
	TypeObject,
	type Value
} from '../objects.ts';
import { shortTypeName, type PyRuntime } from '../py-runtime.ts';

function numeric(v: Value): bigint | number | null {
	if (typeof v === 'bigint') return v;
	if (typeof v === 'boolean') return v ? 1n : 0n;
	if (v instanceof PyFloat) return v.value;
	return null;
}

function arithmetic(op: BinaryOp, a: Value, b: Value): Value {
	const x = numeric(a);
	const y = numeric(b);
	if (op === '*' && (typeof a === 'string' || Array.isArray(a)) && typeof y === 'bigint') {
		const n = Math.max(0, Number(y));
		return typeof a === 'string'
			? a.repeat(n)
			: (Array.from({ length: n }, () => a).flat() as PyValue[]);
	}
	if (x === null || y === null)
		throw pyError(
			'TypeError',
			`unsupported operand type(s) for ${op}: '${shortTypeName(a)}' and '${shortTypeName(b)}'`
		);
	if (typeof x === 'bigint' && typeof y === 'bigint' && op !== '/') {
		if ((op === '//' || op === '%') && y === 0n)
			throw pyError('ZeroDivisionError', 'integer division or modulo by zero');
		if (op === '-') return x - y;
		if (op === '*') return x * y;
		const q = x / y - (x % y !== 0n && x < 0n !== y < 0n ? 1n : 0n);
		return op === '//' ? q : x - q * y;
	}
	const f = Number(x);
	const g = Number(y);
	if ((op === '/' || op === '//' || op === '%') && g === 0)
		throw pyError('ZeroDivisionError', op === '/' ? 'division by zero' : 'float divmod()');
	const r =
		op === '-'
			? f - g
			: op === '*'
				? f * g
				: op === '/'
					? f / g
					: op === '//'
						? Math.floor(f / g)
						: f - Math.floor(f / g) * g;
	return new PyFloat(r);
}

/** Evaluates parsed statements against one simulated app, with Python's semantics. */
export class Evaluator {
	readonly p: PyRuntime;
	/** The script's global names: `st` and `os` are imported, as in a typical app. */
	readonly names = new Map<string, Value>([
		['st', new ModuleObject('streamlit')],
		['os', new ModuleObject('os')]
	]);
	/**
	 * Runs statements as the Python REPL does: the value of every expression
	 * statement that is not `None` is written to stdout as its `repr`.
	 */
	interactive = false;
	constructor(runtime: PyRuntime) {
		this.p = runtime;
	}

	/** Runs a statement: returns the expression's value, or `null` for other statements. */
	run(statement: Statement): Value {
		switch (statement.kind) {
			case 'expr': {
				const value = this.eval(statement.expr);
				if (this.interactive && value !== null) this.p.stdout.push(this.p.repr(value) + '\n');
				return value;
			}
			case 'pass':
				return null;
			case 'block':
				for (const s of statement.body) this.run(s);
				return null;
			case 'for':
				for (const item of this.p.iterate(this.eval(statement.iterable))) {
					this.assign(statement.target, item);
					for (const s of statement.body) this.run(s);
				}
				return null;
			case 'assign': {
				const value = this.eval(statement.value);
				for (const target of statement.targets) this.assign(target, value);
				return null;
			}
			case 'del':
				for (const t of statement.targets) {
					if (t.kind === 'attr') this.p.delAttr(this.eval(t.target), t.name);
					else if (t.kind === 'item') this.p.delItem(this.eval(t.target), this.eval(t.index));
					else if (t.kind === 'name') {
						if (!this.names.delete(t.name))
							throw pyError('NameError', `name '${t.name}' is not defined`);
					} else throw pyError('SyntaxError', 'cannot delete expression');
				}
				return null;
			case 'import': {
				const root = statement.module.split('.')[0];
				if (root !== 'streamlit' && root !== 'os')
					throw pyError('ModuleNotFoundError', `No module named '${root}'`);
				const bound = statement.as === root ? root : statement.module;
				this.names.set(
					statement.as,
					bound === 'streamlit' || bound === 'os'
						? new ModuleObject(bound)
						: this.module(statement.module)
				);
				return null;
			}
			case 'from': {
				const module = this.module(statement.module);
				for (const [name, as] of statement.names) this.names.set(as, this.p.getAttr(module, name));
				return null;
			}
		}
	}

	private module(path: string): Value {
		const [root, ...rest] = path.split('.');
		if (root !== 'streamlit' && root !== 'os')
			throw pyError('ModuleNotFoundError', `No module named '${root}'`);
		let v: Value = new ModuleObject(root);
		for (const part of rest) {
			if (root === 'os' && part === 'path')
				throw pyError('NotImplementedError', 'os.path is not simulated');
			v = this.p.getAttr(v, part);
		}
		return v;
	}

	private assign(target: Expr, value: Value): void {
		if (target.kind === 'name') this.names.set(target.name, value);
		else if (target.kind === 'attr') this.p.setAttr(this.eval(target.target), target.name, value);
		else if (target.kind === 'item')
			this.p.setItem(this.eval(target.target), this.eval(target.index), value);
		else if (target.kind === 'list') {
			const items = this.p.iterate(value);
			if (items.length !== target.items.length)
				throw pyError(
					'ValueError',
					items.length > target.items.length
						? `too many values to unpack (expected ${target.items.length})`
						: `not enough values to unpack (expected ${target.items.length}, got ${items.length})`
				);
			target.items.forEach((t, i) => this.assign(t, items[i]));
		}
	}

	/** Evaluates one expression. */
	eval(e: Expr): Value {
		const p = this.p;
		switch (e.kind) {
			case 'const':
				return e.float ? new PyFloat(e.value as number) : e.value;
			case 'name':
				return this.name(e.name);
			case 'fstring':
				return e.parts
					.map((part) => {
						if (typeof part === 'string') return part;
						const v = this.eval(part.expr);
						return part.conversion === 'r' || part.conversion === 'a' ? p.repr(v) : p.str(v);
					})
					.join('');
			case 'attr':
				return p.getAttr(this.eval(e.target), e.name);
			case 'item':
				return p.getItem(this.eval(e.target), this.eval(e.index));
			case 'slice': {
				const bound = (x: Expr | null) => {
					if (!x) return null;
					const v = this.eval(x);
					if (v === null) return null;
					if (typeof v !== 'bigint')
						throw pyError(
							'TypeError',
							'slice indices must be integers or None or have an __index__ method'
						);
					return Number(v);
				};
				return new SliceObject(bound(e.lower), bound(e.upper), bound(e.step));
			}
			case 'call':
				return this.call(
					this.eval(e.callee),
					e.args.map((a) => this.eval(a)),
					new Map(e.kwargs.map(([k, v]) => [k, this.eval(v)]))
				);
			case 'list': {
				const items = e.items.map((x) => this.eval(x));
				return e.tuple ? new TupleObject(items) : (items as PyValue[]);
			}
			case 'dict': {
				const d = new PyDict();
				for (const entry of e.entries) {
					if ('unpack' in entry) {
						for (const [k, v] of p.mappingItems(this.eval(entry.unpack)))
							d.map.set(p.str(k), v as PyValue);
					} else d.map.set(p.str(this.eval(entry[0])), this.eval(entry[1]) as PyValue);
				}
				return d;
			}
			case 'comprehension': {
				const out: Value[] = [];
				const saved = e.target.map((n) => [n, this.names.get(n)] as const);
				for (const item of p.iterate(this.eval(e.iterable))) {
					if (e.target.length === 1) this.names.set(e.target[0], item);
					else {
						const parts = p.iterate(item);
						e.target.forEach((n, i) => this.names.set(n, parts[i] ?? null));
					}
					if (e.conditions.every((c) => p.truthy(this.eval(c)))) out.push(this.eval(e.element));
				}
				for (const [n, v] of saved)
					if (v === undefined) this.names.delete(n);
					else this.names.set(n, v);
				return out as PyValue[];
			}
			case 'not':
				return !p.truthy(this.eval(e.operand));
			case 'unary': {
				const v = this.eval(e.operand);
				const n = numeric(v);
				if (n === null)
					throw pyError('TypeError', `bad operand type for unary ${e.op}: '${shortTypeName(v)}'`);
				if (e.op === '+') return typeof n === 'bigint' ? n : new PyFloat(n);
				return typeof n === 'bigint' ? -n : new PyFloat(-n);
			}
			case 'binary': {
				const a = this.eval(e.left);
				const b = this.eval(e.right);
				return e.op === '+' ? plus(a, b) : arithmetic(e.op, a, b);
			}
			case 'bool': {
				const left = this.eval(e.left);
				const t = p.truthy(left);
				if (e.op === 'and') return t ? this.eval(e.right) : left;
				return t ? left : this.eval(e.right);
			}
			case 'ternary':
				return p.truthy(this.eval(e.condition)) ? this.eval(e.then) : this.eval(e.otherwise);
			case 'compare': {
				let left = this.eval(e.left);
				for (let i = 0; i < e.ops.length; i++) {
					const right = this.eval(e.rights[i]);
					if (!this.compare(e.ops[i], left, right)) return false;
					left = right;
				}
				return true;
			}
		}
	}

	private compare(op: CompareOp, left: Value, right: Value): boolean {
		const p = this.p;
		switch (op) {
			case 'in':
				return p.contains(right, left);
			case 'not in':
				return !p.contains(right, left);
			case '==':
				return p.equals(left, right);
			case '!=':
				return !p.equals(left, right);
			case 'is':
				return isSame(left, right);
			case 'is not':
				return !isSame(left, right);
			case '<':
				return p.compare(left, right, op) < 0;
			case '<=':
				return p.compare(left, right, op) <= 0;
			case '>':
				return p.compare(left, right, op) > 0;
			case '>=':
				return p.compare(left, right, op) >= 0;
		}
	}

	private name(name: string): Value {
		if (this.names.has(name)) return this.names.get(name)!;
		if (builtinTypes.has(name)) return new TypeObject(name);
		if (builtinFunctions.has(name)) return new CallableObject(name, 'builtin_function_or_method');
		throw pyError('NameError', `name '${name}' is not defined`);
	}

	private call(fn: Value, args: Value[], kwargs: Map<string, Value>): Value {
		const a = { args, kwargs };
		if (fn instanceof TypeObject) {
			if (builtinTypes.has(fn.name)) return callBuiltin(this.p, fn.name, a);
			throw pyError('NotImplementedError', `creating ${fn.name} objects is not simulated`);
		}
		if (!(fn instanceof CallableObject))
			throw pyError('TypeError', `'${shortTypeName(fn)}' object is not callable`);
		if (fn.kind === 'builtin_function_or_method' && fn.self === null)
			return callBuiltin(this.p, fn.qualname, a);
		return callMethod(this.p, fn, a);
	}
}

/** Python `is` for the values that appear here: identity, with small values compared by value. */
function isSame(a: Value, b: Value): boolean {
	if (a instanceof TypeObject && b instanceof TypeObject) return a.name === b.name;
	if (a instanceof ModuleObject && b instanceof ModuleObject) return a.name === b.name;
	return a === b;
}
