import type { DirectoryEntry, SecretsSource } from '../lib/index.ts';

/** One file of a Kubernetes-style secrets folder, as the person types it. */
export interface FolderFile {
	/** Name of the sub-folder (the secret's key); empty for a stray file in the folder itself. */
	folder: string;
	/** File name inside the sub-folder. */
	name: string;
	/** File content (Streamlit strips surrounding whitespace). */
	content: string;
}

/** One entry of `secrets.files` in the playground, in precedence order. */
export interface SourceDraft {
	/** Stable identity for tabs and editors; never shown. */
	id: string;
	/** The path Streamlit lists (and quotes in its messages). */
	path: string;
	/** A TOML file, a Kubernetes-style folder, or a path with nothing there. */
	kind: 'file' | 'directory' | 'missing';
	/** The file's text (kept while the file is marked missing, so it can come back). */
	text: string;
	/** The folder's files, when `kind` is `directory`. */
	files: FolderFile[];
	/** True for the two default locations, which cannot be removed or renamed. */
	fixed: boolean;
}

/** Id of the global `~/.streamlit/secrets.toml` source. */
export const globalId = 'global';
/** Id of the project `.streamlit/secrets.toml` source. */
export const projectId = 'project';

/** Returns Streamlit's two default sources: no global file, and a project file holding `text`. */
export function defaultSources(text = '', globalText: string | null = null): SourceDraft[] {
	return [
		{
			id: globalId,
			path: '~/.streamlit/secrets.toml',
			kind: globalText === null ? 'missing' : 'file',
			text: globalText ?? '',
			files: [],
			fixed: true
		},
		{
			id: projectId,
			path: '.streamlit/secrets.toml',
			kind: 'file',
			text,
			files: [],
			fixed: true
		}
	];
}

function directoryEntries(files: readonly FolderFile[]): DirectoryEntry[] {
	const entries: DirectoryEntry[] = [];
	const folders = new Map<string, DirectoryEntry[]>();
	for (const f of files) {
		const file: DirectoryEntry = { name: f.name, node: { kind: 'file', text: f.content } };
		if (f.folder === '') {
			entries.push(file);
			continue;
		}
		let children = folders.get(f.folder);
		if (!children) {
			children = [];
			folders.set(f.folder, children);
			entries.push({ name: f.folder, node: { kind: 'directory', entries: children } });
		}
		if (f.name !== '') children.push(file);
	}
	return entries;
}

/** Returns the core's view of the drafts, one source per draft, in the same order. */
export function toSecretsSources(drafts: readonly SourceDraft[]): SecretsSource[] {
	return drafts.map((d) => ({
		path: d.path,
		node:
			d.kind === 'file'
				? { kind: 'file', text: d.text }
				: d.kind === 'directory'
					? { kind: 'directory', entries: directoryEntries(d.files) }
					: { kind: 'missing' }
	}));
}

/** Returns the number of UTF-16 code units the drafts hold, to decide where to analyse them. */
export function draftSize(drafts: readonly SourceDraft[]): number {
	let size = 0;
	for (const d of drafts) {
		size += d.kind === 'file' ? d.text.length : 0;
		for (const f of d.files) size += f.content.length + f.name.length + f.folder.length;
	}
	return size;
}

/** Returns a short description of where a source sits in Streamlit's order. */
export function describeSource(draft: SourceDraft, index: number): string {
	if (draft.id === globalId) return 'Global file, read first: every app on the computer sees it';
	if (draft.id === projectId) return 'Project file, read after the global one: its root keys win';
	const what = draft.kind === 'directory' ? 'Kubernetes-style secrets folder' : 'Extra file';
	return `${what}, read in position ${index + 1} of secrets.files: its root keys win over earlier sources`;
}
