import { pyError } from '../python/exceptions.ts';
import { pyFloat, pyIntBase0, intLiteralError } from '../python/numbers.ts';
import { reprString } from '../python/repr.ts';
import { isSpaceCode, pySplit, pyStrip, sliceInner } from '../python/text.ts';
import { PyDict, PyFloat, type PyValue } from '../python/values.ts';
import { loadDate, makeTime, timePattern } from './dates.ts';
import { isKnownEscape, loadUnicodeEscapes, unescape } from './strings.ts';

/** The kinds `toml` compares to decide whether an array is homogeneous. */
export type ValueKind =
	'bool' | 'str' | 'array' | 'inline_object' | 'time' | 'date' | 'int' | 'float';

/** Hooks the value loader needs from the line loader (inline tables hold key/value lines). */
export interface LineLoader {
	/** `load_inline_object(line, currentlevel)`. */
	loadInlineObject(line: string, target: PyDict): void;
}

/**
 * Python frames left under the default recursion limit (1000) when `toml.loads` runs,
 * and what each nesting level costs: `load_value` → `load_array` for an array,
 * `load_value` → `load_inline_object` → `load_line` for an inline table. Recorded with
 * CPython 3.11.2 (`limits/deep_*` in the corpus): nested arrays fail from depth 497,
 * inline tables from 332, inline tables in arrays from 199. A deeper caller (Streamlit's
 * script runner) fails a little earlier.
 */
const frameBudget = 994;
const frameCost = { array: 2, inline: 3 };

/** `str()` of the RecursionError toml raises for deep nesting (recorded under CPython 3.11). */
export const nestingRecursionText =
	'maximum recursion depth exceeded while calling a Python object';

/** `toml`'s `load_value` and `load_array`, sharing a nesting counter that stands in for Python's stack. */
export class ValueLoader {
	private depth = 0;
	lines!: LineLoader;

	/** Returns `load_value(v, strictly_valid)`: the Python value and its kind, or raises. */
	loadValue(v: string, strictlyValid = true): [PyValue, ValueKind] {
		if (!v) throw pyError('ValueError', 'Empty value is invalid');
		if (v === 'true') return [true, 'bool'];
		if (v.toLowerCase() === 'true')
			throw pyError('ValueError', 'Only all lowercase booleans allowed');
		if (v === 'false') return [false, 'bool'];
		if (v.toLowerCase() === 'false')
			throw pyError('ValueError', 'Only all lowercase booleans allowed');
		const c = v[0];
		if (c === '"' || c === "'") return [loadString(v), 'str'];
		if (c === '[') return [this.nested(frameCost.array, () => this.loadArray(v)), 'array'];
		if (c === '{') {
			const table = new PyDict(true);
			this.nested(frameCost.inline, () => this.lines.loadInlineObject(v, table));
			return [table, 'inline_object'];
		}
		const tm = timePattern.exec(v);
		if (tm) {
			const us = tm[5] ? Number(tm[5]) : 0;
			return [makeTime(Number(tm[1]), Number(tm[2]), Number(tm[3]), us), 'time'];
		}
		const date = loadDate(v);
		if (date) return [date, 'date'];
		if (!strictlyValid)
			throw pyError('ValueError', 'Weirdness with leading zeroes or underscores in your number.');
		return loadNumber(v);
	}

	private nested<T>(cost: number, f: () => T): T {
		this.depth += cost;
		if (this.depth >= frameBudget) {
			this.depth = 0;
			throw pyError('RecursionError', nestingRecursionText);
		}
		try {
			return f();
		} finally {
			this.depth = Math.max(0, this.depth - cost);
		}
	}

