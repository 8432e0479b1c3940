/** Character codes the plain reader looks at. */
export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const QUOTE = 34;
export const HASH = 35;
export const APOSTROPHE = 39;
export const COMMA = 44;
export const MINUS = 45;
export const DOT = 46;
export const ZERO = 48;
export const NINE = 57;
export const EQUALS = 61;
export const OPEN_BRACKET = 91;
export const BACKSLASH = 92;
export const CLOSE_BRACKET = 93;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;

/** Thrown inside the plain reader when the text leaves the plain subset; never escapes it. */
export class NotPlain {}
export const notPlain = new NotPlain();

/** The kind of a scalar, for the same-type rule of `toml` 0.10.2 arrays. */
export type Kind = 'str' | 'int' | 'float' | 'bool' | 'date';

/**
 * A position in a text being read as plain TOML, and the steps every part of the
 * reader shares. Every method either consumes what it expects or throws {@link notPlain}.
 */
export class Cursor {
	protected readonly text: string;
	protected i = 0;
	/** Kind of the scalar read last. */
	protected kind: Kind = 'str';

	constructor(text: string) {
		this.text = text;
	}

	/** Skips spaces and tabs. */
	protected blanks(): void {
		const text = this.text;
		let c = text.charCodeAt(this.i);
		while (c === SPACE || c === TAB) c = text.charCodeAt(++this.i);
	}

	/** Checks that a value ends here: a blank, a comment, a separator or the line's end. */
	protected ends(): void {
		const c = this.text.charCodeAt(this.i);
		if (
			c === c &&
			c !== SPACE &&
			c !== TAB &&
			c !== LF &&
			c !== CR &&
			c !== HASH &&
			c !== COMMA &&
			c !== CLOSE_BRACKET &&
			c !== CLOSE_BRACE
		)
			throw notPlain;
	}

	/** Checks the surrogate at `i` opens a pair and steps onto its second half. */
	protected surrogatePair(): void {
		const text = this.text;
		const c = text.charCodeAt(this.i);
		const d = text.charCodeAt(this.i + 1);
		if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) throw notPlain;
		this.i++;
	}

	/** Rejects a character that may not appear in a plain string. */
	protected stringChar(c: number, nested: boolean): void {
		if (c !== c || c === LF || c === CR || (c < SPACE && c !== TAB) || c === 127) throw notPlain;
		if (c >= 0xd800 && c <= 0xdfff) this.surrogatePair();
		else if (
			nested &&
			(c === COMMA ||
				c === EQUALS ||
				c === OPEN_BRACKET ||
				c === CLOSE_BRACKET ||
				c === OPEN_BRACE ||
				c === CLOSE_BRACE ||
				c === HASH)
		)
			throw notPlain;
	}

	/** Reads digits; returns how many. */
	protected digits(): number {
		const text = this.text;
		const start = this.i;
		let c = text.charCodeAt(this.i);
		while (c >= ZERO && c <= NINE) c = text.charCodeAt(++this.i);
		return this.i - start;
	}
}
