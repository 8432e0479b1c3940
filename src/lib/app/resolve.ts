import type { SyntaxNode } from '@lezer/common';
import { collectBindings, type Binding } from './bindings.ts';
import { callMeaning } from './calls.ts';
import { attribute, fallback, importMeaning } from './module-meanings.ts';
import { formatLiteralPiece, literalParts, stringLiteralValue } from './python-strings.ts';
import {
	concatenate,
	maxValues,
	sameMeaning,
	singleString,
	unknown,
	type Meaning,
	type Segment
} from './symbols.ts';
import {
	childrenOf,
	expressionChild,
	isToken,
	nodeKey,
	nodeText,
	selfAttribute,
	type PythonModule
} from './syntax.ts';

/** What evaluating an attribute/subscript/call chain gives. */
export interface ChainResult {
	/** The meaning of the longest prefix of the chain the reader follows. */
	meaning: Meaning;
	/** The node of that prefix (the chain's top node when all of it was followed). */
	node: SyntaxNode;
	/** How many secret keys the chain itself adds (not counting those of an alias it starts from). */
	steps: number;
}

/** Nesting beyond this depth is not evaluated (the value is unknown). */
const maxDepth = 200;

/**
 * Gives Python expressions of one module a meaning: which are `st`, `os`,
 * `st.secrets` or a table below it, which are constant strings. Names are
 * resolved flow-insensitively: every binding visible in the innermost scope
 * counts, and a name bound to different things is unknown.
 */
export class Resolver {
	/** The module. */
	readonly module: PythonModule;
	/** Operands already folded into an enclosing read (`in`, `hasattr`, `getattr`). */
	readonly consumed = new Set<string>();
	private readonly bindings: Map<string, Binding[]>;
	private readonly cache = new Map<number, Meaning>();
	private readonly active = new Set<number>();
	private depth = 0;

	constructor(module: PythonModule) {
		this.module = module;
		this.bindings = collectBindings(module);
	}

	private visible(name: string, pos: number): Binding[] {
		const visible = (this.bindings.get(name) ?? []).filter(
			(b) => b.scopeFrom <= pos && pos <= b.scopeTo
		);
		if (!visible.length) return [];
		const innermost = visible.reduce((a, b) => (b.scopeFrom > a.scopeFrom ? b : a));
		return visible.filter(
			(b) => b.scopeFrom === innermost.scopeFrom && b.scopeTo === innermost.scopeTo
		);
	}

	/** Returns the expression a name is bound to at `pos` when it has exactly one binding, an assignment. */
	boundExpression(name: string, pos: number): SyntaxNode | null {
		const chosen = this.visible(name, pos);
		return chosen.length === 1 && chosen[0].kind === 'value' ? (chosen[0].node ?? null) : null;
	}

	/** Returns true when a name has no binding at `pos` (a builtin, if it is one). */
	isUnbound(name: string, pos: number): boolean {
		return this.visible(name, pos).length === 0;
	}

	/** Returns what a name means at `pos`. */
	lookup(name: string, pos: number): Meaning {
		const chosen = this.visible(name, pos);
		if (!chosen.length) return fallback(name);
		const meanings = chosen.map((b) => this.bindingMeaning(b));
		if (meanings.every((m) => m.t === 'str')) {
			const values = [...new Set(meanings.flatMap((m) => (m.t === 'str' ? m.values : [])))];
			return values.length <= maxValues ? { t: 'str', values } : unknown;
		}
		const first = meanings[0];
		if (!meanings.every((m) => sameMeaning(m, first))) return unknown;
		if (first.t === 'secrets' && first.segs.length > 0)
			return { ...first, alias: { name, depth: first.segs.length } };
		return first;
	}

