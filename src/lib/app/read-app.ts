import type { SyntaxNode } from '@lezer/common';
import type { AppRead, Protection, ReadForm } from './read-types.ts';
import { isProtected } from './protection.ts';
import {
	connectionExpression,
	environExpression,
	loginExpression,
	secretsExpression
} from './expression-text.ts';
import { GuardFinder } from './guards.ts';
import { impliedType } from './implied-type.ts';
import { Resolver } from './resolve.ts';
import { maxValues, type SecretsSymbol, type Segment, type TerminalRead } from './symbols.ts';
import {
	assignedName,
	isChainPart,
	isStore,
	nodeKey,
	nodeText,
	parsePython,
	type PythonModule
} from './syntax.ts';

/** Every combination of one key per segment, or one path with nulls where keys are too many. */
function keyCombinations(segs: readonly Segment[]): (string | null)[][] {
	let out: (string | null)[][] = [[]];
	for (const s of segs) {
		const keys = s.keys ?? [null];
		if (out.length * keys.length > maxValues)
			return [segs.map((x) => (x.keys?.length === 1 ? x.keys[0] : null))];
		out = out.flatMap((p) => keys.map((k) => [...p, k]));
	}
	return out;
}

class AppReader {
	readonly module: PythonModule;
	readonly resolver: Resolver;
	readonly guards: GuardFinder;
	readonly reads: AppRead[] = [];
	/** Names bound to a secrets table whose value is used as a whole somewhere. */
	readonly wholeUses = new Set<string>();
	/** Names bound to a secrets table that later reads start from. */
	readonly aliasUses = new Set<string>();

	constructor(code: string) {
		this.module = parsePython(code);
		this.resolver = new Resolver(this.module);
		this.guards = new GuardFinder(this.resolver);
	}

	/** Environment variables the app sets itself, with where. */
	readonly environWrites = new Map<string, { from: number; to: number }>();

	/** Finds `os.environ["K"] = …` and `os.environ.setdefault("K", …)`. */
	private collectEnvironWrites(): void {
		const record = (keys: string[] | null, node: SyntaxNode) => {
			for (const k of keys ?? []) this.environWrites.set(k, { from: node.from, to: node.to });
		};
		this.module.tree.iterate({
			enter: (ref) => {
				const node = ref.node;
				if (ref.name === 'AssignStatement') {
					for (let c = node.firstChild; c; c = c.nextSibling) {
						if (c.name !== 'MemberExpression' || c.nextSibling?.name !== 'AssignOp') continue;
						const m = this.resolver.chain(c).meaning;
						if (m.t === 'read' && m.read.t === 'environ') record(m.read.key.keys, c);
					}
				} else if (ref.name === 'CallExpression') {
					const callee = node.firstChild;
					const prop = callee?.getChild('PropertyName');
					if (!callee?.firstChild || !prop || nodeText(this.module, prop) !== 'setdefault') return;
					if (this.resolver.evaluate(callee.firstChild).t !== 'environ') return;
					const key = node.getChild('ArgList')?.getChild('String');
					const m = key ? this.resolver.evaluate(key) : null;
					if (m?.t === 'str') record(m.values, node);
				}
			}
		});
	}

	run(): AppRead[] {
		this.collectEnvironWrites();
		this.module.tree.iterate({
			enter: (ref) => {
				const name = ref.name;
				if (name !== 'VariableName' && name !== 'MemberExpression' && name !== 'CallExpression') {
					if (name !== 'BinaryExpression') return;
				}
				const node = ref.node;
				if (isChainPart(node) || this.resolver.consumed.has(nodeKey(node))) return;
				if ((name === 'VariableName' || name === 'MemberExpression') && isStore(node)) return;
				if (name === 'BinaryExpression' && !node.getChild('in')) return;
				this.visit(node);
			}
		});
		for (const r of this.reads) {
			if (r.alias) this.aliasUses.add(r.alias.name);
		}
		for (const r of this.reads)
			if (r.binds && this.aliasUses.has(r.binds) && !this.wholeUses.has(r.binds)) r.partial = true;
		return this.reads.sort((a, b) => a.from - b.from || a.to - b.to);
	}

	private visit(node: SyntaxNode): void {
		const chained = node.name === 'MemberExpression' || node.name === 'CallExpression';
		const r = chained
			? this.resolver.chain(node)
			: { meaning: this.resolver.evaluate(node), node, steps: 0 };
		const m = r.meaning;
		if (m.t === 'read') this.terminal(m.read, r.node);
		else if (m.t === 'secrets') {
			const bound = r.node === node ? assignedName(this.module, node) : null;
			if (r.steps > 0) this.secrets(m, m.segs, r.node, 'secret', bound);
			else if (m.segs.length === 0) {
				if (r.node === node && bound === null) this.secrets(m, [], r.node, 'value', null);
			} else if (m.alias && bound === null) this.wholeUses.add(m.alias.name);
		}
	}

