import { scanToml, type ScanEvent } from '../toml/scan.ts';

/**
 * One part of a TOML text that may hold something private:
 * - `string`: a string value, quotes included;
 * - `bare`: an unquoted value (number, boolean, date, or a word TOML rejects);
 * - `garbage`: a word outside any key or value (a line TOML cannot read);
 * - `comment`: a comment, from `#` to the end of its line.
 */
export interface TomlPiece {
	/** What it is. */
	kind: 'string' | 'bare' | 'garbage' | 'comment';
	/** Start (UTF-16 offset). */
	from: number;
	/** End (exclusive). */
	to: number;
	/** The key a value is stored under (for array items, the array's key); empty otherwise. */
	key: string;
	/** The key path of a value as written (tables and keys, without array indexes). */
	path: string[];
}

interface Container {
	kind: 'array' | 'table';
	key: string;
	path: string[];
}

const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

/**
 * True when `pos` is followed by `=`, after what Streamlit's parser still takes for part of
 * a key: key characters, spaces, form feeds, stray dots and non-ASCII letters (`clé`, `a..b`).
 */
function followedByEquals(text: string, pos: number): boolean {
	while (pos < text.length) {
		const c = text[pos];
		if (/[ \t\f.\w-]/.test(c) || (c > '\x7f' && isWordChar(c))) pos++;
		else break;
	}
	return text[pos] === '=';
}

/** Adds the comments and stray words between the scanned structure to `pieces`. */
function gapPieces(text: string, from: number, to: number, pieces: TomlPiece[]): void {
	for (let i = from; i < to; i++) {
		if (text[i] === '#') {
			let end = i;
			while (end < text.length && text[end] !== '\n') end++;
			if (text[end - 1] === '\r') end--;
			pieces.push({ kind: 'comment', from: i, to: end, key: '', path: [] });
			i = end;
		} else if (isWordChar(text[i])) {
			let end = i + 1;
			while (end < to && text[end] !== '#' && text[end] !== '=' && /\S/.test(text[end])) end++;
			// A bare key TOML 1.1 rejects but Streamlit's parser reads (`über.straße = 1`).
			if (!followedByEquals(text, end))
				pieces.push({ kind: 'garbage', from: i, to: end, key: '', path: [] });
			i = end - 1;
		}
	}
}

/**
 * Returns the values, comments and stray words of a TOML text in document order, each
 * with the key it belongs to, using the structure scan of `../toml/scan.ts`. Keys,
 * headers and punctuation are not pieces. On text TOML rejects the scan guesses, and
 * any word it cannot place as a key followed by `=` becomes a `garbage` piece, so
 * nothing that might be a value is ever taken for structure. Adds every key name met to
 * `keyNames` when given. Never throws.
 */
export function tomlPieces(text: string, keyNames?: Set<string>): TomlPiece[] {
	const pieces: TomlPiece[] = [];
	const stack: Container[] = [];
	let table: string[] = [];
	let key = '';
	let path: string[] = [];
	let covered = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const visit = (e: ScanEvent) => {
		if (e.from > covered) gapPieces(text, covered, e.from, pieces);
		covered = Math.max(covered, e.to);
		const top = stack[stack.length - 1];
		if (e.type === 'header' || e.type === 'key') for (const k of e.keys) keyNames?.add(k.name);
		if (e.type === 'header') {
			table = e.keys.map((k) => k.name);
		} else if (e.type === 'key') {
			if (!followedByEquals(text, e.to)) {
				for (const k of e.keys)
					pieces.push({ kind: 'garbage', from: k.from, to: k.to, key: '', path: [] });
				return;
			}
			const names = e.keys.map((k) => k.name);
			key = names[names.length - 1];
			path = [...(top ? top.path : table), ...names];
		} else if (e.type === 'value') {
			const inArray = top?.kind === 'array';
			pieces.push({
				kind: e.kind,
				from: e.from,
				to: e.to,
				key: inArray ? top.key : key,
				path: inArray ? top.path : path
			});
		} else if (e.type === 'open') {
			const inArray = top?.kind === 'array';
			stack.push({ kind: e.kind, key: inArray ? top.key : key, path: inArray ? top.path : path });
		} else {
			stack.pop();
		}
	};
	scanToml(text, visit);
	if (covered < text.length) gapPieces(text, covered, text.length, pieces);
	return pieces.sort((a, b) => a.from - b.from);
}
