import { code } from '../diagnostics/catalogue.ts';

/** A JSON value with where it is written (UTF-16 offsets into the text). */
export type JsonNode = { from: number; to: number } & (
	| { kind: 'object'; entries: JsonEntry[] }
	| { kind: 'array'; items: JsonNode[] }
	| { kind: 'string'; value: string }
	| { kind: 'number'; text: string }
	| { kind: 'boolean'; value: boolean }
	| { kind: 'null' }
);

/** One member of a JSON object. */
export interface JsonEntry {
	/** The decoded key. */
	key: string;
	/** Where the key is written, quotes included. */
	keyFrom: number;
	/** End of the key (exclusive). */
	keyTo: number;
	/** The value. */
	value: JsonNode;
}

/** Why a text is not JSON: what was expected where. */
export interface JsonSyntaxError {
	/** What the grammar needed, e.g. "`,` or `}`". */
	expected: string;
	/** What was there instead, e.g. "`]`" or "the end of the text". */
	found: string;
	/** Start of the offending text. */
	from: number;
	/** End of the offending text (exclusive). */
	to: number;
	/** True when the nesting limit, not the syntax, stopped the reader. */
	tooDeep?: boolean;
}

/** What {@link readJson} returns. */
export type JsonRead = { ok: true; node: JsonNode } | { ok: false; error: JsonSyntaxError };

/** Arrays and objects nested deeper than this are refused. */
export const maxJsonDepth = 400;

class Failure {
	readonly error: JsonSyntaxError;
	constructor(error: JsonSyntaxError) {
		this.error = error;
	}
}

const escapes: Record<string, string> = {
	'"': '"',
	'\\': '\\',
	'/': '/',
	b: '\b',
	f: '\f',
	n: '\n',
	r: '\r',
	t: '\t'
};

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class JsonReader {
	private pos = 0;
	private readonly text: string;
	constructor(text: string) {
		this.text = text;
		if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
	}

	fail(expected: string, at = this.pos): never {
		const token = /^(?:[A-Za-z0-9_.+-]+|[^])/.exec(this.text.slice(at, at + 40))?.[0];
		const found = token === undefined ? 'the end of the text' : code(token);
		throw new Failure({ expected, found, from: at, to: at + (token?.length ?? 0) });
	}

	space(): void {
		for (let c = this.text.charCodeAt(this.pos); c === 32 || c === 9 || c === 10 || c === 13;)
			c = this.text.charCodeAt(++this.pos);
	}

	document(): JsonNode {
		this.space();
		const node = this.value(0);
		this.space();
		if (this.pos < this.text.length) this.fail('the end of the text');
		return node;
	}

	value(depth: number): JsonNode {
		const from = this.pos;
		const c = this.text[from];
		if (c === '{' || c === '[') {
			if (depth >= maxJsonDepth)
				throw new Failure({ expected: '', found: '', from, to: from + 1, tooDeep: true });
			return c === '{' ? this.object(depth) : this.array(depth);
		}
		if (c === '"') return { kind: 'string', value: this.string(), from, to: this.pos };
		const word = /^(?:true|false|null)/.exec(this.text.slice(from, from + 5))?.[0];
		if (word) {
			this.pos += word.length;
			const to = this.pos;
			return word === 'null'
				? { kind: 'null', from, to }
				: { kind: 'boolean', value: word === 'true', from, to };
		}
		numberPattern.lastIndex = from;
		const number = numberPattern.exec(this.text);
		if (!number) this.fail('a value');
		this.pos += number[0].length;
		return { kind: 'number', text: number[0], from, to: this.pos };
	}

	object(depth: number): JsonNode {
		const from = this.pos++;
		const entries: JsonEntry[] = [];
		this.space();
		if (this.text[this.pos] === '}') return { kind: 'object', entries, from, to: ++this.pos };
		for (;;) {
			this.space();
			if (this.text[this.pos] !== '"') this.fail('a key in double quotes');
			const keyFrom = this.pos;
			const key = this.string();
			const keyTo = this.pos;
			this.space();
			if (this.text[this.pos++] !== ':') this.fail('`:`', this.pos - 1);
			this.space();
			entries.push({ key, keyFrom, keyTo, value: this.value(depth + 1) });
			this.space();
			const next = this.text[this.pos++];
			if (next === '}') return { kind: 'object', entries, from, to: this.pos };
			if (next !== ',') this.fail('`,` or `}`', this.pos - 1);
		}
	}

	array(depth: number): JsonNode {
		const from = this.pos++;
		const items: JsonNode[] = [];
		this.space();
		if (this.text[this.pos] === ']') return { kind: 'array', items, from, to: ++this.pos };
		for (;;) {
			this.space();
			items.push(this.value(depth + 1));
			this.space();
			const next = this.text[this.pos++];
			if (next === ']') return { kind: 'array', items, from, to: this.pos };
			if (next !== ',') this.fail('`,` or `]`', this.pos - 1);
		}
	}

	string(): string {
		let out = '';
		for (let i = this.pos + 1; ;) {
			const c = this.text[i];
			if (c === undefined) this.fail('a closing `"`', i);
			if (c === '"') {
				this.pos = i + 1;
				return out;
			}
			if (c < ' ') this.fail('`\\n` instead of a raw control character', i);
			if (c !== '\\') {
				out += c;
				i++;
				continue;
			}
			const e = this.text[i + 1];
			if (e in escapes) {
				out += escapes[e];
				i += 2;
			} else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(i + 2, i + 6))) {
				out += String.fromCharCode(parseInt(this.text.slice(i + 2, i + 6), 16));
				i += 6;
			} else this.fail('a JSON escape (`\\n`, `\\"`, `\\\\`, `\\uXXXX`, …)', i);
		}
	}
}

/**
 * Reads strict JSON (RFC 8259; a leading byte order mark is skipped) into a tree that
 * keeps every value's position, numbers as their text so that integers stay exact.
 * Never throws: a syntax error, or nesting deeper than {@link maxJsonDepth}, comes
 * back as `ok: false` with its place.
 */
export function readJson(text: string): JsonRead {
	try {
		return { ok: true, node: new JsonReader(text).document() };
	} catch (e) {
		if (e instanceof Failure) return { ok: false, error: e.error };
		throw e;
	}
}
