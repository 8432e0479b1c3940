import type { SyntaxNode } from '@lezer/common';
import {
	childrenOf,
	expressionChild,
	isToken,
	nodeText,
	selfAttribute,
	type PythonModule
} from './syntax.ts';

/**
 * How a name gets its value at one binding site:
 * - `value`: `name = expr` (also `name := expr`);
 * - `iterate`: `for name in expr` (each element of `expr` in turn);
 * - `import`: `import module as name` / `from module import attr as name`;
 * - `opaque`: anything else (parameters, `with … as`, `except … as`, `+=`, unpacking, …).
 */
export type BindingKind = 'value' | 'iterate' | 'import' | 'opaque';

/** One place a name is bound, and the region of code where that binding is visible. */
export interface Binding {
	/** Unique index, for caching. */
	id: number;
	/** How the name gets its value. */
	kind: BindingKind;
	/** The value or iterable expression (`value`, `iterate`). */
	node?: SyntaxNode;
	/** For `import`: the module's dotted name. */
	module?: string;
	/** For `from … import attr`: the attribute; null for `import module`. */
	attr?: string | null;
	/** Start of the scope where the binding is visible. */
	scopeFrom: number;
	/** End of that scope. */
	scopeTo: number;
}

/** Beyond this many parents, a node is treated as being at module level. */
const maxScopeDepth = 400;

const comprehensions = new Set([
	'ArrayComprehensionExpression',
	'DictionaryComprehensionExpression',
	'SetComprehensionExpression',
	'ComprehensionExpression'
]);

/** Returns the range of the function, class or lambda body a node belongs to (the module by default). */
function scopeOf(module: PythonModule, node: SyntaxNode): [number, number] {
	let n: SyntaxNode | null = node.parent;
	for (let i = 0; n && i < maxScopeDepth; i++, n = n.parent) {
		if (
			n.name === 'Body' &&
			(n.parent?.name === 'FunctionDefinition' || n.parent?.name === 'ClassDefinition')
		)
			return [n.from, n.to];
		if (n.name === 'LambdaExpression') return [n.from, n.to];
	}
	return [0, module.text.length];
}

/** Returns the range of the class body a node belongs to (the module by default). */
function classOf(module: PythonModule, node: SyntaxNode): [number, number] {
	let n: SyntaxNode | null = node.parent;
	for (let i = 0; n && i < maxScopeDepth; i++, n = n.parent)
		if (n.name === 'Body' && n.parent?.name === 'ClassDefinition') return [n.from, n.to];
	return [0, module.text.length];
}

/**
 * Collects every name binding of a module. Scopes follow Python's function and
 * class bodies, with two deliberate narrowings: a `for` loop's variable is
 * visible in the loop body only, and a comprehension's in the comprehension.
 */
export function collectBindings(module: PythonModule): Map<string, Binding[]> {
	const bindings = new Map<string, Binding[]>();
	const add = (nameNode: SyntaxNode, b: Omit<Binding, 'id'>) => {
		const name = selfAttribute(module, nameNode) ?? nodeText(module, nameNode);
		const list = bindings.get(name) ?? [];
		list.push({ id: nextId++, ...b });
		bindings.set(name, list);
	};
	let nextId = 0;
	const opaque = (nameNode: SyntaxNode, scope = scopeOf(module, nameNode)) =>
		add(nameNode, { kind: 'opaque', scopeFrom: scope[0], scopeTo: scope[1] });

	module.tree.iterate({
		enter: (ref) => {
			const node = ref.node;
			switch (node.name) {
				case 'ImportStatement':
					collectImport(module, node, add);
					break;
				case 'AssignStatement':
					collectAssignment(module, node, add, opaque);
					break;
				case 'UpdateStatement': {
					const target = node.firstChild;
					if (target?.name === 'VariableName') opaque(target);
					break;
				}
				case 'NamedExpression': {
					const target = node.firstChild;
					const value = expressionChild(node, 1);
					const [scopeFrom, scopeTo] = scopeOf(module, node);
					if (target?.name === 'VariableName')
						add(target, { kind: 'value', node: value ?? undefined, scopeFrom, scopeTo });
					break;
				}
				case 'ForStatement': {
					const body = node.getChild('Body');
					if (body) collectLoop(node, body.from, body.to, add, opaque);
					break;
				}
				case 'FunctionDefinition':
				case 'ClassDefinition': {
					const name = node.getChild('VariableName');
					if (name) opaque(name);
					const params = node.getChild('ParamList');
					const body = node.getChild('Body');
					if (params && body) collectParams(params, body.from, body.to, opaque);
					break;
				}
				case 'LambdaExpression': {
					const params = node.getChild('ParamList');
					if (params) collectParams(params, node.from, node.to, opaque);
					break;
				}
				case 'WithStatement':
				case 'TryStatement':
					for (const c of childrenOf(node))
						if (c.name === 'VariableName' && c.prevSibling?.name === 'as') opaque(c);
					break;
				case 'ArgList':
					// A generator passed as the only argument: `all(k in st.secrets for k in KEYS)`.
					if (node.getChild('for')) collectLoop(node, node.from, node.to, add, opaque);
					break;
				default:
					if (comprehensions.has(node.name)) collectLoop(node, node.from, node.to, add, opaque);
			}
		}
	});
	return bindings;
}

