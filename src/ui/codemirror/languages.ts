import { autocompletion } from '@codemirror/autocomplete';
import { StreamLanguage, type StreamParser } from '@codemirror/language';
import { python } from '@codemirror/legacy-modes/mode/python';
import { toml } from '@codemirror/legacy-modes/mode/toml';
import type { Extension } from '@codemirror/state';
import { secretsCompletion } from './completion.ts';

/** What an editor holds: a secrets file or a Python file of the app. */
export type EditorLanguage = 'toml' | 'python';

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
 * Returns Python highlighting through the legacy stream mode: enough to read app
 * code, and much smaller than a full grammar in the editor bundle.
 */
export function pythonLanguage(): Extension {
	return StreamLanguage.define(python);
}

/** Returns the language support of an editor: TOML with Streamlit's keys completed, or Python. */
export function languageSupport(language: EditorLanguage): Extension {
	return language === 'toml'
		? [tomlLanguage(), autocompletion({ override: [secretsCompletion] })]
		: pythonLanguage();
}
