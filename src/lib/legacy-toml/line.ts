import { pyError } from '../python/exceptions.ts';
import { pyFloat } from '../python/numbers.ts';
import { contains, getItem, setItem } from '../python/ops.ts';
import { pyCount, pySplit, pyStrip, sliceInner } from '../python/text.ts';
import { PyDict, PyFloat, type PyValue } from '../python/values.ts';
import { loadDate, timePattern } from './dates.ts';
import { MultilineText } from './multiline.ts';
import { unescape } from './strings.ts';
import { isStringArray, ValueLoader } from './value.ts';

/** A multi-line value that `load_line` started: the key and the text so far. */
export interface PendingMultiline {
	/** The key the value will be stored under, in the loop's current table. */
	key: string;
	/** The value text collected so far. */
	text: MultilineText;
	/** True when the last line ended in an odd number of backslashes. */
	backslash: boolean;
}

/** `_get_split_on_quotes`: splits a line into alternating unquoted and quoted pieces. */
export function splitOnQuotes(line: string): string[] {
	if (!line.includes('"') && !line.includes("'")) return [line];
	const dq = line.split('"');
	const out: string[] = [];
	// `next` walks `dq` where toml slices it, so long runs of quotes stay linear.
	let next = 0;
	if (dq.length > 1 && dq[0].includes("'")) {
		const sq = dq[0].split("'");
		next = 1;
		while (sq.length % 2 === 0 && next < dq.length) {
			const piece = dq[next++];
			// No element of `sq` holds a `'` (it was split on them), so only the new piece can.
			if (piece.includes("'")) {
				const parts = piece.split("'");
				sq[sq.length - 1] += '"' + parts[0];
				for (let k = 1; k < parts.length; k++) sq.push(parts[k]);
			} else sq[sq.length - 1] += '"' + piece;
		}
		for (const part of sq) out.push(part);
	}
	// toml never flips `quoted` back: after the first piece every piece is kept whole.
	let quoted = false;
	for (let i = next; i < dq.length; i++) {
		if (quoted) out.push(dq[i]);
		else {
			for (const part of dq[i].split("'")) out.push(part);
			quoted = true;
		}
	}
	return out;
}

/** `_strictly_valid_num`: false for leading zeros and misplaced underscores. */
export function isStrictlyValidNumber(text: string): boolean {
	let n = pyStrip(text);
	if (!n) return false;
	if (n[0] === '_' || n[n.length - 1] === '_') return false;
	if (n.includes('_.') || n.includes('._')) return false;
	if (n.length === 1) return true;
	if (n[0] === '0' && !['.', 'o', 'b', 'x'].includes(n[1])) return false;
	if (n[0] === '+' || n[0] === '-') {
		n = n.slice(1);
		if (n.length > 1 && n[0] === '0' && n[1] !== '.') return false;
	}
	return !n.includes('__');
}

const numberWithUnderscores = /^[0-9](_[0-9])*/;

/** `toml`'s `load_line` and `load_inline_object`, bound to one value loader. */
export class LineLoader {
	readonly values: ValueLoader;
	constructor(values: ValueLoader) {
		this.values = values;
		values.lines = this;
	}

	/** `load_inline_object(line, currentlevel)`: fills `target` from `{k = v, …}` text. */
	loadInlineObject(line: string, target: PyValue): void {
		const candidates = pySplit(sliceInner(line, 1, 1), ',');
		const groups: string[] = [];
		if (candidates.length === 1 && !pyStrip(candidates[0])) candidates.pop();
		// `next` stands for toml's `pop(0)`, which would make long tables quadratic here.
		for (let next = 0; next < candidates.length; next++) {
			const group = candidates[next];
			const kv = pySplit(group, '=', 1);
			if (kv.length < 2) throw pyError('ValueError', 'Invalid inline table encountered');
			const value = pyStrip(kv[1]);
			if (value.length === 0) throw pyError('IndexError', 'string index out of range');
			const first = value[0];
			const last = value[value.length - 1];
			if (
				(first === last && (first === '"' || first === "'")) ||
				'-0123456789'.includes(first) ||
				value === 'true' ||
				value === 'false' ||
				(first === '[' && last === ']') ||
				(first === '{' && last === '}')
			)
				groups.push(group);
			else if (next + 1 < candidates.length)
				candidates[next + 1] = group + ',' + candidates[next + 1];
			else throw pyError('ValueError', 'Invalid inline table value encountered');
		}
		for (const group of groups) {
			if (this.loadLine(group, target) !== null) break;
		}
	}

	private storeSimple(m: RegExpExecArray, level: PyDict): null {
		const key = m[1];
		if (level.map.has(key)) throw pyError('ValueError', 'Duplicate keys!');
		let value: PyValue;
		if (m[2] !== undefined) value = m[2];
		else if (m[3] !== undefined) value = BigInt(m[3]);
		else if (m[4] !== undefined) value = m[4] === 'true';
		// toml negates floats as `0 - v`, so -0.0 arrives as 0.0.
		else value = new PyFloat(m[5].startsWith('-') ? 0 - Number(m[5].slice(1)) : Number(m[5]));
		level.map.set(key, value);
		return null;
	}

