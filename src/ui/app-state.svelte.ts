import { SvelteSet } from 'svelte/reactivity';
import type { AccessResult, Diagnostic } from '../lib/index.ts';
import { AnalysisScheduler } from './analysis/scheduler.ts';
import { AppCode } from './app-code.svelte.ts';
import { defaultCode, type CodeFile } from './code-files.ts';
import type { FoundPaths } from './path-filter.ts';
import { entryRange, rowLimit, type EntryList, type EntryRow } from './analysis/report-view.ts';
import { ReportState } from './analysis/report-state.svelte.ts';
import { entryAt, stepDiagnostic } from './navigation.ts';
import { DraftSaver, forgetDraft, loadDraft, type Draft } from './draft-storage.ts';
import { defaultSources, projectId, type FolderFile, type SourceDraft } from './sources.ts';
import { applyTheme, loadTheme, type Theme } from './theme.ts';

/** The starter text of a first visit. */
const starter =
	'# Paste your .streamlit/secrets.toml here\napi_key = "sk-test-123"\n\n[database]\nuser = "app"\npassword = "change me"\n';

/** A request for the editor of source `id` to select `from`–`to`; `seq` makes repeats distinct. */
export interface Jump {
	/** Id of the source whose editor moves. */
	id: string;
	/** Start of the selection. */
	from: number;
	/** End of the selection. */
	to: number;
	/** Increases with each request. */
	seq: number;
}

/** The results panel on show. */
export type View = 'seen' | 'env' | 'reads' | 'try';

/** What Forget or an example replaced, kept in memory only until it is undone or let go. */
export interface Undoable {
	/** What replaced the draft. */
	what: 'forget' | 'example';
	/** The sources, app code and console as they were. */
	draft: Draft;
	/** The colour scheme as it was (Forget resets it). */
	theme: Theme;
}

/** How long the offer to undo stays, unless it has the focus (milliseconds). */
export const undoTimeout = 10_000;

/**
 * The page's whole state: the sources and app code as typed, the newest report of
 * the core on them, what is revealed, and the console. Large sources are analysed in a worker;
 * sequence numbers make sure a stale answer never replaces a newer one.
 */
export class AppState {
	/** The `secrets.files` entries, in precedence order. */
	sources = $state<SourceDraft[]>(defaultSources(starter));
	/** Id of the source tab on show. */
	active = $state(projectId);
	/** The app's Python files. */
	code = new AppCode(() => this.#update());
	/** The results panel on show. */
	view = $state<View>('seen');
	/** The core's newest report. */
	readonly report = new ReportState();
	/** Source ids in the order the report's source indexes refer to. */
	reportIds = $state.raw<string[]>([]);
	/** True while a newer report is being computed in the worker. */
	busy = $state(false);
	/** Where the editor cursor is. */
	cursor = $state.raw<{ id: string; pos: number } | null>(null);
	/** The newest request to move an editor's selection. */
	jump = $state.raw<Jump | null>(null);
	/** The diagnostic last stepped to. */
	problem = $state.raw<Diagnostic | null>(null);
	/** Whether every value is revealed (the set then holds the hidden exceptions). */
	revealAll = $state(false);
	/** Values revealed one by one (or hidden, when `revealAll`). */
	revealed = new SvelteSet<string>();
	/** Console statements, oldest first. */
	history = $state<string[]>([]);
	/** Results of the newest run of every console statement. */
	accesses = $state.raw<AccessResult[]>([]);
	/** The colour scheme. */
	theme = $state<Theme>(loadTheme());
	/** The text the paths are filtered by. */
	filter = $state('');
	/** Every path of the newest report that matches `filter`, when the report holds only the first ones. */
	found = $state.raw<FoundPaths | null>(null);
	/** What the last Forget or example replaced, until undone, dismissed or the next edit. */
	undoable = $state.raw<Undoable | null>(null);

	/** The secrets row whose key or value holds the editor cursor (the deepest one). */
	current = $derived.by(() => {
		const c = this.cursor;
		const source = c ? this.reportIds.indexOf(c.id) : -1;
		if (!c || source < 0) return (this.#current = null);
		// Until the positions are those of the text on show, keep the row: positions in
		// the older text would drop the highlight and bring it back a moment later.
		const behind = this.report.sources[source]?.text !== this.textOf(c.id);
		if (behind || !this.report.positioned) return this.#current;
		return (this.#current = entryAt(this.report, source, c.pos));
	});

	#jumps = 0;
	#undoTimer: ReturnType<typeof setTimeout> | undefined;
	#current: EntryRow | null = null;
	#drafts = new DraftSaver(() =>
		$state.snapshot({
			sources: this.sources,
			active: this.active,
			history: this.history,
			code: this.code.files,
			activeCode: this.code.active
		})
	);
	#scheduler = new AnalysisScheduler({
		onreport: (view, ids) => {
			this.report.set(view);
			if (ids.join('\0') !== this.reportIds.join('\0')) this.reportIds = ids;
			if (view.positioned) this.#find();
		},
		onaccesses: (accesses) => (this.accesses = accesses),
		onbusy: (busy) => (this.busy = busy),
		onfound: (found) => {
			if (found.query === this.filter) this.found = found;
		}
	});

