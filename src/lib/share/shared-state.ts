/** The results panel a link opens on. */
export type SharedView = 'seen' | 'env' | 'reads' | 'try';

/** One file of a Kubernetes-style secrets folder in a link. */
export interface SharedFolderFile {
	/** Name of the sub-folder (the secret's key); empty for a file in the folder itself. */
	folder: string;
	/** File name inside the sub-folder. */
	name: string;
	/** File content. */
	content: string;
}

/** One entry of `secrets.files` in a link, in precedence order. */
export interface SharedSource {
	/** The path Streamlit lists. */
	path: string;
	/** A TOML file, a Kubernetes-style folder, or a path with nothing there. */
	kind: 'file' | 'directory' | 'missing';
	/** The file's text (empty for folders). */
	text: string;
	/** The folder's files (empty for files). */
	files: SharedFolderFile[];
}

/** One Python file of the app in a link. */
export interface SharedCodeFile {
	/** Path relative to the app's folder; the first file is the main script. */
	path: string;
	/** The file's text. */
	text: string;
}

/** Everything a share link holds. */
export interface SharedState {
	/** True when every value was replaced by a placeholder before the link was made. */
	redacted: boolean;
	/** The sources: the global file first, the project file second, then `secrets.files` extras. */
	sources: SharedSource[];
	/** The app's Python files, main script first (at least one). */
	code: SharedCodeFile[];
	/** The results panel on show. */
	view: SharedView;
	/** Index in `sources` of the source tab on show. */
	active: number;
}

/** The outcome of reading a link's JSON: the state, or why nothing is loaded. */
export type SharedStateResult = { ok: true; state: SharedState } | { ok: false; reason: string };

/** The version written into the JSON of a link; a later format gets a higher one. */
export const sharedStateVersion = 1;

/** The fixed paths of the first two sources, as the playground always has them. */
export const fixedPaths = ['~/.streamlit/secrets.toml', '.streamlit/secrets.toml'] as const;

/** Upper bounds for what a link may hold; beyond them nothing is loaded. */
export const shareLimits = {
	/** Sources, the two fixed ones included. */
	sources: 32,
	/** Files of one secrets folder. */
	folderFiles: 256,
	/** App code files. */
	codeFiles: 64,
	/** UTF-16 code units of one path or name. */
	path: 1024,
	/** UTF-16 code units of all texts together. */
	text: 2_000_000
};

const views: readonly SharedView[] = ['seen', 'env', 'reads', 'try'];
const kinds: readonly SharedSource['kind'][] = ['file', 'directory', 'missing'];

/** Returns `state` as the JSON text a link carries. */
export function serializeSharedState(state: SharedState): string {
	return JSON.stringify({
		version: sharedStateVersion,
		redacted: state.redacted,
		sources: state.sources.map((s) =>
			s.kind === 'directory'
				? { path: s.path, kind: s.kind, files: s.files.map((f) => [f.folder, f.name, f.content]) }
				: { path: s.path, kind: s.kind, text: s.text }
		),
		code: state.code.map((f) => [f.path, f.text]),
		view: state.view,
		active: state.active
	});
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Thrown inside {@link parseSharedState} only, with the sentence to show. */
class Invalid extends Error {}

function text(value: unknown, what: string, max = Infinity): string {
	if (typeof value !== 'string') throw new Invalid(`${what} is not text`);
	if (value.length > max) throw new Invalid(`${what} is longer than ${max} characters`);
	return value;
}

function pathText(value: unknown, what: string): string {
	const path = text(value, what, shareLimits.path);
	if (/[\u0000-\u001f\u007f]/.test(path)) throw new Invalid(`${what} holds control characters`);
	return path;
}

function list(value: unknown, what: string, max: number): unknown[] {
	if (!Array.isArray(value)) throw new Invalid(`${what} is not a list`);
	if (value.length > max) throw new Invalid(`${what} has more than ${max} entries`);
	return value;
}

function readSource(value: unknown, index: number): SharedSource {
	const what = `Source ${index + 1}`;
	if (!isRecord(value)) throw new Invalid(`${what} is not an object`);
	const path = pathText(value.path, `The path of ${what.toLowerCase()}`);
	const kind = value.kind as SharedSource['kind'];
	if (!kinds.includes(kind)) throw new Invalid(`${what} has an unknown kind`);
	if (kind !== 'directory')
		return { path, kind, text: text(value.text ?? '', `The text of ${path}`), files: [] };
	const files = list(value.files, `The folder ${path}`, shareLimits.folderFiles).map((f) => {
		const [folder, name, content] = list(f, `A file of ${path}`, 3);
		return {
			folder: pathText(folder, `A folder name in ${path}`),
			name: pathText(name, `A file name in ${path}`),
			content: text(content, `A file of ${path}`)
		};
	});
	return { path, kind, text: '', files };
}

function readState(value: unknown): SharedState {
	if (!isRecord(value)) throw new Invalid('The link holds no playground state');
	if (typeof value.version !== 'number' || !Number.isInteger(value.version))
		throw new Invalid('The link has no format version');
	if (value.version > sharedStateVersion)
		throw new Invalid(
			`The link was made by a newer playground (format ${value.version}); this page reads format ${sharedStateVersion}`
		);
	if (value.version < 1) throw new Invalid(`The link has an unknown format (${value.version})`);
	if (typeof value.redacted !== 'boolean')
		throw new Invalid('The link does not say if it is redacted');
	const sources = list(value.sources, 'The sources', shareLimits.sources).map(readSource);
	if (sources.length < 2 || sources[0].path !== fixedPaths[0] || sources[1].path !== fixedPaths[1])
		throw new Invalid('The link does not start with the global and the project secrets files');
	if (sources[1].kind === 'directory') throw new Invalid('The project secrets file is a folder');
	const code = list(value.code, 'The app code', shareLimits.codeFiles).map((f, i) => {
		const [path, body] = list(f, `App file ${i + 1}`, 2);
		return {
			path: pathText(path, `The path of app file ${i + 1}`),
			text: text(body, `App file ${i + 1}`)
		};
	});
	if (code.length === 0) throw new Invalid('The link has no main script');
	const view = views.includes(value.view as SharedView) ? (value.view as SharedView) : 'seen';
	const active =
		typeof value.active === 'number' && Number.isInteger(value.active) && value.active >= 0
			? Math.min(value.active, sources.length - 1)
			: 1;
	let size = 0;
	for (const s of sources) {
		size += s.text.length;
		for (const f of s.files) size += f.content.length;
	}
	for (const f of code) size += f.text.length;
	if (size > shareLimits.text)
		throw new Invalid(`The link holds more than ${shareLimits.text} characters of text`);
	return { redacted: value.redacted, sources, code, view, active };
}

/**
 * Reads the JSON text of a link into a {@link SharedState}, checking every field's type,
 * the format version and the limits in {@link shareLimits}. Never throws: anything
 * malformed or hostile gives `ok: false` with one sentence saying why.
 */
export function parseSharedState(json: string): SharedStateResult {
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		return { ok: false, reason: 'The link’s data is not valid JSON' };
	}
	try {
		return { ok: true, state: readState(value) };
	} catch (e) {
		if (e instanceof Invalid) return { ok: false, reason: e.message };
		throw e;
	}
}