	/**
	 * `load_line(line, currentlevel)`: stores one `key = value` into `level`, or
	 * returns the pending multi-line value it starts. Raises as `toml` does.
	 */
	loadLine(line: string, level: PyValue): PendingMultiline | null {
		const simple = simpleLine.exec(line);
		if (simple && level instanceof PyDict) return this.storeSimple(simple, level);
		let i = 1;
		let quoted = false;
		for (const piece of splitOnQuotes(line)) {
			if (!quoted && piece.includes('=')) break;
			i += pyCount(piece, '=');
			quoted = !quoted;
		}
		let pair = pySplit(line, '=', i);
		let last = pair[pair.length - 1];
		let strictlyValid = isStrictlyValidNumber(last);
		if (numberWithUnderscores.test(last)) {
			last = last.replace(/_/g, '');
			pair[pair.length - 1] = last;
		}
		while (
			last.length &&
			![' ', '\t', "'", '"', '[', '{'].includes(last[0]) &&
			pyStrip(last) !== 'true' &&
			pyStrip(last) !== 'false'
		) {
			if (pyFloat(last) !== null) break;
			if (loadDate(last) !== null) break;
			if (timePattern.test(last)) break;
			i++;
			const prev = last;
			pair = pySplit(line, '=', i);
			last = pair[pair.length - 1];
			if (prev === last) throw pyError('ValueError', 'Invalid date or number');
			if (strictlyValid) strictlyValid = isStrictlyValidNumber(last);
		}
		let key = pyStrip(pair.slice(0, -1).join('='));
		const valueText = pyStrip(last);
		let target = level;
		if (key.includes('.')) {
			let levels: string[];
			if (key.includes('"') || key.includes("'")) {
				levels = [];
				let q = false;
				for (const piece of splitOnQuotes(key)) {
					if (q) levels.push(piece);
					else levels.push(...piece.split('.').map(pyStrip));
					q = !q;
				}
			} else levels = key.split('.');
			while (true) {
				if (levels.length === 0) throw pyError('IndexError', 'list index out of range');
				if (levels[levels.length - 1] !== '') break;
				levels = levels.slice(0, -1);
			}
			for (const name of levels.slice(0, -1)) {
				if (name === '') continue;
				if (!contains(target, name)) setItem(target, name, new PyDict());
				target = getItem(target, name);
			}
			key = pyStrip(levels[levels.length - 1]);
		} else {
			if (key.length === 0) throw pyError('IndexError', 'string index out of range');
			if ((key[0] === '"' || key[0] === "'") && key[key.length - 1] === key[0])
				key = unescape(sliceInner(key, 1, 1));
		}
		const [k, offset] = multilineStart(valueText);
		let pending: PendingMultiline | null = null;
		let value: PyValue = null;
		if (k > -1) {
			let backslash = false;
			for (let j = k; j > -1 && valueText[j + offset] === '\\'; j--) backslash = !backslash;
			pending = {
				key,
				text: new MultilineText(backslash ? valueText.slice(0, -1) : valueText + '\n'),
				backslash
			};
		} else [value] = this.values.loadValue(valueText, strictlyValid);
		// `currentlevel[key]` raising anything but KeyError (a list, a string) counts as a duplicate.
		if (!(target instanceof PyDict) || target.map.has(key))
			throw pyError('ValueError', 'Duplicate keys!');
		// `if multikey:` is false for the empty key, so it stores `value`, which is unbound.
		if (pending && key === '')
			throw pyError(
				'UnboundLocalError',
				"cannot access local variable 'value' where it is not associated with a value"
			);
		if (pending) return pending;
		setItem(target, key, value);
		return null;
	}
}

/**
 * Lines of the most common shapes (`key = "text"`, `key = 123`, `key = true`,
 * `key = 2.5`), for which `load_line` is known to store exactly the obvious
 * value: a bare key, a basic string without quotes or backslashes, a decimal
 * integer without leading zeros or underscores (and short enough for Python's
 * digit limit), a lower-case boolean, or a plain decimal float.
 */
const simpleLine =
	/^([A-Za-z0-9_-]+)[ \t]*=[ \t]*(?:"([^"\\]*)"|(-?(?:[1-9][0-9]{0,17}|0))|(true|false)|(-?(?:[1-9][0-9]{0,17}|0)\.[0-9]{1,17}))$/;

/**
 * `_load_line_multiline_str`: where a value opens a multi-line string that does
 * not close on this line, returns its last index and the offset of the string
 * inside the value; otherwise `[-1, offset]`.
 */
function multilineStart(text: string): [number, number] {
	let p = text;
	let offset = 0;
	if (p.length < 3) return [-1, 0];
	if (p[0] === '[' && pyStrip(p)[pyStrip(p).length - 1] !== ']' && isStringArray(p)) {
		let parts = pySplit(pyStrip(p.slice(1)), ',');
		while (parts.length > 1) {
			const lastPart = parts[parts.length - 1];
			if (lastPart.length === 0) throw pyError('IndexError', 'string index out of range');
			if (lastPart[0] === '"' || lastPart[0] === "'") break;
			parts = [...parts.slice(0, -2), parts[parts.length - 2] + ',' + lastPart];
		}
		const np = parts[parts.length - 1];
		offset = p.length - np.length;
		p = np;
	}
	if (p.length === 0) throw pyError('IndexError', 'string index out of range');
	if (p[0] !== '"' && p[0] !== "'") return [-1, offset];
	if (p.length < 2) throw pyError('IndexError', 'string index out of range');
	if (p[1] !== p[0]) return [-1, offset];
	if (p.length < 3) throw pyError('IndexError', 'string index out of range');
	if (p[2] !== p[0]) return [-1, offset];
	const q = p[0];
	if (p.length > 5 && p[p.length - 1] === q && p[p.length - 2] === q && p[p.length - 3] === q)
		return [-1, offset];
	return [p.length - 1, offset];
}
