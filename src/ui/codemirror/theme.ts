import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

const theme = EditorView.theme({
	'&': {
		color: 'var(--text)',
		backgroundColor: 'var(--surface)',
		fontSize: '0.9rem',
		height: '100%'
	},
	'&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '-2px' },
	'.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.5' },
	'.cm-content': { caretColor: 'var(--text)' },
	'.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
	'&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection':
		{ backgroundColor: 'var(--selection)' },
	'.cm-activeLine': { backgroundColor: 'var(--active-line)' },
	'.cm-activeLineGutter': { backgroundColor: 'var(--active-line)' },
	'.cm-gutters': {
		backgroundColor: 'var(--surface-2)',
		color: 'var(--muted)',
		borderRight: '1px solid var(--border)'
	},
	'.cm-matchingBracket': { backgroundColor: 'var(--match)', outline: '1px solid var(--muted)' },
	'.cm-panels': { backgroundColor: 'var(--surface-2)', color: 'var(--text)' },
	'.cm-panels input, .cm-panels button': { font: 'inherit', color: 'inherit' },
	'.cm-textfield': { backgroundColor: 'var(--surface)', border: '1px solid var(--border)' },
	'.cm-button': {
		backgroundImage: 'none',
		backgroundColor: 'var(--surface)',
		border: '1px solid var(--border)'
	},
	'.cm-tooltip': {
		backgroundColor: 'var(--surface)',
		color: 'var(--text)',
		border: '1px solid var(--border)',
		maxWidth: 'min(32rem, 90vw)'
	},
	'.cm-tooltip-autocomplete > ul > li[aria-selected]': {
		backgroundColor: 'var(--accent)',
		color: 'var(--on-accent)'
	},
	'.cm-completionDetail': { color: 'inherit', opacity: '0.85', marginLeft: '1em' },
	'.cm-secrets-diagnostic p': { margin: '0.2em 0' },
	'.cm-secrets-diagnostic .hint, .cm-secrets-diagnostic .why': { fontSize: '0.9em' },
	'.cm-secrets-diagnostic a': { color: 'var(--link)' },
	'.cm-secrets-diagnostic code': { fontFamily: 'var(--mono)', overflowWrap: 'anywhere' },
	'.cm-diagnosticAction': { backgroundColor: 'var(--accent)', color: 'var(--on-accent)' },
	'.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy var(--error)' },
	'.cm-lintRange-warning': {
		backgroundImage: 'none',
		textDecoration: 'underline wavy var(--warning)'
	},
	'.cm-lintRange-info': { backgroundImage: 'none', textDecoration: 'underline dotted var(--info)' },
	'.cm-searchMatch': { backgroundColor: 'var(--match)' }
});

const highlight = HighlightStyle.define([
	{ tag: [tags.comment, tags.lineComment], color: 'var(--syntax-comment)', fontStyle: 'italic' },
	{ tag: [tags.string, tags.special(tags.string)], color: 'var(--syntax-string)' },
	{ tag: [tags.number, tags.bool, tags.atom], color: 'var(--syntax-number)' },
	// TOML keys and Python attributes (`st.secrets.db`) share a colour; plain names stay plain.
	{ tag: tags.propertyName, color: 'var(--syntax-key)' },
	{
		tag: [tags.heading, tags.keyword, tags.meta],
		color: 'var(--syntax-heading)',
		fontWeight: 'bold'
	},
	{ tag: tags.bracket, color: 'var(--muted)' }
]);

/** Returns the editor's look, entirely from the page's CSS custom properties (both themes). */
export function editorTheme(): Extension {
	return [theme, syntaxHighlighting(highlight)];
}
