import { PyDict } from '../python/values.ts';
import type { AppRead } from './read-types.ts';

/** A key path the secrets define and no app file reads. */
export interface UnreadSecret {
	/** The key path. */
	path: string[];
	/** Index of the source it comes from. */
	source: number;
}

interface Trie {
	children: Map<string, Trie>;
	/** Everything below this path may be read. */
	whole: boolean;
}

const newTrie = (): Trie => ({ children: new Map(), whole: false });

/** The key paths a read covers and whether it reads everything below them. */
function coverage(read: AppRead, merged: PyDict): { path: string[]; whole: boolean }[] {
	const name = read.connection?.name;
	if (read.kind === 'connection' && name?.startsWith('env:')) {
		// `st.connection("env:VAR")` reads the root key VAR (exported), then that connection.
		const variable = name.slice(4);
		const value = merged.map.get(variable);
		const out = [{ path: [variable], whole: true }];
		const resolved =
			typeof value === 'string' ? value : typeof value === 'bigint' ? String(value) : null;
		out.push({
			path: resolved === null ? ['connections'] : ['connections', resolved],
			whole: true
		});
		return out;
	}
	return [single(read)];
}

function single(read: AppRead): { path: string[]; whole: boolean } {
	const known: string[] = [];
	for (const k of read.path) {
		if (k === null) return { path: known, whole: true };
		known.push(k);
	}
	switch (read.kind) {
		case 'environ':
			return { path: known, whole: true };
		case 'connection':
			return { path: known, whole: true };
		case 'login':
			// st.login reads [auth] as a whole: the shared keys and the provider's table.
			return { path: ['auth'], whole: true };
		default:
			return { path: known, whole: !read.partial };
	}
}

/**
 * Returns the key paths of `merged` that no read reaches, as high up as
 * possible: a table nothing reads is one entry, not one per key. A read
 * reaches a path when it reads it, a table containing it (unless the table is
 * only bound to a name whose reads are followed), or a key computed below a
 * prefix of it. `st.connection(name)` reaches its table, `st.login` all of
 * `[auth]`, `os.environ["K"]` the root key `K`, `st.connection("env:VAR")` the root
 * key `VAR` and the connection it names.
 */
export function unreadSecrets(
	merged: PyDict,
	sourceOf: Map<string, number>,
	reads: readonly AppRead[]
): UnreadSecret[] {
	const root = newTrie();
	for (const read of reads)
		for (const { path, whole } of coverage(read, merged)) {
			let node = root;
			for (const k of path) {
				const next = node.children.get(k) ?? newTrie();
				node.children.set(k, next);
				node = next;
			}
			if (whole) node.whole = true;
		}
	const out: UnreadSecret[] = [];
	const visit = (dict: PyDict, trie: Trie, path: string[], depth: number) => {
		if (trie.whole) return;
		for (const [k, v] of dict.map) {
			const child = trie.children.get(k);
			const here = [...path, k];
			if (!child) out.push({ path: here, source: sourceOf.get(here[0]) ?? 0 });
			else if (v instanceof PyDict && depth < 64) visit(v, child, here, depth + 1);
		}
	};
	visit(merged, root, [], 0);
	return out;
}
