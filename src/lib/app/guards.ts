import type { SyntaxNode } from '@lezer/common';
import type { Protection } from './read-types.ts';
import { alwaysLeaves, handlerTypes } from './protection.ts';
import type { Resolver } from './resolve.ts';
import { maxValues, type Segment } from './symbols.ts';
import {
	childrenOf,
	expressionChild,
	isToken,
	nodeKey,
	nodeText,
	unparenthesize
} from './syntax.ts';

/** Paths a test proves present, when it is true (or false, for `not in`). */
interface Guard {
	/** `st.secrets` keys or `os.environ` variables. */
	base: 'secrets' | 'environ';
	/** Every key path the test covers (several through a loop variable). */
	paths: string[][];
	/** Where the test is written. */
	from: number;
	to: number;
}

/** Ancestors further up than this are not searched for guards. */
const maxAncestors = 500;

/** Returns every path a list of segments can name, or [] when a key is computed or there are too many. */
export function segmentPaths(segs: readonly Segment[]): string[][] {
	let out: string[][] = [[]];
	for (const s of segs) {
		if (!s.keys || out.length * s.keys.length > maxValues) return [];
		out = out.flatMap((p) => s.keys!.map((k) => [...p, k]));
	}
	return out;
}

/**
 * Finds what protects a read at `node` of `path` against a missing key: `if`
 * and `while` tests, conditional expressions, `and`/`or` operands,
 * comprehension conditions, earlier `if … not in …: st.stop()` exits and
 * enclosing `try` blocks. Innermost first.
 */
export class GuardFinder {
	private readonly resolver: Resolver;
	private readonly exits = new Map<string, { at: number; guards: Guard[] }[]>();

	constructor(resolver: Resolver) {
		this.resolver = resolver;
	}

	/** Returns the protections of a read at `node` of `path` in `base`. */
	find(node: SyntaxNode, base: 'secrets' | 'environ', path: (string | null)[]): Protection[] {
		const out: Protection[] = [];
		const add = (guards: Guard[]) => {
			for (const g of guards) {
				if (g.base !== base) continue;
				for (let n = path.length; n >= 1; n--) {
					const prefix = path.slice(0, n);
					if (prefix.some((k) => k === null)) continue;
					if (g.paths.some((p) => p.length === n && p.every((k, i) => k === prefix[i])))
						out.push({ by: 'guard', segment: n - 1, from: g.from, to: g.to });
				}
			}
		};
		let child = node;
		let parent = node.parent;
		for (let i = 0; parent && i < maxAncestors; i++, child = parent, parent = parent.parent) {
			switch (parent.name) {
				case 'IfStatement':
					if (child.name === 'Body') add(this.ifGuards(parent, child));
					break;
				case 'WhileStatement': {
					const test = expressionChild(parent, 0);
					if (child.name === 'Body' && test) add(this.guards(test, true));
					break;
				}
				case 'ConditionalExpression': {
					const [then, test, otherwise] = [0, 1, 2].map((k) => expressionChild(parent!, k));
					if (test && child.from === then?.from) add(this.guards(test, true));
					if (test && child.from === otherwise?.from) add(this.guards(test, false));
					break;
				}
				case 'BinaryExpression': {
					const left = expressionChild(parent, 0);
					const right = expressionChild(parent, 1);
					if (!left || !right || child.from !== right.from) break;
					if (parent.getChild('and')) add(this.guards(left, true));
					if (parent.getChild('or')) add(this.guards(left, false));
					break;
				}
				case 'TryStatement': {
					const body = parent.getChild('Body');
					if (child.name === 'Body' && body && child.from === body.from) {
						const tryKeyword = parent.firstChild!;
						out.push({
							by: 'try',
							segment: -1,
							catches: handlerTypes(this.resolver, parent),
							from: tryKeyword.from,
							to: tryKeyword.to
						});
					}
					break;
				}
				case 'Body':
				case 'Script':
					for (const e of this.exitGuards(parent)) if (e.at <= child.from) add(e.guards);
					break;
				default:
					if (parent.name.endsWith('ComprehensionExpression'))
						add(this.comprehensionGuards(parent, child));
			}
		}
		return out;
	}

	private ifGuards(statement: SyntaxNode, body: SyntaxNode): Guard[] {
		const out: Guard[] = [];
		const parts = childrenOf(statement);
		let test: SyntaxNode | null = null;
		const previous: SyntaxNode[] = [];
		for (const p of parts) {
			if (p.name === 'Body') {
				if (p.from === body.from) {
					if (test) out.push(...this.guards(test, true));
					for (const t of previous) out.push(...this.guards(t, false));
					return out;
				}
				if (test) previous.push(test);
				test = null;
			} else if (!isToken(p) && p.name !== 'elif' && p.name !== 'else') test = p;
		}
		return out;
	}

	private comprehensionGuards(comprehension: SyntaxNode, child: SyntaxNode): Guard[] {
		const parts = childrenOf(comprehension);
		const firstFor = parts.find((p) => p.name === 'for');
		// Only the element (before the first `for`) runs under the `if` conditions.
		if (!firstFor || child.from >= firstFor.from) return [];
		const out: Guard[] = [];
		parts.forEach((p, i) => {
			const next = parts[i + 1];
			if (p.name === 'if' && next) out.push(...this.guards(next, true));
		});
		return out;
	}

