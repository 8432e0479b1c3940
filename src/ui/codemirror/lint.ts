import {
	lintGutter,
	setDiagnostics,
	type Action,
	type Diagnostic as EditorDiagnostic
} from '@codemirror/lint';
import type { EditorState, Extension, TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { Diagnostic } from '../../lib/index.ts';
import { lessonFor } from '../../lib/check/lessons.ts';
import { renderCode } from '../rich-text.ts';

/** Returns the gutter markers for diagnostics (hovering one shows its messages). */
export function problemGutter(): Extension {
	return lintGutter();
}

function paragraph(className: string, text: string): HTMLElement {
	const p = document.createElement('p');
	p.className = className;
	p.append(renderCode(text));
	return p;
}

/** Builds the hover text: message, hint, why it matters and a documentation link. */
function renderDiagnostic(d: Diagnostic): HTMLElement {
	const lesson = lessonFor(d.code);
	const box = document.createElement('div');
	box.className = 'cm-secrets-diagnostic';
	box.append(paragraph('message', d.message));
	if (d.hint) box.append(paragraph('hint', d.hint));
	const why = paragraph('why', lesson.why + ' ');
	const link = why.appendChild(document.createElement('a'));
	link.href = lesson.url;
	link.target = '_blank';
	link.rel = 'noopener noreferrer';
	link.textContent = `Docs: ${lesson.title}`;
	box.append(why);
	return box;
}

function fixAction(fix: NonNullable<Diagnostic['fix']>, length: number): Action {
	return {
		name: fix.label.replaceAll('`', ''),
		apply(view: EditorView) {
			if (view.state.doc.length !== length) return;
			view.dispatch({
				changes: { from: fix.from, to: fix.to, insert: fix.insert },
				userEvent: 'input.fix'
			});
		}
	};
}

/**
 * Returns the transaction that shows the core's diagnostics in an editor: underlines,
 * gutter markers, hover text and quick fixes. Ranges are clamped to the document,
 * since a report computed in the worker may lag a keystroke behind; a fix only applies
 * to the text it was computed for.
 */
export function showDiagnostics(
	state: EditorState,
	list: readonly Diagnostic[],
	textLength: number
): TransactionSpec {
	const length = state.doc.length;
	const clamp = (n: number) => Math.max(0, Math.min(n, length));
	const converted: EditorDiagnostic[] = list.map((d) => ({
		from: clamp(d.from),
		to: clamp(Math.max(d.from, d.to)),
		severity: d.severity,
		source: d.code,
		message: d.message.replaceAll('`', ''),
		renderMessage: () => renderDiagnostic(d),
		actions: d.fix && textLength === length ? [fixAction(d.fix, length)] : []
	}));
	return setDiagnostics(state, converted);
}
