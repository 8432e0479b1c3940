import { parseLegacyToml } from '../legacy-toml/index.ts';
import { isoDate, isoDateTime, isoTime, pyRepr, reprFloat } from '../python/repr.ts';
import { PyDate, PyDateTime, PyDict, PyFloat, PyTime, type PyValue } from '../python/values.ts';
import { quoteTomlString } from '../toml/strings.ts';
import { convertNotes } from './notes.ts';

/** The TOML text of a secrets dict, and what could not be written exactly. */
export interface TomlWriteResult {
	/** The TOML document, `\n` line endings, ending with a newline unless empty. */
	text: string;
	/** What Streamlit's parser or a TOML 1.1 parser will read differently (usually none). */
	notes: string[];
}

const bareKey = /^[A-Za-z0-9_-]+$/;
const controlChar = /[\u0000-\u0008\u000a-\u001f\u007f]/;
/** Nesting beyond this is left out: `toml` 0.10.2 itself gives up a little deeper. */
const maxDepth = 400;

/** The homogeneity kinds `toml` 0.10.2 compares (dates and datetimes are one kind). */
function legacyKind(v: PyValue): string {
	if (v instanceof PyDateTime) return 'date';
	if (v instanceof PyFloat) return 'float';
	if (v instanceof PyDict) return 'table';
	if (v instanceof PyDate) return 'date';
	if (v instanceof PyTime) return 'time';
	if (Array.isArray(v)) return 'array';
	return typeof v;
}

/** True when every element of `v` is of one `toml` 0.10.2 kind. */
export function isHomogeneous(v: readonly PyValue[]): boolean {
	return v.every((x) => legacyKind(x) === legacyKind(v[0]));
}

/**
 * Returns the `[header]` text of a table path as `toml` 0.10.2 and TOML both read it, or
 * null when there is none. toml 0.10.2 decodes no escapes in headers, takes backslashes
 * there for escapes all the same, splits headers at every `.` and strips the parts, and
 * loses track of quotes when a `"` stands in one part while another is in double quotes.
 */
function headerName(path: readonly string[]): string | null {
	const anyQuote = path.some((k) => k.includes('"'));
	const parts: string[] = [];
	for (const key of path) {
		if (bareKey.test(key)) parts.push(key);
		else if (key === '' || /[\\\u0000-\u001f\u007f]/.test(key)) return null;
		else if (key.includes('.') && /\s/.test(key)) return null;
		else if (!anyQuote) parts.push(`"${key}"`);
		else if (key.includes("'")) return null;
		else parts.push(`'${key}'`);
	}
	return parts.join('.');
}

function isTableArray(v: PyValue): v is PyDict[] {
	return Array.isArray(v) && v.length > 0 && v.every((x) => x instanceof PyDict);
}

/**
 * Returns `s` as a TOML basic string, escaping quotes, backslashes, control characters
 * and `also`. Once toml 0.10.2 has decoded one `\uXXXX` escape it decodes every later
 * `\u` too, even after an escaped backslash; so in a string that needs `\u` escapes,
 * a backslash before `u` is itself written `\u005c`.
 */
function basicString(s: string, also: RegExp): string {
	const needsUnicode = (ch: string) => {
		const c = ch.charCodeAt(0);
		return (c < 0x20 && ch !== '\n' && ch !== '\t' && ch !== '\r') || c === 0x7f || also.test(ch);
	};
	const guard = [...s].some(needsUnicode);
	let out = '"';
	for (let i = 0; i < s.length; i++) {
		const ch = s[i];
		if (ch === '\\' && guard && s[i + 1] === 'u') out += '\\u005c';
		else if (ch === '"' || ch === '\\') out += '\\' + ch;
		else if (ch === '\n') out += '\\n';
		else if (ch === '\t') out += '\\t';
		else if (ch === '\r') out += '\\r';
		else if (needsUnicode(ch)) out += '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
		else out += ch;
	}
	return out + '"';
}

/** Returns the value as the written TOML holds it: -0.0 as 0.0, None as an empty string. */
function comparable(v: PyValue): PyValue {
	if (v === null) return '';
	if (v instanceof PyFloat && v.value === 0) return new PyFloat(0);
	if (Array.isArray(v)) return v.map(comparable);
	if (!(v instanceof PyDict)) return v;
	const out = new PyDict();
	for (const [k, x] of v.map) out.map.set(k, comparable(x));
	return out;
}

class TomlWriter {
	readonly lines: string[] = [];
	readonly notes = new Set<string>();

	private note(text: string): void {
		this.notes.add(text);
	}

	key(key: string, path: readonly string[]): string {
		if (bareKey.test(key)) return key;
		// toml 0.10.2 does not decode \uXXXX escapes in keys, so control characters cannot be written.
		if (controlChar.test(key)) this.note(convertNotes.tomlKeyControl([...path, key]));
		// Not a literal string: toml 0.10.2 decodes escapes in literal keys (`'a\b'` holds a backspace).
		return JSON.stringify(key);
	}

