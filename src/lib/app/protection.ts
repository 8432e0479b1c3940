import type { SyntaxNode } from '@lezer/common';
import type { Protection, ReadForm } from './read-types.ts';
import type { Resolver } from './resolve.ts';
import { childrenOf, isToken, nodeText } from './syntax.ts';

/** Python's exception hierarchy, for the classes a secrets read can raise. */
const parents: Record<string, string> = {
	KeyError: 'LookupError',
	IndexError: 'LookupError',
	LookupError: 'Exception',
	AttributeError: 'Exception',
	TypeError: 'Exception',
	ValueError: 'Exception',
	StreamlitSecretNotFoundError: 'FileNotFoundError',
	FileNotFoundError: 'OSError',
	OSError: 'Exception',
	IOError: 'Exception',
	EnvironmentError: 'Exception',
	StreamlitAuthError: 'StreamlitAPIException',
	StreamlitAPIException: 'Exception',
	RecursionError: 'RuntimeError',
	RuntimeError: 'Exception',
	Exception: 'BaseException'
};

/** Extra bases of classes with several (StreamlitSecretNotFoundError is also a StreamlitAPIException). */
const alsoBases: Record<string, string[]> = {
	StreamlitSecretNotFoundError: ['StreamlitAPIException'],
	OSError: ['IOError', 'EnvironmentError']
};

/**
 * Returns true when an `except` clause naming one of `catches` (`*` for a
 * bare `except:`) catches an exception of class `type`. Unknown classes are
 * taken as direct subclasses of `Exception`.
 */
export function catchesException(catches: readonly string[], type: string): boolean {
	if (catches.includes('*')) return true;
	const seen = new Set<string>();
	const queue = [type];
	while (queue.length) {
		const t = queue.shift()!;
		if (seen.has(t)) continue;
		seen.add(t);
		if (catches.includes(t)) return true;
		if (t !== 'BaseException') queue.push(parents[t] ?? 'Exception', ...(alsoBases[t] ?? []));
	}
	return false;
}

/** The exception a missing key raises for each way of reading it. */
const missingRaises: Partial<Record<ReadForm, string>> = {
	item: 'KeyError',
	attr: 'AttributeError',
	getattr: 'AttributeError',
	call: 'StreamlitAPIException'
};

/** Returns true when the last key of a read can be missing without an exception escaping. */
export function isProtected(
	path: readonly (string | null)[],
	forms: readonly ReadForm[],
	protections: Protection[]
): boolean {
	const last = path.length - 1;
	if (last < 0) return false;
	if (['get', 'get_default', 'getattr_default', 'in', 'hasattr'].includes(forms[last])) return true;
	const raises = missingRaises[forms[last]] ?? 'KeyError';
	return protections.some(
		(p) =>
			(p.by !== 'try' && p.segment === last) ||
			(p.by === 'try' && catchesException(p.catches ?? [], raises))
	);
}

/** Returns true when a block always leaves: `st.stop()`, `raise`, `return`, `sys.exit()`, … */
export function alwaysLeaves(resolver: Resolver, body: SyntaxNode): boolean {
	let last = body.lastChild;
	if (last?.name === 'StatementGroup') last = last.lastChild;
	while (last && isToken(last)) last = last.prevSibling;
	if (!last) return false;
	if (
		['RaiseStatement', 'ReturnStatement', 'ContinueStatement', 'BreakStatement'].includes(last.name)
	)
		return true;
	const call = last.name === 'ExpressionStatement' ? last.firstChild : null;
	if (call?.name !== 'CallExpression' || !call.firstChild) return false;
	const callee = resolver.evaluate(call.firstChild);
	return callee.t === 'function' && (callee.name === 'stop' || callee.name === 'exit');
}

/** Returns the exception class names a `try` statement's handlers catch (`*` for a bare `except:`). */
export function handlerTypes(resolver: Resolver, statement: SyntaxNode): string[] {
	const out: string[] = [];
	const name = (n: SyntaxNode) => {
		const text = nodeText(resolver.module, n);
		return text.slice(text.lastIndexOf('.') + 1).trim();
	};
	for (let c = statement.firstChild; c; c = c.nextSibling) {
		if (c.name !== 'except') continue;
		let type = c.nextSibling;
		if (type?.name === '*') type = type.nextSibling;
		if (!type || type.name === 'Body') out.push('*');
		else if (type.name === 'TupleExpression' || type.name === 'ParenthesizedExpression')
			for (const e of childrenOf(type)) {
				if (!isToken(e)) out.push(name(e));
			}
		else out.push(name(type));
	}
	return out;
}
