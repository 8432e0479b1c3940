import { diagnosticCount } from '@codemirror/lint';
import { EditorState, type Extension, type Text } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { Diagnostic } from '../../lib/index.ts';
import { embedOptions } from '../share/embed-options.ts';
import type { EditorLanguage } from './languages.ts';
import { problemGutter, showDiagnostics } from './lint.ts';
import { editorSetup } from './setup.ts';
import { editorTheme } from './theme.ts';

/** What a {@link SourceEditor} reports back. */
export interface EditorCallbacks {
	/** Receives the whole text after each change. */
	onchange: (text: string) => void;
	/** Receives the cursor position after each move (and on focus). */
	oncursor: (pos: number) => void;
}

/**
 * One CodeMirror view over a secrets file or an app file, with the few operations
 * the page needs. The editor owns the text while the person types; text from
 * outside (an example, an opened file, Forget) starts a fresh state, so undo never
 * brings replaced secrets back.
 */
export class SourceEditor {
	/** The view, for tests of focus and for destruction. */
	readonly view: EditorView;
	#typed: string;
	#extensions: Extension;
	#shown: { list: readonly Diagnostic[]; length: number; doc: Text | null } = {
		list: [],
		length: -1,
		doc: null
	};

	/** Creates an editor of `language` inside `parent`, labelled `label` for assistive technology. */
	constructor(
		parent: HTMLElement,
		doc: string,
		label: string,
		language: EditorLanguage,
		callbacks: EditorCallbacks
	) {
		const listener = EditorView.updateListener.of((u) => {
			if (u.docChanged) callbacks.onchange((this.#typed = u.state.doc.toString()));
			if (u.docChanged || u.selectionSet || (u.focusChanged && u.view.hasFocus))
				callbacks.oncursor(u.state.selection.main.head);
		});
		// An explicit tabindex lets checkers see that the scrolling editor is focusable.
		const attributes = EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' });
		this.#extensions = [
			editorSetup(language),
			problemGutter(),
			editorTheme(),
			attributes,
			listener,
			EditorState.readOnly.of(embedOptions.readonly)
		];
		this.#typed = doc;
		this.view = new EditorView({ parent, state: this.#fresh(doc) });
	}

	/** Shows `doc` unless it is what was typed last, keeping the diagnostics on show. */
	setDoc(doc: string): void {
		if (doc === this.#typed) return;
		this.view.setState(this.#fresh((this.#typed = doc)));
		const { list, length } = this.#shown;
		this.#shown.doc = null;
		this.setDiagnostics(list, length);
	}

	/**
	 * Replaces the diagnostics; `length` is that of the text they were computed for.
	 * Does nothing when the editor already shows them for this document: each
	 * update redraws the underlines and gutter.
	 */
	setDiagnostics(list: readonly Diagnostic[], length: number): void {
		const state = this.view.state;
		const shown = this.#shown;
		const same = list === shown.list && length === shown.length && state.doc === shown.doc;
		this.#shown = { list, length, doc: state.doc };
		if (same || (list.length === 0 && diagnosticCount(state) === 0)) return;
		this.view.dispatch(showDiagnostics(state, list, length));
	}

	/** Renames the text box. */
	setLabel(label: string): void {
		this.view.contentDOM.setAttribute('aria-label', label);
	}

	/** Selects `from`–`to` (clamped), scrolls it to the middle and focuses the editor. */
	select(from: number, to: number): void {
		const end = this.view.state.doc.length;
		const [anchor, head] = [Math.min(from, end), Math.min(to, end)];
		const effects = EditorView.scrollIntoView(anchor, { y: 'center' });
		this.view.dispatch({ selection: { anchor, head }, effects });
		this.view.focus();
	}

	/** Removes the editor from the page. */
	destroy(): void {
		this.view.destroy();
	}

	#fresh(doc: string): EditorState {
		return EditorState.create({ doc, extensions: this.#extensions });
	}
}
