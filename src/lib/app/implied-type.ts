import type { SyntaxNode } from '@lezer/common';
import type { ImpliedType } from './read-types.ts';
import type { Resolver } from './resolve.ts';
import { expressionChild, nodeText } from './syntax.ts';

const conversions: Record<string, ImpliedType> = {
	int: 'int',
	float: 'float',
	bool: 'bool',
	str: 'str',
	list: 'list',
	dict: 'table'
};

/** Returns the type of a Python literal's text, when it is one. */
export function literalType(text: string): ImpliedType | undefined {
	const t = text.trim();
	if (/^-?\d[\d_]*$/.test(t)) return 'int';
	if (/^-?(\d[\d_]*)?\.\d*([eE][-+]?\d+)?$|^-?\d+[eE][-+]?\d+$/.test(t)) return 'float';
	if (t === 'True' || t === 'False') return 'bool';
	if (/^[rRuU]?("|')/.test(t)) return 'str';
	if (t.startsWith('[') || t.startsWith('(')) return 'list';
	if (t.startsWith('{')) return 'table';
	return undefined;
}

/**
 * Returns the type a read's surroundings imply for its value: the default of
 * `.get(k, d)`, a conversion (`int(…)`), a loop over it, arithmetic or a
 * comparison with a number, a truth test, or a key named `port`.
 */
export function impliedType(
	resolver: Resolver,
	node: SyntaxNode,
	lastKey: string | null,
	defaultText: string | undefined
): ImpliedType | undefined {
	if (defaultText !== undefined && defaultText !== 'None') {
		const t = literalType(defaultText);
		if (t) return t;
	}
	let n = node;
	while (n.parent?.name === 'ParenthesizedExpression') n = n.parent;
	const p = n.parent;
	if (p?.name === 'ArgList' && p.parent?.name === 'CallExpression' && p.parent.firstChild) {
		const callee = p.parent.firstChild;
		const m = resolver.evaluate(callee);
		if (callee.name === 'VariableName' && m.t === 'function') {
			const name = nodeText(resolver.module, callee);
			if (Object.hasOwn(conversions, name)) return conversions[name];
		}
	}
	if (p?.name === 'ForStatement' || p?.name?.endsWith('ComprehensionExpression')) {
		if (n.prevSibling?.name === 'in') return 'list';
	}
	if (p?.name === 'BinaryExpression') {
		const other =
			expressionChild(p, 0)?.from === n.from ? expressionChild(p, 1) : expressionChild(p, 0);
		const op = p.getChild('ArithOp') ?? p.getChild('CompareOp');
		if (op && other?.name === 'Number')
			return literalType(nodeText(resolver.module, other)) ?? 'int';
		if (op && other?.name === 'Boolean') return 'bool';
	}
	if ((p?.name === 'IfStatement' || p?.name === 'WhileStatement') && n.name !== 'Body')
		return 'bool';
	if (p?.name === 'UnaryExpression' && p.getChild('not')) return 'bool';
	if (lastKey !== null && /(^|_)port$/i.test(lastKey)) return 'int';
	return undefined;
}
