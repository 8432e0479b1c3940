import {
	AttrDict,
	CallableObject,
	OpaqueObject,
	SecretsObject,
	TupleObject,
	TypeObject,
	type Value
} from './objects.ts';

/** What Python finds on a class before `__getattr__` runs: methods, static functions, plain attributes. */
export interface ClassInfo {
	/** Qualified class name, as `type()` prints it. */
	qualname: string;
	/** Method name → `__qualname__` (the class that defines it). */
	methods: Record<string, string>;
	/** Static methods, reached as plain functions. */
	functions: string[];
	/** Class attributes that are not callables. */
	attributes: Record<string, () => Value>;
	/** Instance attribute names `__setattr__` lets through (Secrets only). */
	settable: Set<string>;
}

const mappingMixins: Record<string, string> = {
	get: 'Mapping.get',
	keys: 'Mapping.keys',
	values: 'Mapping.values',
	items: 'Mapping.items',
	__contains__: 'Mapping.__contains__',
	__eq__: 'Mapping.__eq__',
	__ne__: 'object.__ne__'
};

const abcAttributes = (module: string, doc: string): Record<string, () => Value> => ({
	__module__: () => module,
	__doc__: () => doc,
	_abc_impl: () => new OpaqueObject('_abc._abc_data', '<_abc._abc_data object>'),
	__slots__: () => new TupleObject([]),
	__hash__: () => null,
	__reversed__: () => null,
	__abstractmethods__: () => new OpaqueObject('frozenset', 'frozenset()')
});

const own = (cls: string, names: string[]) =>
	Object.fromEntries(names.map((n) => [n, `${cls}.${n}`]));

/** `streamlit.runtime.secrets.Secrets` (newest). */
export const secretsClass: ClassInfo = {
	qualname: 'streamlit.runtime.secrets.Secrets',
	methods: {
		...mappingMixins,
		...own('Secrets', [
			'__init__',
			'load_if_toml_exists',
			'set_suppress_print_error_on_exception',
			'_reset',
			'_parse_toml_file',
			'_parse_directory',
			'_parse_file_path',
			'_parse',
			'to_dict',
			'_maybe_install_file_watchers',
			'_on_secrets_changed',
			'__getattr__',
			'__getitem__',
			'__setattr__',
			'__repr__',
			'__len__',
			'has_key',
			'keys',
			'values',
			'items',
			'__contains__',
			'__iter__'
		])
	},
	functions: ['_maybe_set_environment_variable', '_maybe_delete_environment_variable'],
	attributes: abcAttributes(
		'streamlit.runtime.secrets',
		'A dict-like class that stores secrets.\n    Parses secrets.toml on-demand. Cannot be externally mutated.\n\n    Safe to use from multiple threads.\n    '
	),
	settable: new Set([
		'_secrets',
		'_lock',
		'_file_watchers_installed',
		'_suppress_print_error_on_exception',
		'file_change_listener',
		'load_if_toml_exists'
	])
};

/** `streamlit.runtime.secrets.AttrDict`. */
export const attrDictClass: ClassInfo = {
	qualname: 'streamlit.runtime.secrets.AttrDict',
	methods: {
		...mappingMixins,
		...own('AttrDict', [
			'__init__',
			'__len__',
			'__iter__',
			'__getitem__',
			'__getattr__',
			'__repr__',
			'__setitem__',
			'__setattr__',
			'to_dict'
		])
	},
	functions: ['_maybe_wrap_in_attr_dict'],
	attributes: abcAttributes(
		'streamlit.runtime.secrets',
		'We use AttrDict to wrap up dictionary values from secrets\n    to provide dot access to nested secrets.\n    '
	),
	settable: new Set()
};

/** Looks `name` up on the class of `self` as Python's attribute lookup does before `__getattr__`. */
export function classAttribute(
	cls: ClassInfo,
	name: string,
	self: SecretsObject | AttrDict
): Value | undefined {
	if (name === '__class__') return new TypeObject(cls.qualname);
	if (Object.hasOwn(cls.methods, name))
		return new CallableObject(cls.methods[name], 'method', self);
	if (cls.functions.includes(name))
		return new CallableObject(`${cls.qualname.split('.').pop()}.${name}`, 'function');
	if (Object.hasOwn(cls.attributes, name)) return cls.attributes[name]();
	return undefined;
}
