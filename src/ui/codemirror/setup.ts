import {
	autocompletion,
	closeBrackets,
	closeBracketsKeymap,
	completionKeymap
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import {
	bracketMatching,
	indentOnInput,
	StreamLanguage,
	type StreamParser
} from '@codemirror/language';
import { toml } from '@codemirror/legacy-modes/mode/toml';
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
import { secretsCompletion } from './completion.ts';

// The mode styles `[table]` headers like dates and booleans; give them their own style.
const tomlWithHeaders: StreamParser<unknown> = {
	...toml,
	token(stream, state) {
		const style = toml.token(stream, state);
		return style === 'atom' && stream.current().startsWith('[') ? 'heading' : style;
	}
};

/** Returns TOML highlighting through the maintained legacy stream mode (there is no lang-toml). */
export function tomlLanguage(): Extension {
	return StreamLanguage.define(tomlWithHeaders);
}

/**
 * Returns the editor's behaviour: line numbers, undo history, bracket matching and
 * closing, search, completion of Streamlit's sections and keys, wrapped lines (no
 * sideways scrolling on a phone). Tab is left to move
 * focus out of the editor, so the page stays usable with a keyboard alone.
 */
export function editorSetup(): Extension {
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
		autocompletion({ override: [secretsCompletion] }),
		highlightActiveLine(),
		EditorView.lineWrapping,
		highlightSelectionMatches(),
		search({ top: true }),
		tomlLanguage(),
		keymap.of([
			...closeBracketsKeymap,
			...defaultKeymap,
			...searchKeymap,
			...historyKeymap,
			...completionKeymap
		])
	];
}