	string(s: string, path: readonly string[], nested: boolean): string {
		// Inside arrays and inline tables toml 0.10.2 splits on `,` and counts brackets without
		// looking at quotes, and takes `\'` at the end of a literal string for an escape.
		const plain = quoteTomlString(s);
		const quoted =
			nested && /[,[\]{}]|\\$/.test(s)
				? basicString(s, /[,[\]{}]/)
				: plain.startsWith('"') && plain.includes('\\')
					? basicString(s, /(?!)/)
					: plain;
		// It also mistakes a basic string whose text starts with `""` (or is `"`) for a
		// multi-line one and reads it as something else.
		if (quoted.startsWith('"') && s.startsWith('"') && (s.length === 1 || s[1] === '"'))
			this.note(convertNotes.tomlLeadingQuotes(path));
		return quoted;
	}

	value(v: PyValue, path: readonly string[], depth: number, nested = false): string {
		if (typeof v === 'string') return this.string(v, path, nested);
		if (typeof v === 'boolean') return v ? 'true' : 'false';
		if (typeof v === 'bigint') return v.toString();
		if (v === null) {
			this.note(convertNotes.tomlNone(path));
			return '""';
		}
		if (v instanceof PyFloat) {
			if (Number.isNaN(v.value)) return 'nan';
			// toml 0.10.2 drops the sign of -0.0, so both parsers agree only on 0.0.
			return v.value === 0 ? '0.0' : reprFloat(v.value);
		}
		if (v instanceof PyDateTime) return isoDateTime(v, 'T');
		if (v instanceof PyDate) return isoDate(v);
		if (v instanceof PyTime) return isoTime(v);
		if (depth > maxDepth) {
			this.note(convertNotes.tomlTooDeep(path));
			return Array.isArray(v) ? '[]' : '{}';
		}
		if (Array.isArray(v)) {
			if (!isHomogeneous(v)) this.note(convertNotes.tomlMixedArray(path));
			return (
				'[' + v.map((x, i) => this.value(x, [...path, String(i)], depth + 1, true)).join(', ') + ']'
			);
		}
		const parts: string[] = [];
		for (const [k, x] of v.map)
			parts.push(`${this.key(k, path)} = ${this.value(x, [...path, k], depth + 1, true)}`);
		return parts.length ? `{ ${parts.join(', ')} }` : '{}';
	}

	/** Notes the line when Streamlit's parser, run on it alone, reads something else. */
	private verify(line: string, key: string, value: PyValue, path: readonly string[]): void {
		const read = parseLegacyToml(line);
		const ok =
			read.ok &&
			read.value.map.size === 1 &&
			read.value.map.has(key) &&
			pyRepr(read.value.map.get(key)!) === pyRepr(comparable(value));
		if (!ok) this.note(convertNotes.tomlLegacyMisreads([...path, key]));
	}

	/**
	 * Writes the pairs of `dict`, then its tables. `header` is written first unless the
	 * table holds nothing but tables, which their own headers create implicitly.
	 */
	table(path: readonly string[], dict: PyDict, depth: number, header = ''): void {
		const pairs: [string, PyValue][] = [];
		const later: [string, string, PyDict | PyDict[]][] = [];
		for (const [k, v] of dict.map) {
			const tabular = depth < maxDepth && (v instanceof PyDict || isTableArray(v));
			const name = tabular ? headerName([...path, k]) : null;
			if (name !== null) later.push([k, name, v as PyDict | PyDict[]]);
			else {
				if (later.length) this.note(convertNotes.tomlReordered());
				pairs.push([k, v]);
			}
		}
		if (header && (pairs.length || !later.length)) {
			if (this.lines.length) this.lines.push('');
			this.lines.push(header);
		}
		for (const [k, v] of pairs) {
			const line = `${this.key(k, path)} = ${this.value(v, [...path, k], depth + 1)}`;
			if (!bareKey.test(k) || typeof v !== 'string' || line.includes('\\u'))
				this.verify(line, k, v, path);
			this.lines.push(line);
		}
		for (const [k, name, v] of later) {
			const sub = [...path, k];
			if (!Array.isArray(v)) this.table(sub, v, depth + 1, `[${name}]`);
			else
				for (const element of v) {
					if (this.lines.length) this.lines.push('');
					this.lines.push(`[[${name}]]`);
					this.table(sub, element, depth + 1);
				}
		}
	}
}

/**
 * Writes secrets as TOML that TOML 1.1 parsers and Streamlit's `toml` 0.10.2 read back
 * as the same values: tables as `[headers]` (also those that were inline), arrays of
 * tables as `[[headers]]`, strings on one line, floats as Python prints them, dates in
 * RFC 3339. Values before tables in each table, as TOML requires. Anything the two
 * parsers would read differently (an array of mixed types, a key with a control
 * character, `None`) is written as well as it can be and listed in `notes`.
 */
export function writeToml(secrets: PyDict): TomlWriteResult {
	const writer = new TomlWriter();
	writer.table([], secrets, 0);
	const text = writer.lines.length ? writer.lines.join('\n') + '\n' : '';
	return { text, notes: [...writer.notes] };
}

/** Returns the TOML text of {@link writeToml}, without its notes. */
export function toToml(secrets: PyDict): string {
	return writeToml(secrets).text;
}
