import { outlineToml, type OutlineEntry } from './outline.ts';

/** Returns the map key for a key path. */
export function pathKey(path: readonly string[]): string {
	return path.join('\u0000');
}

/** Finds where a key path is written. */
export interface KeyLookup {
	get(path: readonly string[]): OutlineEntry | undefined;
}

/** Indexes the entries `outlineToml` lists for a text. */
export function outlineLookup(text: string): KeyLookup {
	const entries = new Map<string, OutlineEntry>();
	for (const entry of outlineToml(text)) entries.set(pathKey(entry.path), entry);
	return { get: (path) => entries.get(pathKey(path)) };
}

/**
 * Finds where key paths are written in one TOML text. The index is built on
 * the first look-up only, so a check that locates nothing never pays for it.
 */
export class KeyLocator {
	private readonly text: string;
	private readonly index: (text: string) => KeyLookup;
	private lookup: KeyLookup | null = null;
	/** `index` finds the text's keys; a faster one can stand in for {@link outlineLookup}. */
	constructor(text: string, index: (text: string) => KeyLookup = outlineLookup) {
		this.text = text;
		this.index = index;
	}

	/** Returns where `path` is written, or undefined when it is not in the text. */
	get(path: readonly string[]): OutlineEntry | undefined {
		this.lookup ??= this.index(this.text);
		return this.lookup.get(path);
	}
}
