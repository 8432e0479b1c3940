import type { PyDict } from '../python/values.ts';
import { convertNotes } from './notes.ts';
import type { ExportFile, ExportResult } from './results.ts';
import { secretFolders } from './secret-folders.ts';
import { quoteShell } from './shell-quote.ts';

/** Options for {@link exportSecretDirectory}. */
export interface SecretDirectoryOptions {
	/** The directory the layout is written to, listed in `secrets.files`; defaults to `secrets`. */
	dir?: string;
}

/** The secret-directory layout: its files, and a shell script that writes them. */
export interface SecretDirectoryExport extends ExportResult {
	/** Every file, its path relative to `dir`; empty folders have none. */
	files: ExportFile[];
	/** Every folder, relative to `dir`, empty ones included. */
	folders: string[];
}

/**
 * Exports secrets as Streamlit's secret-directory layout (one folder per root key, a
 * table's values one file each; see {@link secretFolders}). `text` is a POSIX shell
 * script that creates it under `dir`; the notes say what Streamlit will read back
 * differently.
 */
export function exportSecretDirectory(
	secrets: PyDict,
	options: SecretDirectoryOptions = {}
): SecretDirectoryExport {
	const dir = options.dir ?? 'secrets';
	const { folders, notes, rejected } = secretFolders(secrets);
	const files: ExportFile[] = [];
	const lines: string[] = [];
	for (const folder of folders) {
		lines.push(`mkdir -p ${quoteShell(`${dir}/${folder.key}`)}`);
		for (const f of folder.files) {
			const path = `${folder.key}/${f.name}`;
			files.push({ path, content: f.content });
			lines.push(`printf '%s' ${quoteShell(f.content)} > ${quoteShell(`${dir}/${path}`)}`);
		}
	}
	const all = [convertNotes.dirConfig(dir), ...notes];
	if (rejected.length) all.push(convertNotes.dirBadName(rejected));
	return {
		text: lines.map((l) => l + '\n').join(''),
		notes: all,
		files,
		folders: folders.map((f) => f.key)
	};
}
