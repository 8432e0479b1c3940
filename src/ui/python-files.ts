/** Files larger than this (bytes) are not opened: app code is never that large. */
export const maxPythonFileSize = 2_000_000;

/** What came of opening files: the Python files read, and the names left out with why. */
export interface OpenedFiles {
	/** Each `.py` file's name and text, in the order given. */
	opened: { name: string; text: string }[];
	/** Names that were not opened, each with the reason. */
	skipped: string[];
}

/** Reads a file's text as UTF-8 with a FileReader; nothing leaves the browser. */
function readText(file: File): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result ?? ''));
		reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${file.name}`));
		reader.readAsText(file, 'utf-8');
	});
}

/** Reads the `.py` files among `files` (dropped or picked); others are skipped, never uploaded. */
export async function readPythonFiles(files: readonly File[]): Promise<OpenedFiles> {
	const result: OpenedFiles = { opened: [], skipped: [] };
	for (const file of files) {
		if (!/\.py$/i.test(file.name)) result.skipped.push(`${file.name} (not a .py file)`);
		else if (file.size > maxPythonFileSize) result.skipped.push(`${file.name} (over 2 MB)`);
		else {
			try {
				result.opened.push({ name: file.name, text: await readText(file) });
			} catch {
				result.skipped.push(`${file.name} (could not be read)`);
			}
		}
	}
	return result;
}

/** Returns the sentence announced after files were opened. */
export function openedMessage({ opened, skipped }: OpenedFiles, paths: readonly string[]): string {
	const parts: string[] = [];
	if (opened.length) parts.push(`Opened ${paths.join(', ')}.`);
	if (skipped.length) parts.push(`Skipped ${skipped.join(', ')}.`);
	return parts.join(' ') || 'No files to open.';
}
