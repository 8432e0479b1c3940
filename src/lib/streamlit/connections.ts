import { AttrDict, type Value } from './objects.ts';
import type { PyRuntime } from './py-runtime.ts';
import { PyException, keyError } from '../python/exceptions.ts';
import { reprString } from '../python/repr.ts';

/**
 * The `[connections.NAME]` section `st.connection(name)` reads (its `_secrets`
 * property): an `env:VAR` name is looked up in `os.environ` first; a missing
 * file, `connections` table or name gives an empty AttrDict, not an error.
 */
export function connectionSection(p: PyRuntime, name: string): Value {
	let resolved = name;
	if (name.startsWith('env:')) {
		const variable = name.slice(4);
		const vars = p.store.environ.vars;
		if (!vars.has(variable)) throw keyError(reprString(variable));
		resolved = vars.get(variable)!;
	}
	if (!p.loadIfTomlExists()) return new AttrDict(new Map());
	let section: Value = null;
	try {
		section = p.getItem(p.secrets, 'connections');
	} catch (e) {
		if (!(e instanceof PyException && e.isA('KeyError'))) throw e;
	}
	if (!(section instanceof AttrDict)) return new AttrDict(new Map());
	return section.nested.has(resolved) ? p.getItem(section, resolved) : new AttrDict(new Map());
}