	/** Returns `load_array(a)`: the list, with `toml`'s splitting and homogeneity rules. */
	loadArray(text: string): PyValue[] {
		const a = pyStrip(text);
		const inner = sliceInner(a, 1, 1);
		let parts: string[];
		const bracket = inner.indexOf('[');
		// Only the text before the first `[` matters (toml splits the whole string to get it).
		if (bracket < 0 || pyStrip(inner.slice(0, bracket)) !== '') {
			const strarray = isStringArray(a);
			parts = pyStrip(inner).startsWith('{') ? splitInlineTables(a) : pySplit(inner, ',');
			if (strarray) parts = joinStringPieces(parts);
		} else parts = splitNested(inner);
		const out: PyValue[] = [];
		let kind: ValueKind | null = null;
		for (const raw of parts) {
			const part = pyStrip(raw);
			if (part === '') continue;
			const [value, k] = this.loadValue(part);
			if (kind && k !== kind) throw pyError('ValueError', 'Not a homogeneous array');
			kind = kind ?? k;
			out.push(value);
		}
		return out;
	}
}

/** `_load_array_isstrarray`: the array's first element starts with a quote. */
export function isStringArray(a: string): boolean {
	const inner = pyStrip(sliceInner(a, 1, 1));
	return inner !== '' && (inner[0] === '"' || inner[0] === "'");
}

/**
 * `load_array`'s re-joining of string elements that contain commas: a piece
 * whose stripped text is not a closed string absorbs the next piece. Written
 * as one pass (toml rebuilds the list at every merge), with the same outcome,
 * including the IndexError when the last piece is still open. The last piece is
 * never examined, as in toml.
 */
function joinStringPieces(a: string[]): string[] {
	const out: string[] = [];
	let i = 0;
	while (i < a.length - 1) {
		const piece = new StrippedText(a[i]);
		let next = i + 1;
		while (!piece.isClosedString()) {
			if (next >= a.length) throw pyError('IndexError', 'list index out of range');
			piece.append(',' + a[next++]);
		}
		out.push(piece.text());
		i = next;
	}
	if (i === a.length - 1) out.push(a[i]);
	return out;
}

/** A growing text whose `strip()` can be inspected at both ends without copying it. */
class StrippedText {
	private readonly parts: string[];
	private start: number;
	private length: number;
	constructor(text: string) {
		this.parts = [text];
		this.length = text.length;
		this.start = leadingSpace(text);
	}
	append(more: string): void {
		// The prefix only changes while the text is all whitespace.
		if (this.start === this.length) this.start = this.length + leadingSpace(more);
		this.parts.push(more);
		this.length += more.length;
	}
	text(): string {
		return this.parts.join('');
	}
	/** The character of `strip()` at `i` (negative counts from the end), or undefined. */
	private at(i: number, end: number): string | undefined {
		const index = i < 0 ? end + i : this.start + i;
		if (index < this.start || index >= end) return undefined;
		if (i >= 0) {
			let offset = 0;
			for (const part of this.parts) {
				if (index < offset + part.length) return part[index - offset];
				offset += part.length;
			}
			return undefined;
		}
		let offset = this.length;
		for (let p = this.parts.length - 1; p >= 0; p--) {
			offset -= this.parts[p].length;
			if (index >= offset) return this.parts[p][index - offset];
		}
		return undefined;
	}
	private end(): number {
		let end = this.length;
		for (let p = this.parts.length - 1; p >= 0; p--) {
			const part = this.parts[p];
			let k = part.length;
			while (k > 0 && isSpaceCode(part.charCodeAt(k - 1))) {
				k--;
				end--;
			}
			if (k > 0) break;
		}
		return Math.max(end, this.start);
	}
	/** toml's test: `bounded_string(ab)` and not an unfinished triple-quoted string. */
	isClosedString(): boolean {
		const end = this.end();
		const n = end - this.start;
		if (n === 0) return true;
		const first = this.at(0, end);
		if (this.at(-1, end) !== first) return false;
		let backslash = false;
		for (let k = -2; n + k > 0 && this.at(k, end) === '\\'; k--) backslash = !backslash;
		if (backslash) return false;
		return !(
			n > 2 &&
			first === this.at(1, end) &&
			first === this.at(2, end) &&
			this.at(-2, end) !== first &&
			this.at(-3, end) !== first
		);
	}
}

function leadingSpace(text: string): number {
	let k = 0;
	while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
	return k;
}

