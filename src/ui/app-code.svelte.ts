import { defaultCode, mainScriptId, newPagePath, placeFile, type CodeFile } from './code-files.ts';

/**
 * The app's Python files as typed, pasted or opened, and the tab on show. Every
 * change calls `onchange`, which analyses them again with the secrets.
 */
export class AppCode {
	/** The files, main script first. */
	files = $state<CodeFile[]>(defaultCode());
	/** Id of the file tab on show. */
	active = $state(mainScriptId);

	#onchange: () => void;
	#added = 0;

	/** Creates the app code area; `onchange` runs after every change. */
	constructor(onchange: () => void) {
		this.#onchange = onchange;
	}

	/** Returns whether `id` is one of these files. */
	has(id: string): boolean {
		return this.files.some((f) => f.id === id);
	}

	/** Returns a file's text, or null when there is no such file. */
	textOf(id: string): string | null {
		return this.files.find((f) => f.id === id)?.text ?? null;
	}

	/** Replaces a file's text, as typed in its editor. */
	setText(id: string, text: string): void {
		const file = this.files.find((f) => f.id === id);
		if (!file || file.text === text) return;
		file.text = text;
		this.#onchange();
	}

	/** Renames a file. */
	setPath(id: string, path: string): void {
		const file = this.files.find((f) => f.id === id);
		if (!file) return;
		file.path = path;
		this.#onchange();
	}

	/** Adds a page (`pages/page_N.py` unless `path` is given) and shows it. */
	addPage(path = newPagePath(this.files)): void {
		this.#push(path, '');
		this.#onchange();
	}

	/** Removes a page (never the main script). */
	remove(id: string): void {
		const index = this.files.findIndex((f) => f.id === id && id !== mainScriptId);
		if (index < 0) return;
		this.files.splice(index, 1);
		if (this.active === id) this.active = this.files[index - 1].id;
		this.#onchange();
	}

	/** Puts opened files in place (see {@link placeFile}) and shows the last one; returns their paths. */
	open(opened: readonly { name: string; text: string }[]): string[] {
		const paths: string[] = [];
		for (const { name, text } of opened) {
			const place = placeFile(this.files, name);
			if ('add' in place) {
				this.#push(place.add, text);
				paths.push(place.add);
				continue;
			}
			const file = this.files.find((f) => f.id === place.replace)!;
			Object.assign(file, { path: place.path, text });
			this.active = file.id;
			paths.push(place.path);
		}
		this.#onchange();
		return paths;
	}

	/** Replaces every file (an example, a restored draft, Forget). */
	reset(files: CodeFile[] = defaultCode(), active = mainScriptId): void {
		this.files = files;
		this.active = files.some((f) => f.id === active) ? active : files[0].id;
	}

	#push(path: string, text: string): void {
		const id = `app-${Date.now().toString(36)}-${++this.#added}`;
		this.files.push({ id, path, text });
		this.active = id;
	}
}
