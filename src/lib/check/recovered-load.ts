import type { Diagnostic } from '../diagnostic.ts';
import type { LegacyOutcome } from '../legacy-toml/index.ts';
import { PyException } from '../python/exceptions.ts';
import { PyDict } from '../python/values.ts';
import type { ParsedFiles } from '../streamlit/load.ts';
import type { SecretsSource } from '../streamlit/sources.ts';
import { SecretsStore } from '../streamlit/store.ts';
import type { Outlines } from '../streamlit/secret-entries.ts';
import type { RecoveredSource } from './recovered-source.ts';

/** The secrets Streamlit would load once every file it cannot parse is reduced to its rest. */
export interface RecoveredLoad {
	/** The sources, each file that fails replaced by its rest (same path, same offsets). */
	sources: SecretsSource[];
	/** The merged secrets of those sources. */
	merged: PyDict;
	/** For each root key, the index of the source whose value is kept. */
	sourceOf: Map<string, number>;
	/** Where each source's keys are written (the rest's positions for a replaced file). */
	outlines: Outlines;
}

/**
 * Loads the sources again with every file Streamlit's parser rejects replaced by the rest
 * {@link recoverSource} found in it, so that the checks of what the app will meet once the
 * file loads (`[auth]`, `[connections.*]`, attribute names) can still run. Null when a
 * failing file has no rest or the sources still do not load.
 */
export function recoverLoad(
	sources: readonly SecretsSource[],
	parsed: ParsedFiles,
	recovered: readonly (RecoveredSource | undefined)[],
	outlines: Outlines
): RecoveredLoad | null {
	const known: ParsedFiles = new WeakMap();
	const rootKeys: (PyDict | null)[] = [];
	const restOutlines: Outlines = [];
	let replaced = false;
	const rest: SecretsSource[] = sources.map((source, i) => {
		const outcome: LegacyOutcome | undefined = parsed.get(source.node);
		rootKeys.push(outcome?.ok ? outcome.value : null);
		restOutlines.push(outlines[i] ?? null);
		if (outcome === undefined || outcome.ok) {
			if (outcome) known.set(source.node, outcome);
			return source;
		}
		const r = recovered[i];
		if (!r) return source;
		replaced = true;
		const node = { kind: 'file' as const, text: r.text };
		known.set(node, { ok: true, value: r.secrets });
		rootKeys[i] = r.secrets;
		restOutlines[i] = r.outline;
		return { path: source.path, node };
	});
	if (!replaced) return null;
	let merged: PyDict | null = null;
	try {
		const value = new SecretsStore(rest, undefined, known).parse();
		merged = value instanceof PyDict ? value : null;
	} catch (e) {
		if (!(e instanceof PyException)) throw e;
	}
	if (merged === null) return null;
	const sourceOf = new Map<string, number>();
	rootKeys.forEach((dict, i) => dict?.map.forEach((_v, k) => sourceOf.set(k, i)));
	rest.forEach((s, i) => {
		if (s.node.kind === 'directory') for (const e of s.node.entries) sourceOf.set(e.name, i);
	});
	return { sources: rest, merged, sourceOf, outlines: restOutlines };
}

/**
 * Returns `d` marked as found in the rest of a file Streamlit cannot load yet: the app only
 * meets it once the parse errors are fixed, since every access fails before that.
 */
export function markAfterLoad(d: Diagnostic): Diagnostic {
	return { ...d, message: `${d.message} (once Streamlit can parse the secrets)` };
}