	/** The guards an `if <test>: <exit>` statement leaves for the statements after it. */
	private exitGuards(block: SyntaxNode): { at: number; guards: Guard[] }[] {
		const key = nodeKey(block);
		const cached = this.exits.get(key);
		if (cached) return cached;
		const out: { at: number; guards: Guard[] }[] = [];
		for (const s of childrenOf(block)) {
			if (s.name !== 'IfStatement' || s.getChild('elif') || s.getChild('else')) continue;
			const test = expressionChild(s, 0);
			const body = s.getChild('Body');
			if (test && body && alwaysLeaves(this.resolver, body))
				out.push({ at: s.to, guards: this.guards(test, false) });
		}
		this.exits.set(key, out);
		return out;
	}

	/** Returns what a test proves when it is `positive` (true) or not (false). */
	private guards(test: SyntaxNode, positive: boolean, depth = 0): Guard[] {
		if (depth > 50) return [];
		const t = unparenthesize(test);
		if (t.name === 'UnaryExpression' && t.getChild('not')) {
			const operand = expressionChild(t, 0);
			return operand ? this.guards(operand, !positive, depth + 1) : [];
		}
		if (t.name === 'NamedExpression') {
			const value = expressionChild(t, 1);
			return value ? this.guards(value, positive, depth + 1) : [];
		}
		if (t.name === 'BinaryExpression') {
			const left = expressionChild(t, 0);
			const right = expressionChild(t, 1);
			if (!left || !right) return [];
			const both = () => [
				...this.guards(left, positive, depth + 1),
				...this.guards(right, positive, depth + 1)
			];
			if (t.getChild('and')) return positive ? both() : [];
			if (t.getChild('or')) return positive ? [] : both();
			if (t.getChild('in')) {
				const negated = !!t.getChild('not');
				return negated === !positive ? this.present(t) : [];
			}
			// `x.get("k") is not None` / `x.get("k") != None` / `… is None`.
			const isNone = nodeText(this.resolver.module, right) === 'None';
			const op = t.getChild('CompareOp');
			const notEqual = (op && nodeText(this.resolver.module, op) === '!=') || !!t.getChild('not');
			const equal =
				(op && nodeText(this.resolver.module, op) === '==') ||
				(t.getChild('is') && !t.getChild('not'));
			if (isNone && notEqual) return positive ? this.present(left) : [];
			if (isNone && equal) return positive ? [] : this.present(left);
			return [];
		}
		if (t.name === 'VariableName') return this.collectedMissing(t, positive);
		if (t.name === 'CallExpression') {
			const quantified = this.quantified(t, positive, depth);
			if (quantified) return quantified;
		}
		return positive ? this.present(t) : [];
	}

	/**
	 * `missing = [k for k in KEYS if k not in st.secrets]` then `if missing: st.stop()`:
	 * when the list is empty, every key it filtered for is present.
	 */
	private collectedMissing(name: SyntaxNode, positive: boolean): Guard[] {
		if (positive) return [];
		const text = nodeText(this.resolver.module, name);
		const value = this.resolver.boundExpression(text, name.from);
		if (!value || !value.name.endsWith('ComprehensionExpression')) return [];
		const parts = childrenOf(value);
		return parts.flatMap((p, i) =>
			p.name === 'if' && parts[i + 1] ? this.guards(parts[i + 1], false) : []
		);
	}

	/** `all(k in st.secrets for k in KEYS)` when true, `any(k not in st.secrets for k in KEYS)` when false. */
	private quantified(call: SyntaxNode, positive: boolean, depth: number): Guard[] | null {
		const callee = call.firstChild;
		const args = call.getChild('ArgList');
		if (callee?.name !== 'VariableName' || !args?.getChild('for') || args.getChild('if'))
			return null;
		const name = nodeText(this.resolver.module, callee);
		if ((name !== 'all' && name !== 'any') || !this.resolver.isUnbound(name, callee.from))
			return null;
		const element = expressionChild(args, 0);
		if (!element) return [];
		if (name === 'all') return positive ? this.guards(element, true, depth + 1) : [];
		return positive ? [] : this.guards(element, false, depth + 1);
	}

	/** The paths an `in` test, `hasattr` or `.get(…)` value proves present when truthy. */
	private present(node: SyntaxNode): Guard[] {
		const m = this.resolver.evaluate(node);
		const at = { from: node.from, to: node.to };
		if (m.t === 'read' && m.read.t === 'test')
			return [{ base: 'secrets', paths: segmentPaths([...m.read.of.segs, m.read.key]), ...at }];
		if (m.t === 'read' && m.read.t === 'environ')
			return [{ base: 'environ', paths: segmentPaths([m.read.key]), ...at }];
		if (m.t === 'secrets' && m.segs.length && /^get/.test(m.segs[m.segs.length - 1].form))
			return [{ base: 'secrets', paths: segmentPaths(m.segs), ...at }];
		return [];
	}
}
