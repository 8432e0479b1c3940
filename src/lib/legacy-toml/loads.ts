import { pyError } from '../python/exceptions.ts';
import { contains, getItem, setItem } from '../python/ops.ts';
import { codePointOffset, pyCount, pySplit, pyStrip, sliceInner } from '../python/text.ts';
import { pyRepr } from '../python/repr.ts';
import { PyDict, typeName, type PyValue } from '../python/values.ts';
import { TomlDecodeError } from './errors.ts';
import { LineLoader, splitOnQuotes, type PendingMultiline } from './line.ts';
import { scanStructure } from './scan.ts';
import { ValueLoader } from './value.ts';

const groupName = /^[A-Za-z0-9_-]+$/;

function isPyError(e: unknown, type: string): e is { type: string; text: string } {
	return (
		e instanceof Error &&
		'isA' in e &&
		typeof (e as { isA: unknown }).isA === 'function' &&
		(e as unknown as { isA(t: string): boolean }).isA(type)
	);
}

/**
 * `toml.loads` of `toml` 0.10.2 on text that already had its newlines
 * normalised: returns the top-level dict or throws the Python exception the
 * package raises (`TomlDecodeError` with a UTF-16 offset, or another class).
 */
export function loadsLegacy(source: string): PyDict {
	const rewritten = scanStructure(source);
	try {
		return loadLines(rewritten.split('\n'));
	} catch (e) {
		// Positions of the second pass count characters of the rewritten text.
		if (e instanceof TomlDecodeError) e.char = codePointOffset(rewritten, e.at);
		throw e;
	}
}

function loadLines(lines: string[]): PyDict {
	const values = new ValueLoader();
	const loader = new LineLoader(values);
	const root = new PyDict();
	const implicit: string[] = [];
	let level: PyValue = root;
	let pending: PendingMultiline | null = null;
	let pos = 0;
	const wrap = <T>(f: () => T): T => {
		try {
			return f();
		} catch (e) {
			if (isPyError(e, 'ValueError') && !(e instanceof TomlDecodeError))
				throw new TomlDecodeError(e.text, pos);
			throw e;
		}
	};
	for (let idx = 0; idx < lines.length; idx++) {
		if (idx > 0) pos += lines[idx - 1].length + 1;
		let line = lines[idx];
		if (!pending || pending.backslash || !pending.text.hasNewline) line = pyStrip(line);
		if (line === '' && (!pending || pending.backslash)) continue;
		if (pending) {
			const p: PendingMultiline = pending;
			p.text.append(line);
			p.backslash = false;
			let closed = false;
			if (p.text.first === '[') {
				if (line.length === 0) throw pyError('IndexError', 'string index out of range');
				closed = line[line.length - 1] === ']';
			} else if (line.length > 2) {
				const q = p.text.first;
				const n = line.length;
				closed = line[n - 1] === q && line[n - 2] === q && line[n - 3] === q;
			}
			if (closed) {
				const [value] = wrap(() => values.loadValue(p.text.toString()));
				setItem(level, p.key, value);
				pending = null;
			} else {
				p.backslash = p.text.endsInOddBackslashes();
				if (p.backslash) p.text.dropLast();
				else p.text.append('\n');
			}
			continue;
		}
		if (line[0] === '[') {
			level = openTable(line, root, implicit, pos);
		} else if (line[0] === '{') {
			if (line[line.length - 1] !== '}')
				throw new TomlDecodeError('Line breaks are not allowed in inlineobjects', pos);
			const target = level;
			wrap(() => loader.loadInlineObject(line, target));
		} else if (line.includes('=')) {
			const target = level;
			const started = wrap(() => loader.loadLine(line, target));
			if (started) pending = started;
		}
	}
	return root;
}

function headerGroups(text: string, pos: number): { groups: string[]; array: boolean } {
	if (text.length === 1)
		throw new TomlDecodeError('Opening key group bracket on line by itself.', pos);
	const array = text[1] === '[';
	const splitstr = array ? ']]' : ']';
	const line = text.slice(array ? 2 : 1);
	let i = 1;
	let quoted = false;
	for (const piece of splitOnQuotes(line)) {
		if (!quoted && piece.includes(splitstr)) break;
		i += pyCount(piece, splitstr);
		quoted = !quoted;
	}
	const parts = pySplit(line, splitstr, i);
	if (parts.length < i + 1 || pyStrip(parts[parts.length - 1]) !== '')
		throw new TomlDecodeError('Key group not on a line by itself.', pos);
	const pieces = parts.slice(0, -1).join(splitstr).split('.');
	// toml splices `groups` in place; building a new list keeps long headers linear.
	const groups: string[] = [];
	for (let g = 0; g < pieces.length;) {
		const name = pyStrip(pieces[g]);
		if (name.length > 0 && (name[0] === '"' || name[0] === "'")) {
			// toml re-joins pieces until the quote closes; only the last non-space character matters.
			let raw = name;
			let last = name[name.length - 1];
			let taken = 1;
			const mutatedLength = groups.length + (pieces.length - g);
			while (name[0] !== last || (taken === 1 && name.length === 1)) {
				taken++;
				if (groups.length + taken > mutatedLength + 2)
					throw new TomlDecodeError(
						`Invalid group name '${pyStrip(raw)}' Something went wrong.`,
						pos
					);
				if (g + taken - 1 < pieces.length) {
					raw += '.' + pieces[g + taken - 1];
					const tail = pyStrip('.' + pieces[g + taken - 1]);
					last = tail[tail.length - 1];
				}
			}
			groups.push(sliceInner(pyStrip(raw), 1, 1));
			g += taken;
		} else {
			if (!groupName.test(name))
				throw new TomlDecodeError(`Invalid group name '${name}'. Try quoting it.`, pos);
			groups.push(name);
			g++;
		}
	}
	return { groups, array };
}

function openTable(text: string, root: PyDict, implicit: string[], pos: number): PyValue {
	const { groups, array } = headerGroups(text, pos);
	let level: PyValue = root;
	for (let i = 0; i < groups.length; i++) {
		const group = groups[i];
		const isLast = i === groups.length - 1;
		if (group === '') throw new TomlDecodeError("Can't have a keygroup with an empty name", pos);
		if (level instanceof PyDict) {
			if (level.map.has(group)) {
				if (isLast) {
					const at = implicit.indexOf(group);
					if (at >= 0) {
						implicit.splice(at, 1);
						if (array)
							throw new TomlDecodeError("An implicitly defined table can't be an array", pos);
					} else if (array) {
						const existing = level.map.get(group)!;
						if (!Array.isArray(existing))
							throw pyError(
								'AttributeError',
								`'${typeName(existing)}' object has no attribute 'append'`
							);
						existing.push(new PyDict());
					} else {
						throw new TomlDecodeError(`What? ${group} already exists?${pyRepr(level)}`, pos);
					}
				}
			} else {
				if (!isLast) implicit.push(group);
				level.map.set(group, isLast && array ? [new PyDict()] : new PyDict());
			}
		} else {
			// `currentlevel[group]` raised TypeError: toml steps into the last element.
			level = getItem(level, -1);
			if (!contains(level, group)) {
				setItem(level, group, isLast && array ? [new PyDict()] : new PyDict());
			}
		}
		level = getItem(level, group);
		// `currentlevel[-1]` with `except KeyError: pass`: a dict stays, anything else steps in.
		if (array && !(level instanceof PyDict)) level = getItem(level, -1);
	}
	return level;
}
