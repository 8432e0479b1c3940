import {
	findShareRisks,
	redactSharedState,
	type SharedState,
	type ShareRisk
} from '../../lib/index.ts';
import { shareFragment } from './share-link.ts';

/** Returns this page's address without query or fragment (also for a file:// page, whose origin is "null"). */
function pageAddress(): string {
	const url = new URL(location.href);
	url.search = '';
	url.hash = '';
	return url.href;
}

/** What a link shares: placeholders of the values, or the real values. */
export type ShareMode = 'redacted' | 'values';

/**
 * The state of the Share dialog: the mode, the credentials found before real values may
 * be shared, the explicit confirmation they need, and the link made from them. A link
 * with real values is never made without the confirmation.
 */
export class LinkMaker {
	/** Redacted (the default) or with the real values. */
	mode = $state<ShareMode>('redacted');
	/** Whether the person confirmed sharing the real values. */
	confirmed = $state(false);
	/** Real-looking credentials in what would be shared. */
	risks = $state.raw<ShareRisk[]>([]);
	/** The link, or empty while it is made or cannot be made yet. */
	link = $state('');
	/** The link's fragment (without `#`), for the embed snippet. */
	fragment = $state('');
	/** Why no link could be made, or empty. */
	problem = $state('');

	#state: SharedState | null = null;
	#seq = 0;

	/** Starts over for `state`: redacted, unconfirmed, its risks found. */
	reset(state: SharedState): void {
		this.#state = state;
		this.mode = 'redacted';
		this.confirmed = false;
		this.risks = findShareRisks(state);
		void this.make();
	}

	/** Forgets the state and the link (the dialog closed). */
	clear(): void {
		this.#seq++;
		this.#state = null;
		this.risks = [];
		this.link = '';
		this.fragment = '';
	}

	/** Switches between redacted and real values; real values need confirming again. */
	setMode(mode: ShareMode): void {
		this.mode = mode;
		this.confirmed = false;
		void this.make();
	}

	/** Records the confirmation for real values. */
	confirm(on: boolean): void {
		this.confirmed = on;
		void this.make();
	}

	/** Makes the link for the current choice (nothing for unconfirmed real values). */
	async make(): Promise<void> {
		const seq = ++this.#seq;
		this.link = '';
		this.fragment = '';
		const state = this.#state;
		if (!state || (this.mode === 'values' && !this.confirmed)) return;
		this.problem = '';
		const shared = this.mode === 'redacted' ? redactSharedState(state) : state;
		let fragment: string;
		try {
			fragment = await shareFragment(shared);
		} catch {
			if (seq === this.#seq)
				this.problem = 'This browser cannot compress the link; try a current one';
			return;
		}
		if (seq !== this.#seq) return;
		this.fragment = fragment;
		this.link = `${pageAddress()}#${fragment}`;
	}

	/** Returns the `<iframe>` that embeds the link read-only. */
	iframe(): string {
		const src = `${pageAddress()}?embed=1&readonly=1#${this.fragment}`;
		return `<iframe src="${src}" title="Streamlit secrets playground" width="100%" height="640" style="border:0"></iframe>`;
	}
}
