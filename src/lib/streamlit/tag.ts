import { keepOrder } from '../python/ordered-json.ts';
import { setEntry, toTagged, type Tagged } from '../python/tagged.ts';
import { PyDict, type PyValue } from '../python/values.ts';
import {
	AttrDict,
	CallableObject,
	EnvironObject,
	ModuleObject,
	OpaqueObject,
	SecretsObject,
	IteratorObject,
	SliceObject,
	TupleObject,
	TypeObject,
	ViewObject,
	type Value
} from './objects.ts';

function tagEntries(entries: Map<string, Value>): { [key: string]: Tagged } {
	const out: { [key: string]: Tagged } = {};
	for (const [k, v] of entries) setEntry(out, k, tagValue(v));
	keepOrder(out, [...entries.keys()]);
	return out;
}

/**
 * Returns the recorded JSON form of anything an access can produce: AttrDicts as
 * `$AttrDict`, methods as `$callable`, classes as their qualified name, views and
 * tuples as lists.
 */
export function tagValue(v: Value): Tagged {
	if (v instanceof AttrDict) return { $AttrDict: tagEntries(v.nested as Map<string, Value>) };
	if (v instanceof CallableObject) return { $callable: v.qualname };
	if (v instanceof TypeObject) return v.name;
	if (v instanceof ViewObject || v instanceof TupleObject) return v.items.map(tagValue);
	if (v instanceof IteratorObject) return { $repr: `<${v.type} object>` };
	if (v instanceof SliceObject) return { $repr: 'slice' };
	if (v instanceof SecretsObject) return { $repr: 'Secrets' };
	if (v instanceof EnvironObject) return { $repr: 'environ' };
	if (v instanceof ModuleObject) return { $repr: `<module '${v.name}'>` };
	if (v instanceof OpaqueObject) return { $repr: v.repr };
	if (Array.isArray(v)) return (v as Value[]).map(tagValue);
	if (v instanceof PyDict) return tagEntries(v.map as Map<string, Value>);
	return toTagged(v as PyValue);
}