	#persist: boolean;

	/**
	 * Restores this tab's draft, if any, and analyses it. With `persist` false (an embed)
	 * no draft is restored or saved.
	 */
	constructor({ persist = true }: { persist?: boolean } = {}) {
		this.#persist = persist;
		const draft = persist ? loadDraft() : null;
		if (draft) {
			this.sources = draft.sources;
			this.active = draft.active;
			this.history = draft.history;
			if (draft.code) this.code.reset(draft.code, draft.activeCode);
		}
		this.#update(false);
	}

	/** Returns the diagnostics of one source, from the newest report. */
	diagnosticsOf(id: string): Diagnostic[] {
		return this.report.sources[this.reportIds.indexOf(id)]?.diagnostics ?? [];
	}

	/** Returns the id of the source a report index refers to. */
	idAt(index: number): string | undefined {
		return this.reportIds[index];
	}

	/** Returns whether a masked value is on show. */
	isShown(key: string): boolean {
		return this.revealAll !== this.revealed.has(key);
	}

	/** Reveals or masks one value. */
	toggle(key: string): void {
		if (this.revealed.has(key)) this.revealed.delete(key);
		else this.revealed.add(key);
	}

	/** Reveals or masks every value. */
	setRevealAll(on: boolean): void {
		this.revealAll = on;
		this.revealed.clear();
	}

	/**
	 * Filters the paths; when the report holds only the first of them, every path is
	 * searched (the answer arrives in `found`).
	 */
	setFilter(query: string): void {
		if (query === this.filter) return;
		this.filter = query;
		this.found = null;
		this.#find();
	}

	/** Returns the text of a secrets file or app file, or null for folders and missing files. */
	textOf(id: string): string | null {
		const source = this.sources.find((s) => s.id === id);
		return source ? (source.kind === 'file' ? source.text : null) : this.code.textOf(id);
	}

	/** Replaces the text of a secrets file or app file, as typed in its editor. */
	setText(id: string, text: string): void {
		if (this.code.has(id)) return this.code.setText(id, text);
		const source = this.sources.find((s) => s.id === id);
		if (!source || source.text === text) return;
		source.text = text;
		this.#update();
	}

	/** Changes other fields of a source (path, kind, folder files). */
	edit(id: string, change: Partial<Pick<SourceDraft, 'path' | 'kind' | 'files'>>): void {
		const source = this.sources.find((s) => s.id === id);
		if (!source) return;
		Object.assign(source, change);
		this.#update();
	}

	/** Appends a file or a Kubernetes-style folder to `secrets.files` and shows it. */
	add(kind: 'file' | 'directory'): void {
		const id = `extra-${Date.now().toString(36)}-${this.sources.length}`;
		const files: FolderFile[] = [{ folder: 'api_key', name: 'api_key', content: '' }];
		this.sources.push({
			id,
			path: kind === 'file' ? 'app/.streamlit/secrets.toml' : '/run/secrets',
			kind,
			text: '',
			files: kind === 'directory' ? files : [],
			fixed: false
		});
		this.active = id;
		this.#update();
	}

	/** Removes an added source. */
	remove(id: string): void {
		const index = this.sources.findIndex((s) => s.id === id && !s.fixed);
		if (index < 0) return;
		this.sources.splice(index, 1);
		if (this.active === id) this.active = this.sources[index - 1].id;
		this.#update();
	}

	/** Replaces every source and the app code (an example), keeping the console history. */
	load(sources: SourceDraft[], code: CodeFile[] = defaultCode()): void {
		this.sources = sources;
		this.active = projectId;
		this.code.reset(code);
		this.setRevealAll(false);
		this.problem = null;
		this.#update(true, true);
	}

	/** Loads an example; a draft it replaces can be brought back with {@link undo}. */
	loadExample(sources: SourceDraft[], code: CodeFile[] = defaultCode()): void {
		const before = this.#offerUndo('example');
		this.load(sources, code);
		this.undoable = before;
	}

