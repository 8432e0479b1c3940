import type { Diagnostic } from '../diagnostic.ts';
import type { PyDict } from '../python/values.ts';

/** One file of an export that is a set of files (the secret-directory layout). */
export interface ExportFile {
	/** Path relative to the export's base directory, `/`-separated, e.g. `db/user`. */
	path: string;
	/** The file's content, exactly as it should be written. */
	content: string;
}

/** What an exporter returns: the text to copy and what Streamlit will make of it. */
export interface ExportResult {
	/** The exported text (a file's content, a command line or a manifest). */
	text: string;
	/**
	 * Plain sentences on what Streamlit will and will not read from this output, and on
	 * every value that was left out or changed on the way.
	 */
	notes: string[];
}

/** What an importer could not read in its input, located there. */
export interface ImportProblem extends Diagnostic {
	/** 1-based line of `from` in the input. */
	line: number;
	/** 1-based column of `from` in the input (UTF-16 code units). */
	column: number;
}

/** What an importer returns: TOML to review before it replaces anything. */
export interface ImportResult {
	/** The TOML text; both TOML 1.1 and Streamlit's parser read `secrets` from it. */
	text: string;
	/** The secrets the text holds, as Streamlit will read them (for {@link planImport}). */
	secrets: PyDict;
	/** Plain sentences on what was converted, guessed or left out. */
	notes: string[];
	/** Input that could not be read or was left out, located in the input text. */
	problems: ImportProblem[];
}
