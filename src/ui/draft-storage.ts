import { isCodeFiles, type CodeFile } from './code-files.ts';
import type { SourceDraft } from './sources.ts';

/** What survives a reload of the same tab. */
export interface Draft {
	/** The sources, texts included. */
	sources: SourceDraft[];
	/** Id of the source tab that was open. */
	active: string;
	/** Statements typed into the console. */
	history: string[];
	/** The app's Python files (absent in drafts saved before app code existed). */
	code?: CodeFile[];
	/** Id of the app file tab that was open. */
	activeCode?: string;
}

const key = 'streamlit-secrets-playground:draft';

function isDraft(value: unknown): value is Draft {
	if (typeof value !== 'object' || value === null) return false;
	const d = value as Partial<Draft>;
	return (
		Array.isArray(d.sources) &&
		typeof d.active === 'string' &&
		Array.isArray(d.history) &&
		(d.code === undefined || isCodeFiles(d.code)) &&
		(d.activeCode === undefined || typeof d.activeCode === 'string')
	);
}

/** Returns the draft saved in this tab's sessionStorage, or null. */
export function loadDraft(): Draft | null {
	try {
		const text = sessionStorage.getItem(key);
		const value: unknown = text ? JSON.parse(text) : null;
		return isDraft(value) ? value : null;
	} catch {
		return null;
	}
}

/** Saves the draft in this tab's sessionStorage; a full storage quietly keeps the old one. */
export function saveDraft(draft: Draft): void {
	try {
		sessionStorage.setItem(key, JSON.stringify(draft));
	} catch {
		// Quota exceeded: the draft just won't survive a reload.
	}
}

/** Removes everything the page stored in this tab. */
export function forgetDraft(): void {
	try {
		sessionStorage.clear();
	} catch {
		// Storage disabled: nothing was stored.
	}
}

/** Drafts larger than this (UTF-16 code units) are saved only when the page is hidden or left. */
export const largeDraft = 50_000;

function whenIdle(task: () => void): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
	else setTimeout(task);
}

/**
 * Saves the draft after edits without holding up typing: a small one once typing
 * pauses and the browser is idle, a large one only through {@link DraftSaver.flush}
 * when the page is hidden or left, since storing megabytes takes the main thread
 * for tens of milliseconds.
 */
export class DraftSaver {
	#read: () => Draft;
	#dirty = false;
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** Creates a saver that stores what `read` returns. */
	constructor(read: () => Draft) {
		this.#read = read;
	}

	/** Notes an edit of a draft of `size` UTF-16 code units. */
	edited(size: number): void {
		this.#dirty = true;
		clearTimeout(this.#timer);
		if (size <= largeDraft) this.#timer = setTimeout(() => whenIdle(() => this.flush()), 300);
	}

	/** Saves now if anything changed since the last save. */
	flush(): void {
		if (!this.#dirty) return;
		this.cancel();
		saveDraft(this.#read());
	}

	/** Forgets the unsaved edits. */
	cancel(): void {
		this.#dirty = false;
		clearTimeout(this.#timer);
	}
}
