import { pyError } from '../python/exceptions.ts';
import { contains, getItem, setItem } from '../python/ops.ts';
import { pyCount, pySplit, pyStrip, sliceInner } from '../python/text.ts';
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
	const lines = scanStructure(source).split('\n');
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
		if (!pending || pending.backslash || !pending.text.includes('\n')) line = pyStrip(line);
		if (line === '' && (!pending || pending.backslash)) continue;
		if (pending) {
			const p: PendingMultiline = pending;
			p.text += line;
			p.backslash = false;
			let closed = false;
			if (p.text[0] === '[') {
				if (line.length === 0) throw pyError('IndexError', 'string index out of range');
				closed = line[line.length - 1] === ']';
			} else if (line.length > 2) {
				const q = p.text[0];
				const n = line.length;
				closed = line[n - 1] === q && line[n - 2] === q && line[n - 3] === q;
			}
			if (closed) {
				const [value] = wrap(() => values.loadValue(p.text));
				setItem(level, p.key, value);
				pending = null;
			} else {
				for (let k = p.text.length - 1; k > -1 && p.text[k] === '\\'; k--)
					p.backslash = !p.backslash;
				if (p.backslash) p.text = p.text.slice(0, -1);
				else p.text += '\n';
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
	const groups = parts.slice(0, -1).join(splitstr).split('.');
	for (let g = 0; g < groups.length; g++) {
		groups[g] = pyStrip(groups[g]);
		const name = groups[g];
		if (name.length > 0 && (name[0] === '"' || name[0] === "'")) {
			let joined = name;
			let j = g + 1;
			while (joined[0] !== joined[joined.length - 1] || joined.length === 1) {
				j++;
				if (j > groups.length + 2)
					throw new TomlDecodeError(`Invalid group name '${joined}' Something went wrong.`, pos);
				joined = pyStrip(groups.slice(g, j).join('.'));
			}
			groups[g] = sliceInner(joined, 1, 1);
			groups.splice(g + 1, j - (g + 1));
		} else if (!groupName.test(name)) {
			throw new TomlDecodeError(`Invalid group name '${name}'. Try quoting it.`, pos);
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
