/**
 * A parser for the Python statements an app uses on `st.secrets` and
 * `os.environ`: names, attribute and item access, calls, literals, `in`,
 * `not`, comparisons and one assignment. Returns a tree or a located error.
 */

/** A node of a parsed expression. */
export type Expr =
	| { kind: 'name'; name: string }
	| { kind: 'const'; value: string | bigint | number | boolean | null; float?: boolean }
	| { kind: 'attr'; target: Expr; name: string }
	| { kind: 'item'; target: Expr; index: Expr }
	| { kind: 'call'; callee: Expr; args: Expr[]; kwargs: [string, Expr][] }
	| { kind: 'list'; items: Expr[]; tuple?: boolean }
	| { kind: 'dict'; entries: [Expr, Expr][] }
	| { kind: 'not'; operand: Expr }
	| { kind: 'neg'; operand: Expr }
	| { kind: 'compare'; op: CompareOp; left: Expr; right: Expr }
	| { kind: 'bool'; op: 'and' | 'or'; left: Expr; right: Expr };

/** Comparison operators supported. */
export type CompareOp = 'in' | 'not in' | '==' | '!=' | 'is' | 'is not';

/** A parsed statement: an expression, or an assignment to an attribute or item. */
export type Statement =
	{ kind: 'expr'; expr: Expr } | { kind: 'assign'; target: Expr; value: Expr };

/** The outcome of {@link parseStatement}. */
export type ParsedStatement = { ok: true; statement: Statement } | { ok: false; error: string };

interface Token {
	type: 'name' | 'string' | 'number' | 'op' | 'end';
	text: string;
	value?: string;
	pos: number;
}

const opPattern = /^(==|!=|\*\*|[()[\]{}.,:=\-+*<>])/;
const escapes: Record<string, string> = {
	n: '\n',
	t: '\t',
	r: '\r',
	'0': '\0',
	'\\': '\\',
	"'": "'",
	'"': '"',
	a: '\x07',
	b: '\b',
	f: '\f',
	v: '\v',
	'\n': ''
};

function unescapePython(body: string, raw: boolean): string {
	if (raw) return body;
	return body.replace(
		/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g,
		(all, e: string) => {
			if (e.length > 1 && 'xuU'.includes(e[0]))
				return String.fromCodePoint(parseInt(e.slice(1), 16));
			if (/^[0-7]+$/.test(e)) return String.fromCodePoint(parseInt(e, 8));
			return e in escapes ? escapes[e] : all;
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
		const str = /^([rRuUbBfF]{0,2})('''|"""|'|")/.exec(rest);
		if (str && (str[1] === '' || /^[rRuUbB]+$/.test(str[1]))) {
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
			tokens.push({
				type: 'string',
				text: rest.slice(0, j + quote.length),
				value: unescapePython(body, raw),
				pos: i
			});
			i += j + quote.length;
			continue;
		}
		const num =
			/^(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(\d[\d_]*)?\.?\d[\d_]*([eE][+-]?\d+)?)/.exec(
				rest
			);
		if (num && num[0]) {
			tokens.push({ type: 'number', text: num[0], pos: i });
			i += num[0].length;
			continue;
		}
		const name = /^[\p{L}_][\p{L}\p{N}_]*/u.exec(rest);
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

class Parser {
	private i = 0;
	private readonly tokens: Token[];
	constructor(tokens: Token[]) {
		this.tokens = tokens;
	}
	private peek(): Token {
		return this.tokens[this.i];
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

	statement(): Statement {
		const first = this.expr();
		if (this.isOp('=')) {
			this.next();
			const value = this.expr();
			if (first.kind !== 'attr' && first.kind !== 'item' && first.kind !== 'name')
				throw new SyntaxError('cannot assign to expression');
			this.end();
			return { kind: 'assign', target: first, value };
		}
		this.end();
		return { kind: 'expr', expr: first };
	}
	private end(): void {
		const t = this.peek();
		if (t.type !== 'end') throw new SyntaxError(`unexpected '${t.text}' at ${t.pos}`);
	}
	expr(): Expr {
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
	private comparison(): Expr {
		let left = this.unary();
		for (;;) {
			let op: CompareOp | null = null;
			if (this.isName('in')) op = 'in';
			else if (this.isOp('==')) op = '==';
			else if (this.isOp('!=')) op = '!=';
			else if (this.isName('not') && this.tokens[this.i + 1]?.text === 'in') op = 'not in';
			else if (this.isName('is')) op = this.tokens[this.i + 1]?.text === 'not' ? 'is not' : 'is';
			if (!op) return left;
			this.i += op.includes(' ') ? 2 : 1;
			left = { kind: 'compare', op, left, right: this.unary() };
		}
	}
	private unary(): Expr {
		if (this.isOp('-')) {
			this.next();
			return { kind: 'neg', operand: this.unary() };
		}
		if (this.isOp('+')) {
			this.next();
			return this.unary();
		}
		return this.postfix();
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
				const index = this.expr();
				this.expect(']');
				e = { kind: 'item', target: e, index };
			} else if (this.isOp('(')) {
				this.next();
				const args: Expr[] = [];
				const kwargs: [string, Expr][] = [];
				while (!this.isOp(')')) {
					const t = this.peek();
					if (t.type === 'name' && this.tokens[this.i + 1]?.text === '=') {
						this.i += 2;
						kwargs.push([t.text, this.expr()]);
					} else args.push(this.expr());
					if (!this.isOp(',')) break;
					this.next();
				}
				this.expect(')');
				e = { kind: 'call', callee: e, args, kwargs };
			} else return e;
		}
	}
	private atom(): Expr {
		const t = this.next();
		if (t.type === 'string') {
			let value = t.value!;
			while (this.peek().type === 'string') value += this.next().value!;
			return { kind: 'const', value };
		}
		if (t.type === 'number') return numberConst(t.text);
		if (t.type === 'name') {
			if (t.text === 'True') return { kind: 'const', value: true };
			if (t.text === 'False') return { kind: 'const', value: false };
			if (t.text === 'None') return { kind: 'const', value: null };
			return { kind: 'name', name: t.text };
		}
		if (t.text === '(') {
			if (this.isOp(')')) {
				this.next();
				return { kind: 'list', items: [], tuple: true };
			}
			const first = this.expr();
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
				if (!this.isOp(',')) break;
				this.next();
			}
			this.expect(']');
			return { kind: 'list', items };
		}
		if (t.text === '{') {
			const entries: [Expr, Expr][] = [];
			while (!this.isOp('}')) {
				const k = this.expr();
				this.expect(':');
				entries.push([k, this.expr()]);
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

function numberConst(text: string): Expr {
	const clean = text.replace(/_/g, '');
	if (/^0[xXoObB]/.test(clean)) return { kind: 'const', value: BigInt(clean.toLowerCase()) };
	if (/[.eE]/.test(clean)) return { kind: 'const', value: Number(clean), float: true };
	return { kind: 'const', value: BigInt(clean) };
}

/** Parses one statement; never throws. */
export function parseStatement(source: string): ParsedStatement {
	try {
		return { ok: true, statement: new Parser(tokenize(source.trim())).statement() };
	} catch (e) {
		if (e instanceof SyntaxError || e instanceof RangeError) return { ok: false, error: e.message };
		throw e;
	}
}
