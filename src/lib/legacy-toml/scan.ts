import { isAlnum, isSpaceCode } from '../python/text.ts';
import { pyError } from '../python/exceptions.ts';
import { TomlDecodeError } from './errors.ts';

const NL = 10;
const SQ = 39;
const DQ = 34;
const BS = 92;
const HASH = 35;
const LB = 91;
const RB = 93;
const SPACE = 32;
const TAB = 9;
const EQ = 61;
const DOT = 46;

/**
 * The first pass of `toml` 0.10.2's `loads`: a character walk that tracks quotes,
 * brackets and key names, blanks comments, folds newlines inside arrays and
 * multi-line string openings, and raises the errors that pass raises. Returns the
 * rewritten text (as long as the input, but for blanked comments, which shrink
 * to one space per character where the input has surrogate pairs).
 */
export function scanStructure(s: string): string {
	const n = s.length;
	// toml rewrites its character list as it goes. Most rewrites never matter to
	// a later read (a newline folded to a space is not a quote either), so reads go
	// to the text itself, except inside the comment being blanked and at the few
	// places the multi-line string rule rewrites; every rewrite is kept for the output.
	const edits: Edit[] = [];
	const rewritten = new Map<number, number>();
	let commentStart = -1;
	let commentEnd = -1;
	const read = (k: number): number =>
		k >= commentStart && k < commentEnd
			? SPACE
			: rewritten.size === 0
				? s.charCodeAt(k)
				: (rewritten.get(k) ?? s.charCodeAt(k));
	const write = (k: number, code: number) => {
		edits.push({ from: k, to: k + 1, code });
		rewritten.set(k, code);
	};
	// Python indexes a list with wrap-around for negative indices.
	const at = (j: number): number => {
		const k = j < 0 ? j + n : j;
		if (k < 0 || k >= n) throw indexSignal;
		return read(k);
	};
	let openarr = 0;
	let openstring = false;
	let openstrchar = 0;
	let multilinestr = false;
	let arrayoftables = false;
	let beginline = true;
	let keygroup = false;
	let dottedkey = false;
	let keyname = 0;

	for (let i = 0; i < n; i++) {
		let item = read(i);
		let width = 1;
		if (item >= 0xd800 && item <= 0xdbff && i + 1 < n) {
			const lo = read(i + 1);
			if (lo >= 0xdc00 && lo <= 0xdfff) width = 2;
		}
		// Only reachable through `toml.loads` on raw text: file reads fold `\r\n` first.
		if (item === 13 && nextItem(read, i, n) === NL) {
			write(i, SPACE);
			continue;
		}
		const itemText = width === 2 ? s.slice(i, i + 2) : String.fromCharCode(item);
		if (keyname) {
			if (item === NL)
				throw new TomlDecodeError('Key name found without value. Reached end of line.', i);
			let handled = false;
			if (openstring) {
				if (item === openstrchar) {
					let odd = false;
					for (let k = 1; i >= k && read(i - k) === BS; k++) odd = !odd;
					if (!odd) {
						keyname = 2;
						openstring = false;
						openstrchar = 0;
					}
				}
				handled = true;
			} else if (keyname === 1) {
				if (width === 1 && isSpaceCode(item)) {
					keyname = 2;
					handled = true;
				} else if (item === DOT) {
					dottedkey = true;
					handled = true;
				} else if (isAlnum(itemText) || item === 95 || item === 45) {
					handled = true;
				} else if (dottedkey && at(i - 1) === DOT && (item === DQ || item === SQ)) {
					openstring = true;
					openstrchar = item;
					handled = true;
				}
			} else if (keyname === 2) {
				if (width === 1 && isSpaceCode(item)) {
					if (dottedkey) {
						const next = nextItem(read, i, n);
						if (!isSpaceCode(next) && next !== DOT) keyname = 1;
					}
					handled = true;
				} else if (item === DOT) {
					dottedkey = true;
					const next = nextItem(read, i, n);
					if (!isSpaceCode(next) && next !== DOT) keyname = 1;
					handled = true;
				}
			}
			if (handled) {
				i += width - 1;
				continue;
			}
			if (item === EQ) {
				keyname = 0;
				dottedkey = false;
			} else {
				throw new TomlDecodeError(
					`Found invalid character in key name: '${itemText}'. Try quoting the key name.`,
					i
				);
			}
		}
		if (item === SQ && openstrchar !== DQ) {
			let k = 1;
			try {
				while (at(i - k) === SQ) {
					k++;
					if (k === 3) break;
				}
			} catch (e) {
				if (e !== indexSignal) throw e;
			}
			if (k === 3) {
				multilinestr = !multilinestr;
				openstring = multilinestr;
			} else openstring = !openstring;
			openstrchar = openstring ? SQ : 0;
		}
		if (item === DQ && openstrchar !== SQ) {
			let odd = false;
			let k = 1;
			let tripquote = false;
			try {
				while (at(i - k) === DQ) {
					k++;
					if (k === 3) {
						tripquote = true;
						break;
					}
				}
				if (k === 1 || (k === 3 && tripquote)) {
					while (at(i - k) === BS) {
						odd = !odd;
						k++;
					}
				}
			} catch (e) {
				if (e !== indexSignal) throw e;
			}
			if (!odd) {
				if (tripquote) {
					multilinestr = !multilinestr;
					openstring = multilinestr;
				} else openstring = !openstring;
			}
			openstrchar = openstring ? DQ : 0;
		}
		if (item === HASH && !openstring && !keygroup && !arrayoftables) {
			let j = i;
			while (j < n && s.charCodeAt(j) !== NL) j++;
			edits.push({ from: i, to: j, code: SPACE });
			commentStart = i;
			commentEnd = j;
			// Python's loop ends with an IndexError at the end of the text and `break`s.
			if (j >= n) break;
		}
		if (item === LB && !openstring && !keygroup && !arrayoftables) {
			if (beginline) {
				if (n > i + 1 && read(i + 1) === LB) arrayoftables = true;
				else keygroup = true;
			} else openarr++;
		}
		if (item === RB && !openstring) {
			if (keygroup) keygroup = false;
			else if (arrayoftables) {
				if (at(i - 1) === RB) arrayoftables = false;
			} else openarr--;
		}
		if (item === NL) {
			if (openstring || multilinestr) {
				if (!multilinestr) throw new TomlDecodeError('Unbalanced quotes', i);
				const prev = at(i - 1);
				if ((prev === SQ || prev === DQ) && at(i - 2) === prev) {
					write(i, prev);
					if (at(i - 3) === prev) write(i - 3 < 0 ? i - 3 + n : i - 3, SPACE);
				}
			} else if (openarr) edits.push({ from: i, to: i + 1, code: SPACE });
			else beginline = true;
		} else if (beginline && read(i) !== SPACE && read(i) !== TAB) {
			beginline = false;
			if (!keygroup && !arrayoftables) {
				if (read(i) === EQ) throw new TomlDecodeError('Found empty keyname. ', i);
				keyname = 1;
			}
		}
		item = 0;
		i += width - 1;
	}
	if (keyname) throw new TomlDecodeError('Key name found without value. Reached end of file.', n);
	if (openstring) throw new TomlDecodeError('Unterminated string found. Reached end of file.', n);
	return applyEdits(s, edits);
}

