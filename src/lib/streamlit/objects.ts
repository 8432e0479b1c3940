import type { PyValue } from '../python/values.ts';

/** `streamlit.runtime.secrets.AttrDict`: a read-only view over a shallow copy of a table. */
export class AttrDict {
	/** `__nested_secrets__`: the copied entries (values shared with the store). */
	readonly nested: Map<string, PyValue>;
	constructor(entries: Map<string, PyValue>) {
		this.nested = new Map(entries);
	}
}

/** The `st.secrets` singleton, as an object an expression can reach. */
export class SecretsObject {
	/** Instance attributes assigned through the names `Secrets.__setattr__` lets through. */
	readonly assigned = new Map<string, Value>();
}

/** `os.environ`. */
export class EnvironObject {}

/** A module reachable by name in an expression (`streamlit`, `os`). */
export class ModuleObject {
	readonly name: string;
	constructor(name: string) {
		this.name = name;
	}
}

/** A bound method, a plain function or a builtin, named by its `__qualname__`. */
export class CallableObject {
	/** `__qualname__`, e.g. `Secrets.keys` or `Mapping.get`. */
	readonly qualname: string;
	/** Python's type name for it. */
	readonly kind: 'method' | 'function' | 'builtin_function_or_method';
	/** The bound instance, for methods. */
	readonly self: Value;
	constructor(qualname: string, kind: CallableObject['kind'], self: Value = null) {
		this.qualname = qualname;
		this.kind = kind;
		this.self = self;
	}
	/** The method's own name (last part of the qualname). */
	get name(): string {
		return this.qualname.slice(this.qualname.lastIndexOf('.') + 1);
	}
}

/** A Python class object, named as `type(x)` prints it without `<class '…'>`. */
export class TypeObject {
	readonly name: string;
	constructor(name: string) {
		this.name = name;
	}
	/** `__name__`: the part after the last dot. */
	get shortName(): string {
		return this.name.slice(this.name.lastIndexOf('.') + 1);
	}
}

/** A mapping view (`dict_keys`, `KeysView`, …) with its items materialised. */
export class ViewObject {
	/** Qualified type name, e.g. `dict_keys` or `collections.abc.KeysView`. */
	readonly type: string;
	readonly items: Value[];
	/** The mapping it views, for `repr` of the `collections.abc` views. */
	readonly mapping: Value;
	constructor(type: string, items: Value[], mapping: Value = null) {
		this.type = type;
		this.items = items;
		this.mapping = mapping;
	}
}

/** An iterator over materialised items. */
export class IteratorObject {
	readonly type: string;
	readonly items: Value[];
	position = 0;
	constructor(type: string, items: Value[]) {
		this.type = type;
		this.items = items;
	}
}

/** A tuple. */
export class TupleObject {
	readonly items: Value[];
	constructor(items: Value[]) {
		this.items = items;
	}
}

/** An internal object whose contents do not matter here (`_lock`, a Signal). */
export class OpaqueObject {
	/** Qualified type name. */
	readonly type: string;
	readonly repr: string;
	constructor(type: string, repr: string) {
		this.type = type;
		this.repr = repr;
	}
}

/** A `slice` object, as `obj[a:b:c]` passes it. */
export class SliceObject {
	readonly lower: number | null;
	readonly upper: number | null;
	readonly step: number | null;
	constructor(lower: number | null, upper: number | null, step: number | null) {
		this.lower = lower;
		this.upper = upper;
		this.step = step;
	}
}

/** Anything an access expression can evaluate to. */
export type Value =
	| PyValue
	| AttrDict
	| SecretsObject
	| EnvironObject
	| ModuleObject
	| CallableObject
	| TypeObject
	| ViewObject
	| IteratorObject
	| TupleObject
	| OpaqueObject
	| SliceObject;
