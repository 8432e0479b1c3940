import { unescapeBasic } from './strings';

/** One segment of a key as written, such as `"a b"` in `x."a b".y`. */
export interface KeySegment {
	/** The segment's name with quotes removed and escapes decoded. */
	name: string;
	/** Start of the segment as written, quotes included (UTF-16 offset). */
	from: number;
	/** End of the segment as written (exclusive). */
	to: number;
}

/** A range of the source text in UTF-16 offsets, `to` exclusive. */
export interface Range {
	/** Start offset, inclusive. */
	from: number;
	/** End offset, exclusive. */
	to: number;
}

/**
 * One piece of TOML structure met by {@link scanToml}, in document order:
 * - `header`: a `[table]` or `[[array]]` header, `from`–`to` spanning the brackets;
 * - `key`: the key of a `key = value` pair, at the top level or in an inline table;
 * - `value`: a string (any of the four kinds, quotes included) or a bare scalar (number,
 *   boolean, date, time; a date-time with a space separator is one value);
 * - `open` and `close`: the brackets of an inline array (`[`, `]`) or table (`{`, `}`).
 */
export type ScanEvent =
	| ({ type: 'header'; array: boolean; keys: KeySegment[] } & Range)
	| ({ type: 'key'; keys: KeySegment[] } & Range)
	| ({ type: 'value'; kind: 'string' | 'bare' } & Range)
	| ({ type: 'open' | 'close'; kind: 'array' | 'table' } & Range);

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Returns whether `c` may appear in a bare key: A–Z, a–z, 0–9, `_` and `-`. */
export const isBareKeyChar = (c: number) =>
	isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;

const isValueEnd = (c: number) =>
	c === 0x20 ||
	c === 0x09 ||
	c === 0x0a ||
	c === 0x0d ||
	c === 0x2c ||
	c === 0x5d ||
	c === 0x7d ||
	c === 0x23;

const localDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Returns the end (exclusive) of the string that starts with the quote at `start`. Handles
 * all four kinds; an unterminated single-line string ends at its line break, an unterminated
 * multi-line string at the end of the text.
 */
export function stringEnd(text: string, start: number): number {
	const q = text.charCodeAt(start);
	const basic = q === 0x22;
	const n = text.length;
	if (text.charCodeAt(start + 1) === q && text.charCodeAt(start + 2) === q) {
		for (let j = start + 3; j < n; j++) {
			const c = text.charCodeAt(j);
			if (basic && c === 0x5c) j++;
			else if (c === q && text.charCodeAt(j + 1) === q && text.charCodeAt(j + 2) === q) {
				// Up to two quotes right before the closing delimiter belong to the content.
				let run = 3;
				while (run < 5 && text.charCodeAt(j + run) === q) run++;
				return j + run;
			}
		}
		return n;
	}
	for (let j = start + 1; j < n; j++) {
		const c = text.charCodeAt(j);
		if (c === 0x0a || (c === 0x0d && text.charCodeAt(j + 1) === 0x0a)) return j;
		if (c === q) return j + 1;
		if (basic && c === 0x5c) {
			const next = text.charCodeAt(j + 1);
			if (next !== 0x0a && next !== 0x0d) j++;
		}
	}
	return n;
}

/**
 * Walks the structure of a TOML document in one linear pass, without recursion, and calls
 * `visit` for each {@link ScanEvent}; returning `false` from `visit` stops the scan. Meant for
 * text smol-toml accepted; on invalid text it never throws or loops but its events are a
 * best guess.
 */
export function scanToml(text: string, visit: (event: ScanEvent) => boolean | void): void {
	const n = text.length;
	const stack: ('array' | 'table')[] = [];
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	let stopped = false;
	const emit = (event: ScanEvent) => {
		if (visit(event) === false) stopped = true;
	};

	const skipSpaces = () => {
		while (i < n && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
	};

	const readKey = (): KeySegment[] => {
		const keys: KeySegment[] = [];
		for (;;) {
			skipSpaces();
			const from = i;
			const c = text.charCodeAt(i);
			let name: string;
			if (c === 0x22 || c === 0x27) {
				i = stringEnd(text, from);
				const closed = i - from >= 2 && text.charCodeAt(i - 1) === c;
				const body = text.slice(from + 1, closed ? i - 1 : i);
				name = c === 0x27 ? body : unescapeBasic(body);
			} else if (isBareKeyChar(c)) {
				while (i < n && isBareKeyChar(text.charCodeAt(i))) i++;
				name = text.slice(from, i);
			} else break;
			keys.push({ name, from, to: i });
			skipSpaces();
			if (text.charCodeAt(i) !== 0x2e) break;
			i++;
		}
		return keys;
	};

	const readValue = () => {
		const from = i;
		const c = text.charCodeAt(i);
		if (c === 0x5b || c === 0x7b) {
			const kind = c === 0x5b ? 'array' : 'table';
			stack.push(kind);
			emit({ type: 'open', kind, from, to: ++i });
		} else if (c === 0x22 || c === 0x27) {
			i = stringEnd(text, from);
			emit({ type: 'value', kind: 'string', from, to: i });
		} else {
			for (;;) {
				while (i < n && !isValueEnd(text.charCodeAt(i))) i++;
				// A date-time may use a space instead of `T`: `1979-05-27 07:32:00`.
				const spaced =
					text.charCodeAt(i) === 0x20 &&
					isDigit(text.charCodeAt(i + 1)) &&
					localDate.test(text.slice(from, i));
				if (!spaced) break;
				i++;
			}
			if (i > from) emit({ type: 'value', kind: 'bare', from, to: i });
		}
	};

	while (i < n && !stopped) {
		const top = stack[stack.length - 1];
		const before = i;
		for (; i < n; i++) {
			const c = text.charCodeAt(i);
			if (c === 0x23) {
				while (i < n && text.charCodeAt(i) !== 0x0a) i++;
			} else if (!(c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || (top && c === 0x2c)))
				break;
		}
		if (i >= n) break;
		const c = text.charCodeAt(i);
		if ((top === 'array' && c === 0x5d) || (top === 'table' && c === 0x7d)) {
			stack.pop();
			emit({ type: 'close', kind: top, from: i, to: ++i });
		} else if (top === 'array') {
			readValue();
		} else if (!top && c === 0x5b) {
			const from = i;
			const array = text.charCodeAt(i + 1) === 0x5b;
			i += array ? 2 : 1;
			const keys = readKey();
			skipSpaces();
			if (text.charCodeAt(i) === 0x5d) {
				i++;
				if (array && text.charCodeAt(i) === 0x5d) i++;
			}
			emit({ type: 'header', array, keys, from, to: i });
		} else {
			const keys = readKey();
			if (keys.length > 0) {
				emit({ type: 'key', keys, from: keys[0].from, to: keys[keys.length - 1].to });
				skipSpaces();
				if (text.charCodeAt(i) === 0x3d && !stopped) {
					i++;
					skipSpaces();
					readValue();
				}
			}
		}
		if (i === before) i++;
	}
}
