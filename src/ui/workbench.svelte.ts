/** Which editors the left column shows: the secrets files or the app's Python files. */
export type EditorPane = 'secrets' | 'code';

/** What a narrow screen shows, one at a time. */
export type PhonePane = 'edit' | 'problems' | 'results';

/** The split sizes, in percent of their column (width) or of the left column (height). */
export interface PaneSizes {
	/** Width of the editor column, in percent of the page. */
	left: number;
	/** Height of the problems list, in percent of the editor column. */
	problems: number;
}

/** The smallest and largest size each split can be given, in percent. */
export const sizeLimits: Record<keyof PaneSizes, { min: number; max: number }> = {
	left: { min: 25, max: 75 },
	problems: { min: 12, max: 70 }
};

const key = 'streamlit-secrets-playground:layout';
const defaults: PaneSizes = { left: 50, problems: 28 };

/** Returns `value` within the limits of `split`, rounded to a tenth of a percent. */
export function clampSize(split: keyof PaneSizes, value: number): number {
	const { min, max } = sizeLimits[split];
	return Math.round(Math.min(max, Math.max(min, value)) * 10) / 10;
}

/** Returns the sizes saved in this tab's sessionStorage (where the draft lives), or the defaults. */
function loadSizes(): PaneSizes {
	try {
		const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Partial<PaneSizes> | null;
		if (!saved || typeof saved !== 'object') return { ...defaults };
		const pick = (k: keyof PaneSizes) =>
			typeof saved[k] === 'number' && Number.isFinite(saved[k])
				? clampSize(k, saved[k])
				: defaults[k];
		return { left: pick('left'), problems: pick('problems') };
	} catch {
		return { ...defaults };
	}
}

/**
 * The page's layout: whether it is a workbench (no page scroll, resizable panes) or a
 * narrow screen with one pane at a time, the split sizes and the panes on show. Sizes are
 * kept in sessionStorage, beside the draft, unless `persist` is false (an embed).
 */
export class Workbench {
	/** True when the panes sit side by side and the page itself does not scroll. */
	wide = $state(false);
	/** The split sizes. */
	sizes = $state<PaneSizes>({ ...defaults });
	/** The editors on show in the left column. */
	editors = $state<EditorPane>('secrets');
	/** The pane a narrow screen shows. */
	phone = $state<PhonePane>('edit');

	#persist: boolean;

	/**
	 * Reads the saved sizes and follows the width: side by side from `minWide` CSS pixels
	 * up (1024 for the page, less for an embed, which is usually a small frame).
	 */
	constructor({ persist = true, minWide = 1024 }: { persist?: boolean; minWide?: number } = {}) {
		this.#persist = persist;
		if (persist) this.sizes = loadSizes();
		if (typeof matchMedia === 'undefined') return;
		const query = matchMedia(`(min-width: ${minWide}px)`);
		this.wide = query.matches;
		query.addEventListener('change', (e) => (this.wide = e.matches));
	}

	/** Sets one split's size (clamped to its limits) and remembers it for this tab. */
	resize(split: keyof PaneSizes, value: number): void {
		this.sizes[split] = clampSize(split, value);
		if (!this.#persist) return;
		try {
			sessionStorage.setItem(key, JSON.stringify(this.sizes));
		} catch {
			// Storage full or disabled: the size lasts until reload.
		}
	}

	/** Shows the editor of a secrets file or an app file (a jump to a problem in it). */
	showEditor(pane: EditorPane): void {
		this.editors = pane;
		this.phone = 'edit';
	}
}
