import type { SyntaxNode } from '@lezer/common';
import type { ConnectionCall } from './read-types.ts';
import type { Resolver } from './resolve.ts';
import { singleString, unknown, type Meaning, type Segment } from './symbols.ts';
import { argListOf, callArguments, nodeKey, nodeText, type Argument } from './syntax.ts';

/** A default simulate can evaluate as written; anything else is replaced by `None`. */
const literalDefault =
	/^(None|True|False|-?\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|"[^"\\\n]*"|'[^'\\\n]*'|\{\}|\[\]|\(\))$/;

/**
 * Returns what calling `m` gives: a `.get()` step, a whole-table or test read, an
 * environment read, a connection or login read; `revert` when the call is a
 * method of a secret's value (the attribute was not a key), `stop` when a value is called.
 */
export function callMeaning(
	r: Resolver,
	m: Meaning,
	node: SyntaxNode,
	stepped: boolean
): Meaning | 'stop' | 'revert' {
	const list = argListOf(node);
	const args = list ? callArguments(r.module, list) : [];
	const positional = args.filter((a) => a.name === null && !a.star);
	const keyword = (name: string) => args.find((a) => a.name === name);
	if (m.t === 'secrets') {
		const last = m.segs[m.segs.length - 1];
		return stepped && last?.form === 'attr' ? 'revert' : 'stop';
	}
	if (m.t === 'method') {
		if (m.name !== 'get') return { t: 'read', read: { t: 'whole', of: m.of, form: m.name } };
		const key = keyArgument(r, positional[0], positional[1] ?? keyword('default'), 'get', list);
		return { t: 'secrets', segs: [...m.of.segs, key], alias: m.of.alias };
	}
	if (m.t === 'environ-get' || (m.t === 'function' && m.name === 'getenv')) {
		const key = keyArgument(r, positional[0], positional[1] ?? keyword('default'), 'get', list);
		return { t: 'read', read: { t: 'environ', key } };
	}
	if (m.t !== 'function') return unknown;
	switch (m.name) {
		case 'connection':
			return connection(r, args);
		case 'login': {
			const p = positional[0] ?? keyword('provider');
			const v = p ? r.evaluate(p.value) : ({ t: 'str', values: ['default'] } as Meaning);
			return { t: 'read', read: { t: 'login', providers: v.t === 'str' ? v.values : null } };
		}
		case 'hasattr':
		case 'getattr': {
			const target = positional[0] ? r.evaluate(positional[0].value) : unknown;
			if (target.t !== 'secrets') return unknown;
			r.consumed.add(nodeKey(positional[0].value));
			const key = keyArgument(r, positional[1], positional[2], m.name, list);
			if (m.name === 'hasattr') return { t: 'read', read: { t: 'test', of: target, key } };
			return { t: 'secrets', segs: [...target.segs, key], alias: target.alias };
		}
		default:
			return unknown;
	}
}

function keyArgument(
	r: Resolver,
	key: Argument | undefined,
	fallback: Argument | undefined,
	form: 'get' | 'getattr' | 'hasattr',
	list: SyntaxNode | null
): Segment {
	const k = key ? r.evaluate(key.value) : unknown;
	const seg: Segment = {
		keys: k.t === 'str' ? k.values : null,
		form: fallback && form !== 'hasattr' ? `${form}_default` : form,
		from: list?.from ?? 0,
		to: list?.to ?? 0
	};
	if (fallback && form !== 'hasattr') {
		const text = nodeText(r.module, fallback.value);
		seg.default = text;
		seg.literalDefault = literalDefault.test(text) ? text : 'None';
	}
	return seg;
}

function connection(r: Resolver, args: Argument[]): Meaning {
	const positional = args.filter((a) => a.name === null && !a.star);
	const nameArg = positional[0] ?? args.find((a) => a.name === 'name');
	const typeArg = positional[1] ?? args.find((a) => a.name === 'type');
	const name = nameArg ? r.evaluate(nameArg.value) : unknown;
	const type = typeArg ? singleString(r.evaluate(typeArg.value)) : null;
	const call: ConnectionCall = {
		name: name.t === 'str' && name.values.length === 1 ? name.values[0] : null,
		type: type ?? (typeArg ? nodeText(r.module, typeArg.value) : null),
		typeIsString: type !== null,
		kwargs: []
	};
	for (const a of args) {
		if (a.star) call.kwargs.push('**');
		else if (a.name && !['name', 'type', 'ttl', 'max_entries'].includes(a.name))
			call.kwargs.push(a.name);
	}
	return {
		t: 'read',
		read: { t: 'connection', call, keys: name.t === 'str' ? name.values : null }
	};
}
