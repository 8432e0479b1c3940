import { pyStr } from '../python/repr.ts';
import { pyStrip } from '../python/text.ts';
import { PyDict, type PyValue } from '../python/values.ts';
import { convertNotes } from './notes.ts';

/** One file of a folder in Streamlit's secret-directory layout. */
export interface SecretFile {
	/** The file name: a key of the table, or the root key itself for a single value. */
	name: string;
	/** The content, Python's `str()` of the value. */
	content: string;
}

/** One folder of the layout: a root key of the secrets. */
export interface SecretFolder {
	/** The root key, also the folder name. */
	key: string;
	/** Its files, in key order. */
	files: SecretFile[];
}

/** The folders of a layout, and the notes on what it cannot hold as it is. */
export interface SecretFolders {
	/** One folder per root key that could be written. */
	folders: SecretFolder[];
	/** What Streamlit will read differently, or what was left out (but for `rejected`). */
	notes: string[];
	/** Key paths left out because `isName` refused their names. */
	rejected: string[][];
}

/** True for a name a POSIX file system takes as one file or folder. */
export function isFileName(name: string): boolean {
	return name !== '' && name !== '.' && name !== '..' && !/[/\0]/.test(name);
}

/**
 * Lays secrets out as Streamlit's directory loader reads them (Streamlit ≥ 1.38,
 * `secrets.files` listing a directory): one folder per root key; a table's values as one
 * file each, a single value as one file named after its key. `isName` says which file
 * names the target takes (Kubernetes is stricter than a file system). Notes what comes
 * back changed: Streamlit strips each file, reads every value as a string, reads a
 * folder with a single file as that string, and ignores sub-folders (nested tables);
 * arrays and names `isName` refuses are left out.
 */
export function secretFolders(
	secrets: PyDict,
	isName: (name: string) => boolean = isFileName
): SecretFolders {
	const folders: SecretFolder[] = [];
	const [stripped, strings, collapsed, nested, arrays, badName] = [
		[],
		[],
		[],
		[],
		[],
		[]
	] as string[][][];
	const file = (path: string[], name: string, value: PyValue): SecretFile => {
		const content = pyStr(value);
		if (typeof value !== 'string') strings.push(path);
		if (pyStrip(content) !== content) stripped.push(path);
		return { name, content };
	};
	for (const [key, value] of secrets.map) {
		const single = !(value instanceof PyDict);
		if (!isFileName(key) || (single && !isName(key))) badName.push([key]);
		else if (Array.isArray(value)) arrays.push([key]);
		else if (single) folders.push({ key, files: [file([key], key, value)] });
		else {
			const files: SecretFile[] = [];
			for (const [k, v] of value.map) {
				if (!isFileName(k) || !isName(k)) badName.push([key, k]);
				else if (v instanceof PyDict) nested.push([key, k]);
				else if (Array.isArray(v)) arrays.push([key, k]);
				else files.push(file([key, k], k, v));
			}
			if (files.length === 1 && value.map.size >= 1) collapsed.push([key]);
			folders.push({ key, files });
		}
	}
	const notes: string[] = [];
	if (stripped.length) notes.push(convertNotes.dirStripped(stripped));
	if (strings.length) notes.push(convertNotes.dirStrings(strings));
	if (collapsed.length) notes.push(convertNotes.dirCollapsed(collapsed));
	if (nested.length) notes.push(convertNotes.dirNested(nested));
	if (arrays.length) notes.push(convertNotes.dirArrays(arrays));
	if (!folders.some((f) => f.files.length)) notes.push(convertNotes.dirEmpty());
	return { folders, notes, rejected: badName };
}
