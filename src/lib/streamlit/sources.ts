/**
 * What one `secrets.files` entry points at, as the simulator sees it: a file with
 * its bytes (or already-decoded text, from an editor), a directory of folders
 * (Kubernetes-style secrets), or nothing at all.
 */
export type SourceNode =
	| { kind: 'file'; bytes?: Uint8Array; text?: string }
	| { kind: 'directory'; entries: DirectoryEntry[] }
	| { kind: 'missing' };

/** One child of a secrets directory, in listing order. */
export interface DirectoryEntry {
	/** The child's name. */
	name: string;
	/** The child itself. */
	node: SourceNode;
}

/** One entry of `secrets.files`: the path Streamlit prints and what is there. */
export interface SecretsSource {
	/** The path exactly as Streamlit lists it (messages quote it verbatim). */
	path: string;
	/** What the path holds. */
	node: SourceNode;
}

/** Returns the text Python's text-mode `open()` reads: `\r\n` and lone `\r` become `\n`. */
export function universalNewlines(text: string): string {
	return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Returns `os.path.join(dir, name)` for POSIX paths. */
export function joinPath(dir: string, name: string): string {
	return dir.endsWith('/') || dir === '' ? dir + name : `${dir}/${name}`;
}