/** A rewrite of the range `from`–`to` to copies of one character. */
interface Edit {
	from: number;
	to: number;
	code: number;
}

function applyEdits(s: string, edits: Edit[]): string {
	if (edits.length === 0) return s;
	edits.sort((a, b) => a.from - b.from);
	const parts: string[] = [];
	let pos = 0;
	for (const e of edits) {
		if (e.from < pos) continue;
		// toml blanks a comment one character at a time: a surrogate pair is one space.
		const width = e.to - e.from > 1 ? codePointLength(s, e.from, e.to) : 1;
		parts.push(s.slice(pos, e.from), String.fromCharCode(e.code).repeat(width));
		pos = e.to;
	}
	parts.push(s.slice(pos));
	return parts.join('');
}

const indexSignal = new Error('index');

function codePointLength(s: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const c = s.charCodeAt(i);
		if (!(
			c >= 0xdc00 &&
			c <= 0xdfff &&
			i > from &&
			s.charCodeAt(i - 1) >= 0xd800 &&
			s.charCodeAt(i - 1) <= 0xdbff
		))
			n++;
	}
	return n;
}

function nextItem(read: (k: number) => number, i: number, n: number): number {
	if (i + 1 >= n) throw pyError('IndexError', 'list index out of range');
	return read(i + 1);
}
