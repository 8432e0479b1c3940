import type { AppSource } from '../lib/index.ts';

/** One Python file of the app (the main script or a page), as the person types it. */
export interface CodeFile {
	/** Stable identity for tabs and editors; never shown. */
	id: string;
	/** The path, relative to the app's folder (`streamlit_app.py`, `pages/chat.py`). */
	path: string;
	/** The file's text. */
	text: string;
}

/** Id of the main script, which cannot be removed. */
export const mainScriptId = 'app-main';

/** Returns the app code of a first visit: an empty `streamlit_app.py`. */
export function defaultCode(text = ''): CodeFile[] {
	return [{ id: mainScriptId, path: 'streamlit_app.py', text }];
}

/** Returns the files that hold code, as the core's app sources; blank files are left out. */
export function toAppSources(files: readonly CodeFile[]): (AppSource & { id: string })[] {
	return files
		.filter((f) => f.text.trim() !== '')
		.map(({ id, path, text }) => ({ id, path, text }));
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * Returns where an opened file named `name` goes: the file with that path or
 * name (its text is replaced), else an empty main script (which takes the
 * name), else a new page `pages/NAME`.
 */
export function placeFile(
	files: readonly CodeFile[],
	name: string
): { replace: string; path: string } | { add: string } {
	const same = files.find((f) => f.path === name || baseName(f.path) === name);
	if (same) return { replace: same.id, path: same.path };
	const main = files.find((f) => f.id === mainScriptId);
	if (main && main.text.trim() === '') return { replace: main.id, path: name };
	return { add: `pages/${name}` };
}

/** Returns a page path that no file has yet: `pages/page_1.py`, `pages/page_2.py`, … */
export function newPagePath(files: readonly CodeFile[]): string {
	for (let n = 1; ; n++) {
		const path = `pages/page_${n}.py`;
		if (!files.some((f) => f.path === path)) return path;
	}
}

/** Returns whether a value read back from storage is a list of code files. */
export function isCodeFiles(value: unknown): value is CodeFile[] {
	return (
		Array.isArray(value) &&
		value.length > 0 &&
		value.every(
			(f: Partial<CodeFile> | null) =>
				typeof f === 'object' &&
				f !== null &&
				typeof f.id === 'string' &&
				typeof f.path === 'string' &&
				typeof f.text === 'string'
		)
	);
}

/** Returns a short description of what a file is to Streamlit. */
export function describeCodeFile(file: CodeFile): string {
	if (file.id === mainScriptId)
		return `Main script: the file you pass to streamlit run. Paste it here or drop .py files on this area`;
	return file.path.startsWith('pages/')
		? 'A page: Streamlit lists each file in pages/ as a page of the app'
		: 'A module of the app';
}
