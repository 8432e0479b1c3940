import {
	importDotenv,
	importJson,
	importServiceAccount,
	mergeImport,
	parseLegacyToml,
	planImport,
	writeToml,
	type ImportPlan,
	type ImportResult
} from '../../lib/index.ts';

/** What the pasted or picked text is. */
export type ImportFormat = 'dotenv' | 'json' | 'service-account';

/** Where a service-account key goes: the table `st.connection("gsheets")` reads, or the one google-auth code reads. */
export type KeyTarget = 'connections.gsheets' | 'gcp_service_account';

/** Everything the Import dialog shows before anything is replaced. */
export interface ImportReview {
	/** The format the text was read as. */
	format: ImportFormat;
	/** The importer's TOML, notes and problems. */
	result: ImportResult;
	/** What merging does to the current file's keys; null when that file does not load. */
	plan: ImportPlan | null;
	/** Root keys of the current file that replacing it removes. */
	removed: string[];
	/** The current file with the import merged in, rewritten from its values; null when it does not load. */
	merged: string | null;
	/** False when the importer found nothing to import. */
	usable: boolean;
}

/** Guesses the format: a service-account key or other JSON by its content, else `.env`. */
export function detectFormat(input: string, fileName = ''): ImportFormat {
	const text = input.replace(/^\ufeff/, '').trimStart();
	if (text.startsWith('{') || /\.json$/i.test(fileName))
		return /"type"\s*:\s*"service_account"/.test(text) ? 'service-account' : 'json';
	return 'dotenv';
}

/** Returns a key path as TOML writes it: `db.user`, `site."a.b"`. */
export function pathLabel(path: readonly string[]): string {
	return path.map((k) => (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k))).join('.');
}

function runImporter(input: string, format: ImportFormat, target: KeyTarget): ImportResult {
	if (format === 'dotenv') return importDotenv(input);
	if (format === 'json') return importJson(input);
	return target === 'gcp_service_account'
		? importServiceAccount(input, { target: 'gcp_service_account' })
		: importServiceAccount(input);
}

/** The secrets of the file an import goes into. */
export type Current = ImportResult['secrets'] | null;

/** Returns the secrets Streamlit reads from `text`, or null when it does not load. */
export function readCurrent(text: string): Current {
	const read = parseLegacyToml(text.replace(/\r\n?/g, '\n'));
	return read.ok ? read.value : null;
}

/**
 * Imports `input` and compares it with `before`, the secrets of the file it would go
 * into (see {@link readCurrent}). Nothing is changed: the dialog applies `result.text`
 * (Replace) or `merged` (Merge) only when the person confirms.
 */
export function reviewImport(
	input: string,
	format: ImportFormat,
	target: KeyTarget,
	before: Current
): ImportReview {
	const result = runImporter(input, format, target);
	const after = result.secrets;
	return {
		format,
		result,
		plan: before ? planImport(before, after) : null,
		removed: before ? [...before.map.keys()].filter((k) => !after.map.has(k)) : [],
		merged: before ? writeToml(mergeImport(before, after)).text : null,
		usable: after.map.size > 0
	};
}
