import type { SyntaxNode, Tree } from '@lezer/common';
import { parser } from '@lezer/python';

/** A parsed Python module and its text. */
export interface PythonModule {
	/** The text, as given (offsets refer to it). */
	text: string;
	/** Lezer's syntax tree; syntax errors become error nodes, never exceptions. */
	tree: Tree;
}

/**
 * Parses Python code with `@lezer/python`. A leading byte order mark, which
 * Python accepts and Lezer does not, is read as a line break so that offsets
 * stay those of `text`.
 */
export function parsePython(text: string): PythonModule {
	const input = text.startsWith('\ufeff') ? '\n' + text.slice(1) : text;
	return { text, tree: parser.parse(input) };
}

/** Returns the text of a node. */
export function nodeText(module: PythonModule, node: SyntaxNode): string {
	return module.text.slice(node.from, node.to);
}

/** Returns the direct children of a node, in order. */
export function childrenOf(node: SyntaxNode): SyntaxNode[] {
	const out: SyntaxNode[] = [];
	for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
	return out;
}

/** Node names that are punctuation or keywords rather than expressions. */
const tokenNames = new Set([
	'(',
	')',
	'[',
	']',
	'{',
	'}',
	',',
	':',
	'.',
	'*',
	'**',
	'AssignOp',
	'in',
	'not',
	'is',
	'and',
	'or',
	'if',
	'else',
	'for',
	'async',
	'lambda',
	'as',
	'CompareOp',
	'ArithOp',
	'BitOp',
	'LogicOp',
	'⚠'
]);

/** Returns true for punctuation and keyword nodes. */
export function isToken(node: SyntaxNode): boolean {
	return tokenNames.has(node.name);
}

/** Returns the `index`-th expression child of a node, skipping punctuation and keywords. */
export function expressionChild(node: SyntaxNode, index: number): SyntaxNode | null {
	let i = 0;
	for (let c = node.firstChild; c; c = c.nextSibling) {
		if (isToken(c)) continue;
		if (i++ === index) return c;
	}
	return null;
}

/** One argument of a call: positional (`name` null) or keyword. */
export interface Argument {
	/** The keyword, or null for a positional argument. */
	name: string | null;
	/** The argument's value expression. */
	value: SyntaxNode;
	/** True for `*args` / `**kwargs` unpacking. */
	star: boolean;
}

/** Returns the arguments of an `ArgList` node. */
export function callArguments(module: PythonModule, argList: SyntaxNode): Argument[] {
	const args: Argument[] = [];
	let keyword: string | null = null;
	let star = false;
	for (let c = argList.firstChild; c; c = c.nextSibling) {
		if (c.name === '*' || c.name === '**') star = true;
		else if (c.name === ',') {
			keyword = null;
			star = false;
		} else if (c.name === 'VariableName' && c.nextSibling?.name === 'AssignOp')
			keyword = nodeText(module, c);
		else if (!isToken(c) && c.name !== 'ArgList') {
			args.push({ name: keyword, value: c, star });
			keyword = null;
		}
	}
	return args;
}

/** Returns the `ArgList` of a call node, or null. */
export function argListOf(call: SyntaxNode): SyntaxNode | null {
	return call.lastChild?.name === 'ArgList' ? call.lastChild : null;
}

/** Skips parentheses around an expression: `((x))` → `x`. */
export function unparenthesize(node: SyntaxNode): SyntaxNode {
	let n = node;
	for (let i = 0; i < 100 && n.name === 'ParenthesizedExpression'; i++) {
		const inner = expressionChild(n, 0);
		if (!inner) break;
		n = inner;
	}
	return n;
}

/** Returns the key used to mark a node as consumed. */
export function nodeKey(node: SyntaxNode): string {
	return `${node.from}:${node.to}:${node.name}`;
}

const storeParents = new Set([
	'ImportStatement',
	'ParamList',
	'FunctionDefinition',
	'ClassDefinition',
	'ScopeStatement',
	'DeleteStatement',
	'PatternArgList',
	'CapturePattern',
	'TypeParam'
]);

/** Returns true for a name being bound or declared rather than read. */
export function isStore(node: SyntaxNode): boolean {
	const p = node.parent;
	if (!p || storeParents.has(p.name)) return true;
	if (node.nextSibling?.name === 'AssignOp' || node.prevSibling?.name === 'as') return true;
	if (p.name === 'ForStatement' || p.name.endsWith('ComprehensionExpression')) {
		for (let s = node.prevSibling; s; s = s.prevSibling) {
			if (s.name === 'for') return true;
			if (s.name === 'in' || s.name === 'Body') return false;
		}
	}
	return false;
}

/** Returns true when the node is the object or callee of an enclosing chain step. */
export function isChainPart(node: SyntaxNode): boolean {
	const p = node.parent;
	return (
		!!p &&
		(p.name === 'MemberExpression' || p.name === 'CallExpression') &&
		p.firstChild?.from === node.from &&
		p.firstChild.to === node.to
	);
}

/** Returns the name a node's value is assigned to (`name = node`, `name := node`), or null. */
export function assignedName(module: PythonModule, node: SyntaxNode): string | null {
	const p = node.parent;
	if (
		p?.name === 'NamedExpression' &&
		p.firstChild?.name === 'VariableName' &&
		p.lastChild?.from === node.from
	)
		return nodeText(module, p.firstChild);
	if (p?.name !== 'AssignStatement' || node.prevSibling?.name !== 'AssignOp') return null;
	const parts = childrenOf(p).filter((c) => c.name !== 'TypeDef');
	const last = parts[parts.length - 1];
	const target = node.prevSibling.prevSibling;
	if (last.from !== node.from || !target) return null;
	if (target.prevSibling && target.prevSibling.name !== 'AssignOp') return null;
	return target.name === 'VariableName' ? nodeText(module, target) : selfAttribute(module, target);
}

/**
 * Returns `self.NAME` for an attribute of `self` (`self.cfg`), the name under
 * which the reader binds what a method stores there; null for anything else.
 */
export function selfAttribute(module: PythonModule, node: SyntaxNode): string | null {
	if (node.name !== 'MemberExpression' || node.firstChild?.name !== 'VariableName') return null;
	const prop = node.getChild('PropertyName');
	if (!prop || !node.getChild('.') || nodeText(module, node.firstChild) !== 'self') return null;
	return `self.${nodeText(module, prop)}`;
}