	/**
	 * Clears the editors, the console and everything stored in this tab. A draft it
	 * clears stays in memory, never in storage, so that {@link undo} can bring it back.
	 */
	forget(): void {
		const before = this.#offerUndo('forget');
		this.#drafts.cancel();
		this.#scheduler.stop();
		this.sources = defaultSources('');
		this.active = projectId;
		this.code.reset();
		this.history = [];
		this.accesses = [];
		this.problem = null;
		this.setRevealAll(false);
		this.setFilter('');
		this.#update(false, true);
		forgetDraft();
		this.theme = 'system';
		applyTheme('system');
		this.undoable = before;
	}

	/** Brings back, exactly, the draft the last Forget or example replaced. */
	undo(): void {
		const u = this.undoable;
		if (!u) return;
		this.dismissUndo();
		this.sources = u.draft.sources;
		this.active = u.draft.active;
		this.history = u.draft.history;
		this.code.reset(u.draft.code, u.draft.activeCode);
		this.problem = null;
		if (u.theme !== this.theme) this.setTheme(u.theme);
		this.#update();
	}

	/** Lets go of the draft {@link undo} would bring back. */
	dismissUndo(): void {
		clearTimeout(this.#undoTimer);
		this.undoable = null;
	}

	/** Keeps the offer to undo until it is used or dismissed (it has the focus). */
	holdUndo(): void {
		clearTimeout(this.#undoTimer);
	}

	/** Applies a colour scheme. */
	setTheme(theme: Theme): void {
		this.theme = theme;
		applyTheme(theme);
	}

	/** Selects `from`–`to` in the editor of the source with report index `source`. */
	select(source: number, from: number, to: number): void {
		const id = this.idAt(source);
		if (id === undefined) return;
		if (this.code.has(id)) this.code.active = id;
		else this.active = id;
		this.jump = { id, from, to, seq: ++this.#jumps };
	}

	/** Selects the key of entry `index` of `list` (the report's paths by default) in its editor. */
	selectEntry(index: number, list: EntryList = this.report): void {
		const key = entryRange(list, index);
		const entry = list.entries[index];
		if (key && entry) this.select(entry.source, key.from, key.to);
	}

	/** Selects a diagnostic's range in its editor. */
	goTo(d: Diagnostic): void {
		this.problem = d;
		this.select(d.source ?? 0, d.from, d.to);
	}

	/** Moves to the next (1) or previous (-1) diagnostic from the cursor, wrapping around. */
	step(direction: 1 | -1): void {
		const c = this.cursor;
		const source = this.reportIds.indexOf(c?.id ?? this.active);
		const next = stepDiagnostic(
			this.report.diagnostics,
			this.problem,
			source,
			c?.pos ?? -1,
			direction
		);
		if (next) this.goTo(next);
	}

	/** Adds a console statement and runs the whole history again. */
	submit(statement: string): void {
		this.history.push(statement);
		this.#update();
	}

	/** Empties the console. */
	clearConsole(): void {
		this.history = [];
		this.accesses = [];
		this.#update();
	}

	/** Saves unsaved edits now (the page is being hidden or left). */
	flush(): void {
		this.#drafts.flush();
	}

	/** Returns the draft as it is, to undo `what`, or null when there is nothing to lose. */
	#offerUndo(what: Undoable['what']): Undoable | null {
		this.dismissUndo();
		const draft: Draft = $state.snapshot({
			sources: this.sources,
			active: this.active,
			history: this.history,
			code: this.code.files,
			activeCode: this.code.active
		});
		const empty =
			draft.sources.every((s) => s.text === '' && s.files.every((f) => f.content === '')) &&
			draft.code!.every((f) => f.text === '') &&
			draft.history.length === 0;
		if (empty) return null;
		this.#undoTimer = setTimeout(() => (this.undoable = null), undoTimeout);
		return { what, draft, theme: this.theme };
	}

	#find(): void {
		if (this.filter && this.report.truncated && this.report.positioned)
			this.#scheduler.find(this.filter, rowLimit);
	}

	#update(save = true, keepUndo = false): void {
		// Any edit after Forget or an example lets go of what they replaced.
		if (!keepUndo && this.undoable) this.dismissUndo();
		// No snapshots: the scheduler copies what it keeps into plain objects.
		const size = this.#scheduler.run(this.sources, this.code.files, this.history);
		if (save && this.#persist) this.#drafts.edited(size);
	}
}
