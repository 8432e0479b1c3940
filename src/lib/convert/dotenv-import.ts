import { PyDict } from '../python/values.ts';
import { importedToml } from './json-import.ts';
import { convertNotes } from './notes.ts';
import { convertProblem } from './problems.ts';
import type { ImportProblem, ImportResult } from './results.ts';
import { pythonEscapes } from '../python/string-escapes.ts';

/** One statement of a `.env` file as python-dotenv reads it. */
export interface DotenvBinding {
	/** The name, or null for a blank or comment-only stretch and for an unreadable line. */
	key: string | null;
	/** The decoded value, or null when the line has no `=`. */
	value: string | null;
	/** Start of the statement (UTF-16 offset). */
	from: number;
	/** End of the statement (exclusive), its line break included. */
	to: number;
	/** True when python-dotenv could not read the statement and skipped its line. */
	error: boolean;
}

// python-dotenv 1.x `parser.py`, regex for regex; JavaScript's \s is close to Python's.
const multilineWhitespace = /\s*/y;
const whitespace = /[^\S\r\n]*/y;
const exportPrefix = /(?:export[^\S\r\n]+)?/y;
const singleQuotedKey = /'([^']+)'/y;
const unquotedKey = /([^=#\s]+)/y;
const equalSign = /(=[^\S\r\n]*)/y;
const singleQuotedValue = /'((?:\\'|[^'])*)'/y;
const doubleQuotedValue = /"((?:\\"|[^"])*)"/y;
const unquotedValue = /([^\r\n]*)/y;
const comment = /(?:[^\S\r\n]*#[^\r\n]*)?/y;
const endOfLine = /[^\S\r\n]*(?:\r\n|\n|\r|$)/y;
const restOfLine = /[^\r\n]*(?:\r|\n|\r\n)?/y;

class NoMatch {}

class DotenvReader {
	pos = 0;
	readonly text: string;
	constructor(text: string) {
		this.text = text;
	}

	read(pattern: RegExp): string {
		pattern.lastIndex = this.pos;
		const m = pattern.exec(this.text);
		if (!m) throw new NoMatch();
		this.pos += m[0].length;
		return m[1] ?? '';
	}

	key(): string | null {
		const c = this.text[this.pos];
		if (c === '#') return null;
		return this.read(c === "'" ? singleQuotedKey : unquotedKey);
	}

	value(): string {
		const c = this.text[this.pos];
		if (c === "'") return this.read(singleQuotedValue).replace(/\\[\\']/g, (e) => e[1]);
		if (c === '"')
			return this.read(doubleQuotedValue).replace(/\\[\\'"abfnrtv]/g, (e) => pythonEscapes[e[1]]);
		if (c === undefined || c === '\n' || c === '\r') return '';
		return this.read(unquotedValue)
			.replace(/\s+#[^\n]*/, '')
			.trimEnd();
	}

	binding(): DotenvBinding {
		const from = this.pos;
		try {
			this.read(multilineWhitespace);
			if (this.pos >= this.text.length)
				return { key: null, value: null, from, to: this.pos, error: false };
			this.read(exportPrefix);
			const key = this.key();
			this.read(whitespace);
			let value: string | null = null;
			if (this.text[this.pos] === '=') {
				this.read(equalSign);
				value = this.value();
			}
			this.read(comment);
			this.read(endOfLine);
			return { key, value, from, to: this.pos, error: false };
		} catch (e) {
			if (!(e instanceof NoMatch)) throw e;
			this.read(restOfLine);
			return { key: null, value: null, from, to: this.pos, error: true };
		}
	}
}

/**
 * Reads a `.env` file statement by statement exactly as python-dotenv 1.x does:
 * `export` prefixes, `#` comments, single quotes (only `\\` and `\'` decoded), double
 * quotes (also `\n`, `\t`, …) and multi-line quoted values, bare values up to ` #`.
 * Variables (`${VAR}`) are not expanded. Never throws.
 */
export function readDotenv(text: string): DotenvBinding[] {
	const reader = new DotenvReader(text);
	const out: DotenvBinding[] = [];
	while (reader.pos < text.length) out.push(reader.binding());
	return out;
}

/** Returns the range of a binding without its trailing line break and leading blank lines. */
function lineOf(text: string, b: DotenvBinding): { from: number; to: number } {
	const body = text.slice(b.from, b.to);
	const start = b.from + (body.length - body.trimStart().length);
	return { from: start, to: Math.max(start, b.from + body.trimEnd().length) };
}

/**
 * Imports a `.env` file (read as python-dotenv reads it, see {@link readDotenv}) as
 * TOML root keys holding strings. Lines python-dotenv cannot read, names without `=`
 * and repeated names are problems located on their line; `${VAR}` is kept as written.
 */
export function importDotenv(input: string): ImportResult {
	const secrets = new PyDict();
	const problems: ImportProblem[] = [];
	const expanded: string[][] = [];
	for (const b of readDotenv(input)) {
		const { from, to } = lineOf(input, b);
		if (b.error) problems.push(convertProblem('convert/dotenv-invalid-line', {}, input, from, to));
		if (b.key === null) continue;
		if (b.value === null) {
			problems.push(convertProblem('convert/dotenv-no-value', { key: b.key }, input, from, to));
			continue;
		}
		if (secrets.map.has(b.key))
			problems.push(convertProblem('convert/duplicate-key', { key: b.key }, input, from, to));
		secrets.map.set(b.key, b.value);
		if (/\$\{[^}]*\}/.test(b.value)) expanded.push([b.key]);
	}
	const notes = [convertNotes.importStrings()];
	if (expanded.length) notes.push(convertNotes.importNoExpansion(expanded));
	return importedToml(secrets, notes, problems);
}