	private bindingMeaning(b: Binding): Meaning {
		const cached = this.cache.get(b.id);
		if (cached) return cached;
		if (this.active.has(b.id)) return unknown;
		this.active.add(b.id);
		let m: Meaning = unknown;
		if (b.kind === 'import') m = importMeaning(b.module ?? '', b.attr ?? null);
		else if (b.kind === 'value' && b.node) m = this.evaluate(b.node);
		else if (b.kind === 'iterate' && b.node) {
			const it = this.evaluate(b.node);
			m = it.t === 'strings' ? { t: 'str', values: it.values } : unknown;
		}
		this.active.delete(b.id);
		this.cache.set(b.id, m);
		return m;
	}

	/** Returns what an expression means. Never throws; unknown past {@link maxDepth}. */
	evaluate(node: SyntaxNode): Meaning {
		if (this.depth >= maxDepth) return unknown;
		this.depth++;
		try {
			return this.evaluateNode(node);
		} finally {
			this.depth--;
		}
	}

	private evaluateNode(node: SyntaxNode): Meaning {
		const text = () => nodeText(this.module, node);
		switch (node.name) {
			case 'VariableName':
				return this.lookup(text(), node.from);
			case 'String': {
				const v = stringLiteralValue(text());
				return v === null ? unknown : { t: 'str', values: [v] };
			}
			case 'FormatString':
				return this.formatString(node);
			case 'ContinuedString': {
				let values: string[] | null = [''];
				for (const c of childrenOf(node)) {
					const part = this.evaluate(c);
					values = part.t === 'str' && values ? concatenate(values, part.values) : null;
				}
				return values ? { t: 'str', values } : unknown;
			}
			case 'Number':
				return /^(0|[1-9][\d_]*|0[xob][\da-f_]+)$/i.test(text()) ? { t: 'int' } : unknown;
			case 'ParenthesizedExpression': {
				const inner = expressionChild(node, 0);
				return inner ? this.evaluate(inner) : unknown;
			}
			case 'ArrayExpression':
			case 'TupleExpression':
			case 'SetExpression': {
				const values: string[] = [];
				for (const c of childrenOf(node)) {
					if (isToken(c)) continue;
					const v = singleString(this.evaluate(c));
					if (v === null || values.length >= maxValues) return unknown;
					values.push(v);
				}
				return { t: 'strings', values };
			}
			case 'BinaryExpression':
				return this.binary(node);
			case 'MemberExpression':
			case 'CallExpression': {
				const r = this.chain(node);
				return r.node === node ? r.meaning : unknown;
			}
			default:
				return unknown;
		}
	}

	private binary(node: SyntaxNode): Meaning {
		if (node.getChild('in')) return this.membership(node);
		const op = node.getChild('ArithOp');
		if (!op || nodeText(this.module, op) !== '+') return unknown;
		const left = expressionChild(node, 0);
		const right = expressionChild(node, 1);
		if (!left || !right) return unknown;
		const a = this.evaluate(left);
		const b = this.evaluate(right);
		const values = a.t === 'str' && b.t === 'str' ? concatenate(a.values, b.values) : null;
		return values ? { t: 'str', values } : unknown;
	}

	/** `k in x` / `k not in x` over `st.secrets…` or `os.environ`. */
	private membership(node: SyntaxNode): Meaning {
		const left = expressionChild(node, 0);
		const right = expressionChild(node, 1);
		if (!left || !right) return unknown;
		const container = this.evaluate(right);
		if (container.t !== 'secrets' && container.t !== 'environ') return unknown;
		this.consumed.add(nodeKey(right));
		const k = this.evaluate(left);
		const key: Segment = {
			keys: k.t === 'str' ? k.values : null,
			form: 'in',
			from: node.from,
			to: node.to
		};
		return container.t === 'environ'
			? { t: 'read', read: { t: 'environ', key } }
			: { t: 'read', read: { t: 'test', of: container, key } };
	}