	private terminal(read: TerminalRead, node: SyntaxNode): void {
		switch (read.t) {
			case 'whole':
				this.secrets(read.of, read.of.segs, node, read.form, null);
				break;
			case 'test':
				this.secrets(read.of, [...read.of.segs, read.key], node, 'secret', null);
				break;
			case 'environ':
				for (const key of read.key.keys ?? [null]) {
					const protections: Protection[] = [];
					if (read.key.form !== 'item')
						protections.push({
							by: read.key.form === 'in' ? 'in' : 'get',
							segment: 0,
							from: read.key.from,
							to: read.key.to
						});
					protections.push(...this.guards.find(node, 'environ', [key]));
					const written = key === null ? undefined : this.environWrites.get(key);
					if (written) protections.push({ by: 'set', segment: 0, ...written });
					this.push(node, {
						kind: key === null ? 'unknown' : 'environ',
						...(key === null ? { of: 'environ' as const } : {}),
						path: [key],
						forms: [read.key.form],
						form: read.key.form,
						protected: isProtected([key], [read.key.form], protections),
						protections,
						expr: environExpression(read.key, key),
						...(read.key.default !== undefined ? { default: read.key.default } : {})
					});
				}
				break;
			case 'connection':
				for (const name of read.keys ?? [null]) {
					const path = ['connections', name];
					const protections = this.guards.find(node, 'secrets', path);
					this.push(node, {
						kind: name === null ? 'unknown' : 'connection',
						...(name === null ? { of: 'connection' as const } : {}),
						path,
						forms: ['item', 'call'],
						form: 'call',
						protected: isProtected(path, ['item', 'call'], protections),
						protections,
						expr: connectionExpression(read.call, name),
						connection: { ...read.call, name }
					});
				}
				break;
			case 'login':
				for (const provider of read.providers ?? [null]) {
					const path = provider === 'default' ? ['auth'] : ['auth', provider];
					const forms: ReadForm[] = provider === 'default' ? ['call'] : ['item', 'call'];
					const protections = this.guards.find(node, 'secrets', path);
					this.push(node, {
						kind: provider === null ? 'unknown' : 'login',
						...(provider === null ? { of: 'login' as const } : {}),
						path,
						forms,
						form: 'call',
						protected: isProtected(path, forms, protections),
						protections,
						expr: loginExpression(provider),
						provider
					});
				}
		}
	}

	/**
	 * Records the reads of `segs` from `st.secrets` (one per combination of
	 * possible keys). `form` is `secret` for a key read, or how a whole table is read.
	 */
	private secrets(
		of: SecretsSymbol,
		segs: Segment[],
		node: SyntaxNode,
		form: 'secret' | 'value' | 'to_dict' | 'keys' | 'values' | 'items',
		bound: string | null
	): void {
		for (const path of keyCombinations(segs)) {
			const forms = segs.map((s) => s.form);
			const protections: Protection[] = [];
			segs.forEach((s, i) => {
				if (/^(get|get_default|getattr_default|in|hasattr)$/.test(s.form))
					protections.push({
						by: s.form === 'in' || s.form === 'hasattr' ? 'in' : 'get',
						segment: i,
						from: s.from,
						to: s.to
					});
			});
			protections.push(...this.guards.find(node, 'secrets', path));
			const whole = form !== 'secret';
			let expr = secretsExpression(segs, path);
			if (form === 'value') expr = `dict(${expr})`;
			else if (whole) expr = `${expr}.${form}()`;
			const last = segs[segs.length - 1];
			const computed = path.includes(null);
			const read: Omit<AppRead, 'from' | 'to' | 'text'> = {
				kind: computed ? 'unknown' : whole ? 'to_dict' : 'secret',
				...(computed ? { of: 'secret' as const } : {}),
				path,
				forms,
				form: whole ? form : (last?.form ?? 'value'),
				protected: !whole && isProtected(path, forms, protections),
				protections,
				expr
			};
			if (!whole && last?.default !== undefined) read.default = last.default;
			const implies = whole
				? path.length
					? 'table'
					: undefined
				: impliedType(this.resolver, node, path[path.length - 1] ?? null, last?.default);
			if (implies) read.implies = implies;
			if (of.alias) read.alias = of.alias;
			if (bound) read.binds = bound;
			this.push(node, read);
		}
	}

	private push(node: SyntaxNode, read: Omit<AppRead, 'from' | 'to' | 'text'>): void {
		this.reads.push({ ...read, from: node.from, to: node.to, text: nodeText(this.module, node) });
	}
}

/**
 * Returns every read of `st.secrets`, `os.environ`, `st.connection` and
 * `st.login` in Python app code, in text order. The code is parsed with
 * `@lezer/python`; syntax errors only hide what they break. Names are
 * resolved through imports (`import streamlit as x`, `from streamlit import
 * secrets`, `from os import environ, getenv`) and assignments (`s = st.secrets`,
 * `db = st.secrets["db"]`), flow-insensitively within each function or class
 * body; constant strings, literal lists looped over, `+` and f-strings give
 * keys. Anything else computed at run time is a `null` key (kind `unknown`).
 * Imports from the app's own modules are not followed. Never throws.
 */
export function readApp(code: string): AppRead[] {
	return new AppReader(code).run();
}
