import type { SharedState } from '../../lib/index.ts';
import type { View } from '../app-state.svelte.ts';
import { mainScriptId, type CodeFile } from '../code-files.ts';
import { globalId, projectId, type SourceDraft } from '../sources.ts';

/** What the page needs to show a shared state. */
export interface LoadedShare {
	/** The sources, with fresh ids. */
	sources: SourceDraft[];
	/** The app files, with fresh ids. */
	code: CodeFile[];
	/** Id of the source tab to show. */
	active: string;
	/** The results panel to show. */
	view: View;
}

/** Returns the page's sources, app code and open panels as a shareable state (not redacted). */
export function toSharedState(
	sources: readonly SourceDraft[],
	code: readonly CodeFile[],
	active: string,
	view: View
): SharedState {
	return {
		redacted: false,
		sources: sources.map((s) => ({
			path: s.path,
			kind: s.kind,
			text: s.text,
			files: s.kind === 'directory' ? s.files.map((f) => ({ ...f })) : []
		})),
		code: code.map((f) => ({ path: f.path, text: f.text })),
		view,
		active: Math.max(
			0,
			sources.findIndex((s) => s.id === active)
		)
	};
}

/** Returns the page's drafts for a shared state: the first two sources are the fixed ones. */
export function fromSharedState(state: SharedState): LoadedShare {
	const sources = state.sources.map((s, i): SourceDraft => ({
		id: i === 0 ? globalId : i === 1 ? projectId : `shared-${i}`,
		path: s.path,
		kind: s.kind,
		text: s.text,
		files: s.files.map((f) => ({ ...f })),
		fixed: i < 2
	}));
	const code = state.code.map((f, i): CodeFile => ({
		id: i === 0 ? mainScriptId : `shared-code-${i}`,
		path: f.path,
		text: f.text
	}));
	return { sources, code, active: sources[state.active]?.id ?? projectId, view: state.view };
}