	private formatString(node: SyntaxNode): Meaning {
		const text = nodeText(this.module, node);
		const parts = literalParts(text);
		if (!parts) return unknown;
		const raw = parts.prefix.includes('r');
		const bodyFrom = node.from + (text.length - parts.body.length - parts.quote.length);
		const bodyTo = node.to - parts.quote.length;
		let values: string[] | null = [''];
		let at = bodyFrom;
		const literal = (to: number) => {
			const piece = formatLiteralPiece(this.module.text.slice(at, to), raw);
			values = piece !== null && values ? values.map((v) => v + piece) : null;
		};
		for (const c of childrenOf(node)) {
			if (c.name !== 'FormatReplacement') continue;
			literal(c.from);
			at = c.to;
			const simple = childrenOf(c).every(
				(x) => !['FormatSpec', 'FormatConversion', 'FormatSelfDoc'].includes(x.name)
			);
			const inner = expressionChild(c, 0);
			const v = simple && inner ? this.evaluate(inner) : unknown;
			values = v.t === 'str' && values ? concatenate(values, v.values) : null;
			if (!values) return unknown;
		}
		literal(bodyTo);
		return values ? { t: 'str', values } : unknown;
	}

	/**
	 * Follows an attribute/subscript/call chain from its head, step by step, and
	 * stops at the first step it cannot follow. A method call on a secret's value
	 * (`st.secrets.key.strip()`) ends the chain before the method's name.
	 */
	chain(top: SyntaxNode): ChainResult {
		const nodes: SyntaxNode[] = [];
		let n: SyntaxNode = top;
		while ((n.name === 'MemberExpression' || n.name === 'CallExpression') && n.firstChild) {
			if (nodes.length >= maxDepth) return { meaning: unknown, node: top, steps: 0 };
			nodes.push(n);
			n = n.firstChild;
		}
		nodes.reverse();
		// `self.cfg` where a method stored a secrets table: start from that binding.
		let stored = nodes.length ? selfAttribute(this.module, nodes[0]) : null;
		if (stored && this.visible(stored, top.from).length) n = nodes.shift()!;
		else stored = null;
		const head = stored ? this.lookup(stored, n.from) : this.evaluate(n);
		const headKeys = head.t === 'secrets' ? head.segs.length : 0;
		let good = { meaning: head, node: n };
		let before = good;
		for (const node of nodes) {
			const m = good.meaning;
			let next: Meaning | 'stop' | 'revert';
			if (node.name === 'CallExpression') next = callMeaning(this, m, node, good.node !== n);
			else if (node.getChild('.')) {
				const prop = node.getChild('PropertyName');
				next = prop ? attribute(m, nodeText(this.module, prop), prop) : unknown;
			} else next = this.subscript(m, node);
			if (next === 'revert') {
				good = before;
				break;
			}
			if (next === 'stop') break;
			before = good;
			good = { meaning: next, node };
			if (next.t === 'read' || next.t === 'unknown') break;
		}
		const steps = good.meaning.t === 'secrets' ? good.meaning.segs.length - headKeys : 0;
		return { meaning: good.meaning, node: good.node, steps };
	}

	private subscript(m: Meaning, node: SyntaxNode): Meaning | 'stop' {
		if (m.t !== 'secrets' && m.t !== 'environ') return unknown;
		const open = node.getChild('[');
		const parts = childrenOf(node).filter((c) => c.from >= (open?.to ?? node.to) && !isToken(c));
		const sliced = node.getChildren(':').length > 0;
		if (sliced) return 'stop';
		const index = parts.length === 1 ? this.evaluate(parts[0]) : unknown;
		if (index.t === 'int') return 'stop';
		const key: Segment = {
			keys: index.t === 'str' ? index.values : null,
			form: 'item',
			from: open?.from ?? node.from,
			to: node.to
		};
		if (m.t === 'environ') return { t: 'read', read: { t: 'environ', key } };
		return { t: 'secrets', segs: [...m.segs, key], alias: m.alias };
	}
}
