import type { AppState } from './app-state.svelte.ts';

/** One tab of a {@link FileTabs} bar: a file, with its problem count. */
export interface FileTab {
	/** The file's id; the tab is `<prefix>-tab-<id>`, its panel `<prefix>-panel-<id>`. */
	id: string;
	/** The file's path, the tab's label. */
	path: string;
	/** How many problems the file has; 0 shows no badge. */
	count: number;
	/** Its 1-based position, shown as a badge, where the order matters (`secrets.files`). */
	order?: number;
	/** True for a file that does not exist: its path is struck through. */
	missing?: boolean;
}

/** Returns the tabs of the secrets sources, in `secrets.files` order. */
export function sourceTabs(app: AppState): FileTab[] {
	return app.sources.map((s, i) => ({
		id: s.id,
		path: s.path,
		// Infos (reminders such as keeping the file out of git) are not counted as problems.
		count: app.diagnosticsOf(s.id).filter((d) => d.severity !== 'info').length,
		order: i + 1,
		missing: s.kind === 'missing'
	}));
}

/** Returns the tabs of the app's Python files. */
export function codeFileTabs(app: AppState): FileTab[] {
	return app.code.files.map((f) => ({
		id: f.id,
		path: f.path,
		count: app.diagnosticsOf(f.id).length
	}));
}
