import { outlineToml, type OutlineEntry } from '../toml/outline.ts';

/** Returns the map key for a key path. */
export function pathKey(path: readonly string[]): string {
	return path.join('\u0000');
}

/**
 * Finds where key paths are written in one TOML text. The outline is built on
 * the first look-up only, so a check that locates nothing never pays for it.
 */
export class KeyLocator {
	private readonly text: string;
	private readonly outline: (text: string) => OutlineEntry[];
	private entries: Map<string, OutlineEntry> | null = null;
	/** `outline` lists the text's keys; a faster one can stand in for `outlineToml`. */
	constructor(text: string, outline: (text: string) => OutlineEntry[] = outlineToml) {
		this.text = text;
		this.outline = outline;
	}

	/** Returns where `path` is written, or undefined when it is not in the text. */
	get(path: readonly string[]): OutlineEntry | undefined {
		if (this.entries === null) {
			this.entries = new Map();
			for (const entry of this.outline(this.text)) this.entries.set(pathKey(entry.path), entry);
		}
		return this.entries.get(pathKey(path));
	}
}
