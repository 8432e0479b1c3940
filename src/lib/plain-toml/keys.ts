import { APOSTROPHE, BACKSLASH, DOT, EQUALS, QUOTE, SPACE, TAB, notPlain } from './cursor.ts';
import { isBareKeyChar } from '../toml/scan.ts';
import { isPythonBlank, ScalarReader } from './scalars.ts';

/**
 * Reads the keys of plain TOML: bare keys, quoted keys without escapes and dotted keys
 * of those, without blanks around the dots (`toml` 0.10.2 keeps a blank before a dot in
 * the key: `a .b = 1` is `{'a ': {'b': 1}}`).
 */
export class KeyReader extends ScalarReader {
	/** The segments of the key read last: names and where each is written, quotes included. */
	protected readonly names: string[] = [];
	protected readonly froms: number[] = [];
	protected readonly tos: number[] = [];
	/** How many segments the key read last has. */
	protected segments = 0;

	/**
	 * Reads a key (one or more segments) and the `=` after it, with the blanks around;
	 * fills {@link names}, {@link froms}, {@link tos} and {@link segments}.
	 */
	protected keyAndEquals(): void {
		this.key();
		this.blanks();
		if (this.text.charCodeAt(this.i) !== EQUALS) throw notPlain;
		this.i++;
		this.blanks();
	}

	/**
	 * Reads the segments of a key up to the first character after it. In a header
	 * (`inHeader`), blanks around the dots are fine: `toml` 0.10.2 strips them there.
	 */
	protected key(inHeader = false): void {
		const text = this.text;
		let n = 0;
		for (;;) {
			const from = this.i;
			const c = text.charCodeAt(from);
			let name: string;
			if (isBareKeyChar(c)) {
				let k = from + 1;
				while (isBareKeyChar(text.charCodeAt(k))) k++;
				this.i = k;
				name = text.slice(from, k);
			} else if (c === QUOTE || c === APOSTROPHE) name = this.quotedKey(c);
			else throw notPlain;
			this.names[n] = name;
			this.froms[n] = from;
			this.tos[n] = this.i;
			n++;
			if (inHeader) this.blanks();
			if (text.charCodeAt(this.i) !== DOT) break;
			this.i++;
			if (inHeader) this.blanks();
		}
		this.segments = n;
		if (inHeader) return;
		const after = text.charCodeAt(this.i);
		if (n > 1) {
			// A blank before `=` is fine; one before a dot is not (see the class comment).
			if (after !== SPACE && after !== TAB && after !== EQUALS) throw notPlain;
			// `toml` 0.10.2 drops empty segments, strips the last one and, after a `"…"`
			// segment, keeps the quotes of `'…'` ones.
			let quotes = 0;
			for (let k = 0; k < n; k++) {
				const name = this.names[k];
				if (name === '') throw notPlain;
				if (!this.isQuoted(k)) continue;
				if (this.isBlankEnded(name)) throw notPlain;
				quotes |= text.charCodeAt(this.froms[k]) === QUOTE ? 1 : 2;
			}
			if (quotes === 3) throw notPlain;
		} else if (this.isQuoted(0) && this.names[0].includes('.') && this.isBlankEnded(this.names[0]))
			// `toml` 0.10.2 reads a key with a dot as a dotted one, also inside quotes.
			throw notPlain;
	}

	/** True when segment `k` of the key read last is quoted. */
	protected isQuoted(k: number): boolean {
		const c = this.text.charCodeAt(this.froms[k]);
		return c === QUOTE || c === APOSTROPHE;
	}

	/** True when `name` starts or ends with whitespace that Python's `str.strip()` removes. */
	private isBlankEnded(name: string): boolean {
		return (
			name.length > 0 &&
			(isPythonBlank(name.charCodeAt(0)) || isPythonBlank(name.charCodeAt(name.length - 1)))
		);
	}

	/**
	 * `"key"` or `'key'` without a backslash or a quote of either kind inside: `toml` 0.10.2
	 * unescapes literal keys, keeps `\u` in basic ones and splits keys at quotes.
	 */
	private quotedKey(q: number): string {
		const text = this.text;
		const start = ++this.i;
		for (;;) {
			const c = text.charCodeAt(this.i);
			if (c === q) break;
			if (c === QUOTE || c === APOSTROPHE || c === BACKSLASH) throw notPlain;
			this.stringChar(c, false);
			this.i++;
		}
		return text.slice(start, this.i++);
	}
}
