import { pythonEscapes } from '../../python/string-escapes.ts';

/**
 * A parser for the Python statements an app runs against `st.secrets` and
 * `os.environ`: expressions (attribute and item access, slices, calls,
 * literals, f-strings, list comprehensions, arithmetic, comparisons, boolean
 * logic), assignments, `del`, `pass`, simple imports and `for` headers, one
 * line at a time (`program.ts` joins the lines of a block).
 */

/** A node of a parsed expression. */
export type Expr =
	| { kind: 'name'; name: string }
	| { kind: 'const'; value: string | bigint | number | boolean | null; float?: boolean }
	| { kind: 'fstring'; parts: (string | { expr: Expr; conversion: string | null; spec: string })[] }
	| { kind: 'attr'; target: Expr; name: string }
	| { kind: 'item'; target: Expr; index: Expr }
	| { kind: 'slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }
	| { kind: 'call'; callee: Expr; args: Expr[]; kwargs: [string, Expr][] }
	| { kind: 'list'; items: Expr[]; tuple?: boolean }
	| { kind: 'dict'; entries: ([Expr, Expr] | { unpack: Expr })[] }
	| { kind: 'comprehension'; element: Expr; target: string[]; iterable: Expr; conditions: Expr[] }
	| { kind: 'not'; operand: Expr }
	| { kind: 'unary'; op: '-' | '+'; operand: Expr }
	| { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr }
	| { kind: 'compare'; left: Expr; ops: CompareOp[]; rights: Expr[] }
	| { kind: 'bool'; op: 'and' | 'or'; left: Expr; right: Expr }
	| { kind: 'ternary'; condition: Expr; then: Expr; otherwise: Expr };

/** Arithmetic operators supported. */
export type BinaryOp = '+' | '-' | '*' | '/' | '//' | '%';

/** Comparison operators supported. */
export type CompareOp = 'in' | 'not in' | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'is' | 'is not';

/** A parsed statement. */
export type Statement =
	| { kind: 'expr'; expr: Expr }
	| { kind: 'assign'; targets: Expr[]; value: Expr }
	| { kind: 'del'; targets: Expr[] }
	| { kind: 'import'; module: string; as: string }
	| { kind: 'from'; module: string; names: [string, string][] }
	| { kind: 'for'; target: Expr; iterable: Expr; body: Statement[] }
	| { kind: 'block'; body: Statement[] }
	| { kind: 'pass' };

interface Token {
	type: 'name' | 'string' | 'fstring' | 'number' | 'op' | 'end';
	text: string;
	value?: string;
	pos: number;
}

const opPattern = /^(==|!=|<=|>=|\*\*|\/\/|[()[\]{}.,:;=\-+*/%<>~])/;

/** Decodes the escapes of a Python string literal body (unless raw). */
function unescapePython(body: string, raw: boolean): string {
	if (raw) return body;
	return body.replace(
		/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g,
		(all, e: string) => {
			if (e.length > 1 && 'xuU'.includes(e[0]))
				return String.fromCodePoint(parseInt(e.slice(1), 16));
			if (/^[0-7]+$/.test(e)) return String.fromCodePoint(parseInt(e, 8));
			return e in pythonEscapes ? pythonEscapes[e] : all;
		}
	);
}

function tokenize(src: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < src.length) {
		const rest = src.slice(i);
		const ws = /^[ \t]+/.exec(rest);
		if (ws) {
			i += ws[0].length;
			continue;
		}
		if (rest[0] === '#') break;
		const str = /^([rRuUbBfF]{0,2})('''|"""|'|")/.exec(rest);
		if (str && /^(|[rR]|[uU]|[bB]|[fF]|[rR][bBfF]|[bBfF][rR])$/.test(str[1])) {
			const quote = str[2];
			let j = str[0].length;
			let body = '';
			for (;;) {
				if (j >= rest.length) throw new SyntaxError(`unterminated string literal at ${i}`);
				if (rest.startsWith(quote, j)) break;
				if (rest[j] === '\\' && j + 1 < rest.length) {
					body += rest.slice(j, j + 2);
					j += 2;
					continue;
				}
				if (rest[j] === '\n' && quote.length === 1)
					throw new SyntaxError(`unterminated string literal at ${i}`);
				body += rest[j++];
			}
			const raw = /[rR]/.test(str[1]);
			const f = /[fF]/.test(str[1]);
			tokens.push({
				type: f ? 'fstring' : 'string',
				text: rest.slice(0, j + quote.length),
				value: f ? body : unescapePython(body, raw),
				pos: i
			});
			i += j + quote.length;
			continue;
		}
		const num =
			/^(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(\d[\d_]*)?\.?\d[\d_]*([eE][+-]?\d+)?|\d[\d_]*\.)/.exec(
				rest
			);
		if (num && num[0]) {
			tokens.push({ type: 'number', text: num[0], pos: i });
			i += num[0].length;
			continue;
		}
		const name = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/u.exec(rest);
		if (name) {
			tokens.push({ type: 'name', text: name[0], pos: i });
			i += name[0].length;
			continue;
		}
		const op = opPattern.exec(rest);
		if (op) {
			tokens.push({ type: 'op', text: op[0], pos: i });
			i += op[0].length;
			continue;
		}
		throw new SyntaxError(`invalid character '${rest[0]}' at ${i}`);
	}
	tokens.push({ type: 'end', text: '', pos: src.length });
	return tokens;
}

const keywords = new Set([
	'and',
	'or',
	'not',
	'in',
	'is',
	'if',
	'else',
	'for',
	'lambda',
	'del',
	'import',
	'from',
	'as',
	'pass'
]);

class Parser {
	private i = 0;
	private readonly tokens: Token[];
	constructor(tokens: Token[]) {
		this.tokens = tokens;
	}
	private peek(offset = 0): Token {
		return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)];
	}
	private next(): Token {
		return this.tokens[this.i++];
	}
	private isOp(text: string): boolean {
		const t = this.peek();
		return t.type === 'op' && t.text === text;
	}
	private isName(text: string): boolean {
		const t = this.peek();
		return t.type === 'name' && t.text === text;
	}
	private expect(text: string): void {
		const t = this.next();
		if (t.text !== text) throw new SyntaxError(`expected '${text}' at ${t.pos}`);
	}
	private name(): string {
		const t = this.next();
		if (t.type !== 'name' || keywords.has(t.text))
			throw new SyntaxError(`expected a name at ${t.pos}`);
		return t.text;
	}
	private dotted(): string {
		let out = this.name();
		while (this.isOp('.')) {
			this.next();
			out += '.' + this.name();
		}
		return out;
	}

	/** A whole line: a `for` header (with its body when on the same line) or simple statements. */
	line(): Statement {
		const s = this.isName('for') ? this.forStatement() : this.simpleStatements();
		const t = this.peek();
		if (t.type !== 'end') throw new SyntaxError(`unexpected '${t.text}' at ${t.pos}`);
		return s;
	}
	private simpleStatements(): Statement {
		const body = [this.simpleStatement()];
		while (this.isOp(';')) {
			this.next();
			if (this.peek().type === 'end') break;
			body.push(this.simpleStatement());
		}
		return body.length === 1 ? body[0] : { kind: 'block', body };
	}
	private forStatement(): Statement {
		this.next();
		const targets = [this.target()];
		while (this.isOp(',')) {
			this.next();
			if (this.isName('in')) break;
			targets.push(this.target());
		}
		if (!this.isName('in')) throw new SyntaxError(`expected 'in' at ${this.peek().pos}`);
		this.next();
		const iterable = this.tupleOrExpr();
		this.expect(':');
		const body = this.peek().type === 'end' ? [] : [this.simpleStatements()];
		const target: Expr =
			targets.length === 1 ? targets[0] : { kind: 'list', items: targets, tuple: true };
		return { kind: 'for', target, iterable, body };
	}
	private target(): Expr {
		const t = this.postfix();
		if (!isTarget(t)) throw new SyntaxError('cannot assign to expression');
		return t;
	}
	private simpleStatement(): Statement {
		let s: Statement;
		if (this.isName('pass')) {
			this.next();
			s = { kind: 'pass' };
		} else if (this.isName('del')) {
			this.next();
			const targets = [this.expr()];
			while (this.isOp(',')) {
				this.next();
				targets.push(this.expr());
			}
			s = { kind: 'del', targets };
		} else if (this.isName('import')) {
			this.next();
			const module = this.dotted();
			let as = module.split('.')[0];
			if (this.isName('as')) {
				this.next();
				as = this.name();
			}
			s = { kind: 'import', module, as };
		} else if (this.isName('from')) {
			this.next();
			const module = this.dotted();
			if (!this.isName('import')) throw new SyntaxError('expected import');
			this.next();
			const names: [string, string][] = [];
			do {
				if (names.length) this.next();
				const n = this.name();
				let as = n;
				if (this.isName('as')) {
					this.next();
					as = this.name();
				}
				names.push([n, as]);
			} while (this.isOp(','));
			s = { kind: 'from', module, names };
		} else {
			const first = this.tupleOrExpr();
			if (this.isOp('=')) {
				const targets = [first];
				let value = first;
				while (this.isOp('=')) {
					this.next();
					value = this.tupleOrExpr();
					targets.push(value);
				}
				targets.pop();
				for (const t of targets)
					if (!isTarget(t)) throw new SyntaxError('cannot assign to expression');
				s = { kind: 'assign', targets, value };
			} else s = { kind: 'expr', expr: first };
		}
		return s;
	}
	private tupleOrExpr(): Expr {
		const first = this.expr();
		if (!this.isOp(',')) return first;
		const items = [first];
		while (this.isOp(',')) {
			this.next();
			if (this.peek().type === 'end' || this.isOp('=') || this.isOp(':') || this.isOp(';')) break;
			items.push(this.expr());
		}
		return { kind: 'list', items, tuple: true };
	}
	expr(): Expr {
		const e = this.orExpr();
		if (!this.isName('if')) return e;
		this.next();
		const condition = this.orExpr();
		if (!this.isName('else')) throw new SyntaxError('expected else');
		this.next();
		return { kind: 'ternary', condition, then: e, otherwise: this.expr() };
	}
	private orExpr(): Expr {
		let left = this.andExpr();
		while (this.isName('or')) {
			this.next();
			left = { kind: 'bool', op: 'or', left, right: this.andExpr() };
		}
		return left;
	}
	private andExpr(): Expr {
		let left = this.notExpr();
		while (this.isName('and')) {
			this.next();
			left = { kind: 'bool', op: 'and', left, right: this.notExpr() };
		}
		return left;
	}
	private notExpr(): Expr {
		if (this.isName('not')) {
			this.next();
			return { kind: 'not', operand: this.notExpr() };
		}
		return this.comparison();
	}
	private compareOp(): CompareOp | null {
		const t = this.peek();
		if (t.type === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(t.text))
			return t.text as CompareOp;
		if (this.isName('in')) return 'in';
		if (this.isName('not') && this.peek(1).text === 'in') return 'not in';
		if (this.isName('is')) return this.peek(1).text === 'not' ? 'is not' : 'is';
		return null;
	}
	private comparison(): Expr {
		const left = this.arith();
		const ops: CompareOp[] = [];
		const rights: Expr[] = [];
		for (let op = this.compareOp(); op; op = this.compareOp()) {
			this.i += op.includes(' ') ? 2 : 1;
			ops.push(op);
			rights.push(this.arith());
		}
		return ops.length ? { kind: 'compare', left, ops, rights } : left;
	}
	private arith(): Expr {
		let left = this.term();
		while (this.isOp('+') || this.isOp('-')) {
			const op = this.next().text as BinaryOp;
			left = { kind: 'binary', op, left, right: this.term() };
		}
		return left;
	}
	private term(): Expr {
		let left = this.unary();
		while (this.isOp('*') || this.isOp('/') || this.isOp('//') || this.isOp('%')) {
			const op = this.next().text as BinaryOp;
			left = { kind: 'binary', op, left, right: this.unary() };
		}
		return left;
	}
	private unary(): Expr {
		if (this.isOp('-') || this.isOp('+')) {
			const op = this.next().text as '-' | '+';
			return { kind: 'unary', op, operand: this.unary() };
		}
		return this.postfix();
	}
	private subscript(): Expr {
		const part = (): Expr | null =>
			this.isOp(':') || this.isOp(']') || this.isOp(',') ? null : this.expr();
		const lower = part();
		if (!this.isOp(':')) {
			if (!this.isOp(',')) return lower!;
			const items = [lower!];
			while (this.isOp(',')) {
				this.next();
				if (this.isOp(']')) break;
				items.push(this.expr());
			}
			return { kind: 'list', items, tuple: true };
		}
		this.next();
		const upper = part();
		let step: Expr | null = null;
		if (this.isOp(':')) {
			this.next();
			step = part();
		}
		return { kind: 'slice', lower, upper, step };
	}
	private postfix(): Expr {
		let e = this.atom();
		for (;;) {
			if (this.isOp('.')) {
				this.next();
				const t = this.next();
				if (t.type !== 'name') throw new SyntaxError(`expected a name at ${t.pos}`);
				e = { kind: 'attr', target: e, name: t.text };
			} else if (this.isOp('[')) {
				this.next();
				const index = this.subscript();
				this.expect(']');
				e = { kind: 'item', target: e, index };
			} else if (this.isOp('(')) {
				this.next();
				const args: Expr[] = [];
				const kwargs: [string, Expr][] = [];
				while (!this.isOp(')')) {
					const t = this.peek();
					if (t.type === 'name' && this.peek(1).text === '=' && this.peek(1).type === 'op') {
						this.i += 2;
						kwargs.push([t.text, this.expr()]);
					} else {
						const arg = this.expr();
						args.push(this.isName('for') ? this.comprehension(arg) : arg);
					}
					if (!this.isOp(',')) break;
					this.next();
				}
				this.expect(')');
				e = { kind: 'call', callee: e, args, kwargs };
			} else return e;
		}
	}
	private comprehension(element: Expr): Expr {
		this.next();
		const target = [this.name()];
		while (this.isOp(',')) {
			this.next();
			target.push(this.name());
		}
		if (!this.isName('in')) throw new SyntaxError('expected in');
		this.next();
		const iterable = this.orExpr();
		const conditions: Expr[] = [];
		while (this.isName('if')) {
			this.next();
			conditions.push(this.orExpr());
		}
		return { kind: 'comprehension', element, target, iterable, conditions };
	}
	private atom(): Expr {
		const t = this.next();
		if (t.type === 'string' || t.type === 'fstring') {
			const parts: (string | { expr: Expr; conversion: string | null; spec: string })[] = [];
			let any = false;
			for (let tok: Token = t; ; tok = this.next()) {
				if (tok.type === 'fstring') {
					any = true;
					parts.push(...parseFString(tok.value!));
				} else parts.push(tok.value!);
				if (this.peek().type !== 'string' && this.peek().type !== 'fstring') break;
			}
			if (!any) return { kind: 'const', value: parts.join('') };
			return { kind: 'fstring', parts };
		}
		if (t.type === 'number') return numberConst(t.text);
		if (t.type === 'name') {
			if (t.text === 'True') return { kind: 'const', value: true };
			if (t.text === 'False') return { kind: 'const', value: false };
			if (t.text === 'None') return { kind: 'const', value: null };
			if (keywords.has(t.text)) throw new SyntaxError(`unexpected '${t.text}' at ${t.pos}`);
			return { kind: 'name', name: t.text };
		}
		if (t.text === '(') {
			if (this.isOp(')')) {
				this.next();
				return { kind: 'list', items: [], tuple: true };
			}
			const first = this.expr();
			if (this.isName('for')) {
				const c = this.comprehension(first);
				this.expect(')');
				return c;
			}
			if (this.isOp(')')) {
				this.next();
				return first;
			}
			const items = [first];
			while (this.isOp(',')) {
				this.next();
				if (this.isOp(')')) break;
				items.push(this.expr());
			}
			this.expect(')');
			return { kind: 'list', items, tuple: true };
		}
		if (t.text === '[') {
			const items: Expr[] = [];
			while (!this.isOp(']')) {
				items.push(this.expr());
				if (items.length === 1 && this.isName('for')) {
					const c = this.comprehension(items[0]);
					this.expect(']');
					return c;
				}
				if (!this.isOp(',')) break;
				this.next();
			}
			this.expect(']');
			return { kind: 'list', items };
		}
		if (t.text === '{') {
			const entries: ([Expr, Expr] | { unpack: Expr })[] = [];
			while (!this.isOp('}')) {
				if (this.isOp('**')) {
					this.next();
					entries.push({ unpack: this.orExpr() });
				} else {
					const k = this.expr();
					this.expect(':');
					entries.push([k, this.expr()]);
				}
				if (!this.isOp(',')) break;
				this.next();
			}
			this.expect('}');
			return { kind: 'dict', entries };
		}
		throw new SyntaxError(
			t.type === 'end' ? 'unexpected end of expression' : `unexpected '${t.text}' at ${t.pos}`
		);
	}
}

/** Splits an f-string body into literal text and replacement fields. */
function parseFString(
	body: string
): (string | { expr: Expr; conversion: string | null; spec: string })[] {
	const parts: (string | { expr: Expr; conversion: string | null; spec: string })[] = [];
	let literal = '';
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if ((c === '{' || c === '}') && body[i + 1] === c) {
			literal += c;
			i++;
			continue;
		}
		if (c === '}') throw new SyntaxError("f-string: single '}' is not allowed");
		if (c !== '{') {
			literal += c;
			continue;
		}
		let depth = 1;
		let j = i + 1;
		let quote = '';
		for (; j < body.length; j++) {
			const d = body[j];
			if (quote) {
				if (d === quote) quote = '';
			} else if (d === '"' || d === "'") quote = d;
			else if (d === '{' || d === '[' || d === '(') depth++;
			else if (d === '}' || d === ']' || d === ')') {
				depth--;
				if (depth === 0) break;
			}
		}
		if (j >= body.length) throw new SyntaxError("f-string: expecting '}'");
		const field = body.slice(i + 1, j);
		const m = /^([\s\S]*?)(?:!([rsa]))?(?::([^:]*))?$/.exec(field)!;
		if (literal) parts.push(unescapePython(literal, false));
		literal = '';
		parts.push({ expr: parseExpression(m[1]), conversion: m[2] ?? null, spec: m[3] ?? '' });
		i = j;
	}
	if (literal) parts.push(unescapePython(literal, false));
	return parts;
}

function numberConst(text: string): Expr {
	const clean = text.replace(/_/g, '');
	if (/^0[xXoObB]/.test(clean)) return { kind: 'const', value: BigInt(clean.toLowerCase()) };
	if (/[.eE]/.test(clean)) return { kind: 'const', value: Number(clean), float: true };
	return { kind: 'const', value: BigInt(clean) };
}

function parseExpression(source: string): Expr {
	const parser = new Parser(tokenize(source.trim()));
	const e = parser.expr();
	return e;
}

/** True for what an assignment or a `for` can bind: names, attributes, items, tuples of them. */
function isTarget(e: Expr): boolean {
	if (e.kind === 'list') return e.items.every(isTarget);
	return e.kind === 'attr' || e.kind === 'item' || e.kind === 'name';
}

/**
 * Parses one line of code: simple statements joined by `;`, or a `for` header
 * whose body follows on the same line (an empty `body` means an indented block
 * is expected on the next lines). Throws `SyntaxError` or `RangeError`.
 */
export function parseLine(source: string): Statement {
	return new Parser(tokenize(source.trim())).line();
}