function splitInlineTables(a: string): string[] {
	const out: string[] = [];
	const limit = a.length - 1;
	let start = 1;
	let end = 2;
	let open = a[start] === '{' ? 1 : 0;
	let inStr = false;
	while (end < limit) {
		const ch = a[end];
		if (ch === '"' || ch === "'") {
			if (inStr) for (let b = end - 1; b > -1 && a[b] === '\\'; b--) inStr = !inStr;
			inStr = !inStr;
		}
		if (!inStr && ch === '{') open++;
		if (inStr || ch !== '}') {
			end++;
			continue;
		}
		if (open > 1) {
			open--;
			end++;
			continue;
		}
		end++;
		out.push(a.slice(start, end));
		start = end + 1;
		while (start < limit && a[start] !== '{') start++;
		end = start + 1;
	}
	return out;
}

function splitNested(inner: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let j = 0;
	for (let i = 0; i < inner.length; i++) {
		const ch = inner[i];
		if (ch === '[') depth++;
		else if (ch === ']') depth--;
		else if (ch === ',' && !depth) {
			out.push(inner.slice(j, i));
			j = i + 1;
		}
	}
	out.push(inner.slice(j));
	return out;
}

function loadString(text: string): string {
	let v = text;
	const q = v[0];
	let testv = pySplit(v.slice(1), q);
	let triple = false;
	let tripleCount = 0;
	if (testv.length > 1 && testv[0] === '' && testv[1] === '') {
		testv = testv.slice(2);
		triple = true;
	}
	let closed = false;
	for (const tv of testv) {
		if (tv === '') {
			if (triple) tripleCount++;
			else closed = true;
			continue;
		}
		let odd = false;
		for (let i = tv.length - 1; i >= 0 && tv[i] === '\\'; i--) odd = !odd;
		if (odd) continue;
		if (closed) throw pyError('ValueError', 'Found tokens after a closed string. Invalid TOML.');
		if (!triple || tripleCount > 1) closed = true;
		else tripleCount = 0;
	}
	if (q === '"') {
		const seqs = pySplit(v, '\\').slice(1);
		let backslash = false;
		for (const seq of seqs) {
			if (seq === '') {
				backslash = !backslash;
				continue;
			}
			if (!isKnownEscape(seq[0]) && seq[0] !== 'u' && seq[0] !== 'U' && !backslash)
				throw pyError('ValueError', 'Reserved escape sequence used');
			backslash = false;
		}
		if (v.includes('\\u')) v = loadUnicodeEscapes(v, '\\u');
		if (v.includes('\\U')) v = loadUnicodeEscapes(v, '\\U');
		v = unescape(v);
	}
	if (v.length > 1 && v[1] === q && (v.length < 3 || v[1] === v[2])) v = sliceInner(v, 2, 2);
	return sliceInner(v, 1, 1);
}

function loadNumber(text: string): [PyValue, ValueKind] {
	let v = text;
	let neg = false;
	if (v[0] === '-') {
		neg = true;
		v = v.slice(1);
	} else if (v[0] === '+') v = v.slice(1);
	v = v.replace(/_/g, '');
	const lower = v.toLowerCase();
	if (v.includes('.') || (!v.includes('x') && (v.includes('e') || v.includes('E')))) {
		if (v.includes('.') && pySplit(v, '.', 1)[1] === '')
			throw pyError('ValueError', 'This float is missing digits after the point');
		if (!'0123456789'.includes(v[0]))
			throw pyError('ValueError', "This float doesn't have a leading digit");
		return [floatOf(v, neg), 'float'];
	}
	if (lower.length === 3 && (lower === 'inf' || lower === 'nan')) return [floatOf(v, neg), 'float'];
	const n = pyIntBase0(v);
	if (n === null) throw intLiteralError(v, 0);
	return [neg ? -n : n, 'int'];
}

function floatOf(v: string, neg: boolean): PyFloat {
	const f = pyFloat(v);
	if (f === null)
		throw pyError('ValueError', `could not convert string to float: ${reprString(v)}`);
	// `0 - v` turns -0.0 into 0.0, as toml does.
	return new PyFloat(neg ? 0 - f : f);
}
