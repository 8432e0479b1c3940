import type { AppState, View } from '../app-state.svelte.ts';
import type { CodeFile } from '../code-files.ts';
import { loadDraft } from '../draft-storage.ts';
import type { SourceDraft } from '../sources.ts';
import { fromSharedState } from './app-share.ts';

/** What the page says about the link it was opened with. */
export type ShareNotice =
	| { kind: 'loading' }
	| { kind: 'loaded'; redacted: boolean; replacedDraft: boolean }
	| { kind: 'restored' }
	| { kind: 'invalid'; reason: string };

interface Snapshot {
	sources: SourceDraft[];
	code: CodeFile[];
	active: string;
	view: View;
}

const loadedKey = 'streamlit-secrets-playground:shared-link';

/** A short fingerprint of a fragment, so a reload can tell it already opened this link. */
function fingerprint(hash: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < hash.length; i++) h = Math.imul(h ^ hash.charCodeAt(i), 0x01000193);
	return `${hash.length}:${(h >>> 0).toString(36)}`;
}

function remembered(hash: string): boolean {
	try {
		return sessionStorage.getItem(loadedKey) === fingerprint(hash);
	} catch {
		return false;
	}
}

function remember(hash: string): void {
	try {
		sessionStorage.setItem(loadedKey, fingerprint(hash));
	} catch {
		// Storage disabled: a reload opens the link again.
	}
}

/**
 * Opens share links: reads the fragment, loads a valid state into the page (replacing
 * the starter, and saying so when it replaces this tab's draft, which can be restored),
 * or loads nothing and says why. A reload of a link already opened in this tab keeps the
 * tab's draft (the person's edits since). The URL and history are left as they are.
 */
export class ShareSession {
	/** What to tell the person, or null. */
	notice = $state.raw<ShareNotice | null>(null);

	#app: AppState;
	#embed: boolean;
	#view: View | null;
	#previous: Snapshot | null = null;
	#opening = 0;

	/** Creates the session for `app`; in an embed every link is loaded and nothing is remembered. */
	constructor(app: AppState, embed: boolean, view: View | null) {
		this.#app = app;
		this.#embed = embed;
		this.#view = view;
	}

	/** Opens the link in `hash` (a page's `location.hash`), if it is one. */
	async open(hash: string): Promise<void> {
		if (!hash.startsWith('#share=')) return;
		const draft = this.#embed ? null : loadDraft();
		if (draft && remembered(hash)) return;
		this.notice = { kind: 'loading' };
		const seq = ++this.#opening;
		// Loaded only for a share link: the first paint of other pages does not need it.
		const { readShareLink } = await import('./share-link.ts');
		const result = await readShareLink(hash);
		// A newer link was opened while this one was unpacked: it wins.
		if (seq !== this.#opening) return;
		if (result.kind === 'none') return void (this.notice = null);
		if (result.kind === 'invalid') return void (this.notice = result);
		const app = this.#app;
		this.#previous = draft
			? $state.snapshot({
					sources: app.sources,
					code: app.code.files,
					active: app.active,
					view: app.view
				})
			: null;
		const loaded = fromSharedState(result.state);
		app.load(loaded.sources, loaded.code);
		app.active = loaded.active;
		app.view = this.#view ?? loaded.view;
		if (!this.#embed) remember(hash);
		this.notice = this.#embed
			? null
			: { kind: 'loaded', redacted: result.state.redacted, replacedDraft: draft !== null };
	}

	/** Brings back the draft the link replaced. */
	restore(): void {
		const previous = this.#previous;
		if (!previous) return;
		this.#app.load(previous.sources, previous.code);
		this.#app.active = previous.active;
		this.#app.view = previous.view;
		this.#previous = null;
		this.notice = { kind: 'restored' };
	}

	/** Hides the notice. */
	dismiss(): void {
		this.notice = null;
	}
}