type Add = (nameNode: SyntaxNode, b: Omit<Binding, 'id'>) => void;
type Opaque = (nameNode: SyntaxNode, scope?: [number, number]) => void;

function collectImport(module: PythonModule, node: SyntaxNode, add: Add): void {
	const [scopeFrom, scopeTo] = scopeOf(module, node);
	const parts = childrenOf(node);
	const isFrom = parts[0]?.name === 'from';
	let i = 1;
	let fromModule = '';
	if (isFrom) {
		// A relative import (`from . import x`) names no module we know.
		if (parts[1]?.name !== 'VariableName') return;
		while (i < parts.length && parts[i].name !== 'import')
			fromModule += nodeText(module, parts[i++]);
		i++;
	}
	while (i < parts.length) {
		if (parts[i].name !== 'VariableName') {
			i++;
			continue;
		}
		let dotted = nodeText(module, parts[i]);
		const first = parts[i];
		let last = parts[i];
		i++;
		while (parts[i]?.name === '.' && parts[i + 1]?.name === 'VariableName') {
			last = parts[i + 1];
			dotted += '.' + nodeText(module, last);
			i += 2;
		}
		let nameNode = isFrom ? last : first;
		let alias = false;
		if (parts[i]?.name === 'as' && parts[i + 1]?.name === 'VariableName') {
			nameNode = parts[i + 1];
			alias = true;
			i += 2;
		}
		if (isFrom)
			add(nameNode, { kind: 'import', module: fromModule, attr: dotted, scopeFrom, scopeTo });
		else
			add(nameNode, {
				kind: 'import',
				// `import a.b` binds `a`; `import a.b as c` binds `c` to `a.b`.
				module: alias ? dotted : dotted.split('.')[0],
				attr: null,
				scopeFrom,
				scopeTo
			});
	}
}

function collectAssignment(module: PythonModule, node: SyntaxNode, add: Add, opaque: Opaque): void {
	const groups: SyntaxNode[][] = [[]];
	for (const c of childrenOf(node)) {
		if (c.name === 'AssignOp') groups.push([]);
		else if (c.name !== ',' && c.name !== 'TypeDef') groups[groups.length - 1].push(c);
	}
	if (groups.length < 2) return;
	const value = groups[groups.length - 1];
	const [scopeFrom, scopeTo] = scopeOf(module, node);
	for (const targets of groups.slice(0, -1)) {
		targets.forEach((t, i) => {
			if (targets.length === 1 && value.length === 1 && selfAttribute(module, t)) {
				// `self.cfg = …` in a method: visible in the whole class body.
				const [from, to] = classOf(module, node);
				add(t, { kind: 'value', node: value[0], scopeFrom: from, scopeTo: to });
			}
			if (t.name !== 'VariableName') return;
			if (targets.length === 1 && value.length === 1)
				add(t, { kind: 'value', node: value[0], scopeFrom, scopeTo });
			else if (targets.length === value.length)
				add(t, { kind: 'value', node: value[i], scopeFrom, scopeTo });
			else opaque(t);
		});
	}
}

/** Binds the variables of `for … in …` clauses (a statement's, or each clause of a comprehension). */
function collectLoop(
	node: SyntaxNode,
	scopeFrom: number,
	scopeTo: number,
	add: Add,
	opaque: Opaque
): void {
	const parts = childrenOf(node);
	for (let i = 0; i < parts.length; i++) {
		if (parts[i].name !== 'for') continue;
		const targets: SyntaxNode[] = [];
		let j = i + 1;
		for (; j < parts.length && parts[j].name !== 'in'; j++)
			if (!isToken(parts[j])) targets.push(parts[j]);
		const iterable = parts[j + 1];
		for (const t of targets) {
			if (t.name !== 'VariableName') continue;
			if (targets.length === 1 && iterable && iterable.name !== 'Body')
				add(t, { kind: 'iterate', node: iterable, scopeFrom, scopeTo });
			else opaque(t, [scopeFrom, scopeTo]);
		}
		i = j;
	}
}

function collectParams(params: SyntaxNode, from: number, to: number, opaque: Opaque): void {
	for (const c of childrenOf(params))
		if (c.name === 'VariableName' && c.prevSibling?.name !== 'AssignOp') opaque(c, [from, to]);
}
