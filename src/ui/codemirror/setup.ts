import { closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import type { Extension } from '@codemirror/state';
import {
	drawSelection,
	EditorView,
	dropCursor,
	highlightActiveLine,
	highlightActiveLineGutter,
	highlightSpecialChars,
	keymap,
	lineNumbers
} from '@codemirror/view';
import { languageSupport, type EditorLanguage } from './languages.ts';

/**
 * Returns the editor's behaviour: line numbers, undo history, bracket matching and
 * closing, search, highlighting of `language` (for TOML also completion of
 * Streamlit's sections and keys), wrapped lines (no sideways scrolling on a phone).
 * Tab is left to move focus out of the editor, so the page stays usable with a
 * keyboard alone.
 */
export function editorSetup(language: EditorLanguage): Extension {
	return [
		lineNumbers(),
		highlightActiveLineGutter(),
		highlightSpecialChars(),
		history(),
		drawSelection(),
		dropCursor(),
		indentOnInput(),
		bracketMatching(),
		closeBrackets(),
		highlightActiveLine(),
		EditorView.lineWrapping,
		highlightSelectionMatches(),
		search({ top: true }),
		languageSupport(language),
		keymap.of([
			...closeBracketsKeymap,
			...defaultKeymap,
			...searchKeymap,
			...historyKeymap,
			...completionKeymap
		])
	];
}
