import type { SyntaxNode } from '@lezer/common';
import { unknown, type KnownFunction, type Meaning } from './symbols.ts';

const builtins: Record<string, KnownFunction> = {
	hasattr: 'hasattr',
	getattr: 'getattr',
	int: 'int',
	float: 'float',
	bool: 'bool',
	str: 'str',
	list: 'list',
	dict: 'dict',
	exit: 'exit',
	quit: 'exit'
};

const secretsMethods = new Set(['get', 'to_dict', 'keys', 'values', 'items']);

/** Returns what attribute `name` of a value means (`st.secrets`, `os.environ`, a secrets key, …). */
export function attribute(m: Meaning, name: string, prop: SyntaxNode): Meaning {
	switch (m.t) {
		case 'module':
			return moduleAttribute(m.name, name);
		case 'secrets':
			if (secretsMethods.has(name))
				return {
					t: 'method',
					of: m,
					name: name as 'get' | 'to_dict' | 'keys' | 'values' | 'items'
				};
			return {
				t: 'secrets',
				segs: [...m.segs, { keys: [name], form: 'attr', from: prop.from, to: prop.to }],
				alias: m.alias
			};
		case 'environ':
			return name === 'get' ? { t: 'environ-get' } : unknown;
		default:
			return unknown;
	}
}

/** Returns what `module.name` means for the modules the reader knows. */
function moduleAttribute(module: 'streamlit' | 'os' | 'sys', name: string): Meaning {
	const table: Record<string, Record<string, Meaning>> = {
		streamlit: {
			secrets: { t: 'secrets', segs: [] },
			connection: { t: 'function', name: 'connection' },
			experimental_connection: { t: 'function', name: 'connection' },
			login: { t: 'function', name: 'login' },
			experimental_login: { t: 'function', name: 'login' },
			stop: { t: 'function', name: 'stop' }
		},
		os: {
			environ: { t: 'environ' },
			getenv: { t: 'function', name: 'getenv' },
			_exit: { t: 'function', name: 'exit' }
		},
		sys: { exit: { t: 'function', name: 'exit' } }
	};
	return Object.hasOwn(table[module], name) ? table[module][name] : unknown;
}

/** Returns what `import module` / `from module import attr` binds. */
export function importMeaning(module: string, attr: string | null): Meaning {
	const known = module === 'streamlit' || module === 'os' || module === 'sys';
	if (!known) return unknown;
	if (attr === null) return { t: 'module', name: module };
	return moduleAttribute(module, attr);
}

/**
 * What an unbound name means: a builtin, or `st` / `streamlit` / `os` / `sys`
 * themselves, so that a pasted snippet without its imports still reads as an app.
 */
export function fallback(name: string): Meaning {
	if (Object.hasOwn(builtins, name)) return { t: 'function', name: builtins[name] };
	if (name === 'st' || name === 'streamlit') return { t: 'module', name: 'streamlit' };
	if (name === 'os' || name === 'sys') return { t: 'module', name };
	return unknown;
}
