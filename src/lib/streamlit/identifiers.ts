const keywords = new Set(
	'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
		' '
	)
);
const identifier = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

/** A map of attribute names (a map, so that keys such as `constructor` look up nothing). */
function attributes(record: Record<string, string>): ReadonlyMap<string, string> {
	return new Map(Object.entries(record));
}

/** Attribute names that `st.secrets.NAME` resolves to a method or internal before any secret. */
export const secretsAttributes: ReadonlyMap<string, string> = attributes({
	keys: 'Secrets.keys',
	values: 'Secrets.values',
	items: 'Secrets.items',
	get: 'Mapping.get',
	has_key: 'Secrets.has_key',
	to_dict: 'Secrets.to_dict',
	load_if_toml_exists: 'Secrets.load_if_toml_exists',
	set_suppress_print_error_on_exception: 'Secrets.set_suppress_print_error_on_exception',
	file_change_listener: 'Secrets.file_change_listener',
	_secrets: 'Secrets._secrets',
	_lock: 'Secrets._lock',
	_file_watchers_installed: 'Secrets._file_watchers_installed',
	_parse: 'Secrets._parse',
	_reset: 'Secrets._reset',
	_parse_toml_file: 'Secrets._parse_toml_file',
	_parse_directory: 'Secrets._parse_directory',
	_parse_file_path: 'Secrets._parse_file_path',
	_maybe_set_environment_variable: 'Secrets._maybe_set_environment_variable',
	_maybe_delete_environment_variable: 'Secrets._maybe_delete_environment_variable',
	_maybe_install_file_watchers: 'Secrets._maybe_install_file_watchers',
	_on_secrets_changed: 'Secrets._on_secrets_changed'
});

/** Attribute names that `AttrDict.NAME` resolves to a method before any secret. */
export const tableAttributes: ReadonlyMap<string, string> = attributes({
	keys: 'Mapping.keys',
	values: 'Mapping.values',
	items: 'Mapping.items',
	get: 'Mapping.get',
	to_dict: 'AttrDict.to_dict',
	_maybe_wrap_in_attr_dict: 'AttrDict._maybe_wrap_in_attr_dict'
});

/** Why `obj.NAME` cannot reach a key, or null when it can. */
export type AttributeProblem = 'not-identifier' | 'keyword' | 'shadowed' | 'inside-list' | null;

/** Returns why attribute access cannot reach `key` on `st.secrets` (root) or a table. */
export function attributeProblem(key: string, root: boolean): AttributeProblem {
	if (/^__.*__$/.test(key)) return 'shadowed';
	if (!identifier.test(key)) return 'not-identifier';
	if (keywords.has(key)) return 'keyword';
	if ((root ? secretsAttributes : tableAttributes).has(key)) return 'shadowed';
	return null;
}

/** Returns `["key"]` with the key quoted as Python source. */
export function bracket(key: string): string {
	const plain = !/["\\\p{C}]/u.test(key);
	return plain ? `["${key}"]` : `[${JSON.stringify(key)}]`;
}
