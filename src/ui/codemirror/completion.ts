import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { Text } from '@codemirror/state';
import {
	authKeys,
	connectionKeys,
	connectionKind,
	providerKeys,
	sections,
	type KnownKey
} from './streamlit-keys.ts';

const header = /^\s*\[\s*([^\]]*?)\s*\]/;
/** How far up the completion looks for the current table header. */
const scanLines = 2000;

/** Returns the table the line belongs to and the `type` written in it, scanning upwards. */
function tableAt(doc: Text, line: number): { table: string; type: string | null } {
	let type: string | null = null;
	for (let n = line - 1; n >= Math.max(1, line - scanLines); n--) {
		const text = doc.line(n).text;
		const h = header.exec(text);
		if (h) return { table: h[1].replace(/["'\s]/g, ''), type };
		const t = /^\s*type\s*=\s*["']([^"']*)/.exec(text);
		if (t) type = t[1];
	}
	return { table: '', type };
}

function keysFor(table: string, type: string | null): KnownKey[] {
	if (table === 'auth') return authKeys;
	if (/^auth\.[^.]+$/.test(table)) return providerKeys;
	const connection = /^connections\.([^.]+)$/.exec(table);
	if (!connection) return [];
	const kind = connectionKind(connection[1], type);
	const keys = kind ? connectionKeys[kind] : [];
	return type || kind === 'gsheets' ? keys : [{ name: 'type', info: 'Connection class' }, ...keys];
}

const option = (key: KnownKey, apply: string, type: string): Completion => ({
	label: key.name,
	detail: key.info,
	apply,
	type
});

/**
 * Completes Streamlit's known section names inside `[…]` and the keys each known
 * section reads (`[auth]`, `[auth.NAME]`, `[connections.NAME]` by its type).
 */
export function secretsCompletion(context: CompletionContext): CompletionResult | null {
	const line = context.state.doc.lineAt(context.pos);
	const before = line.text.slice(0, context.pos - line.from);
	const inHeader = /^\s*\[\[?\s*([\w.-]*)$/.exec(before);
	if (inHeader) {
		const from = context.pos - inHeader[1].length;
		return {
			from,
			options: sections.map((s) => option(s, s.name, 'namespace')),
			validFor: /^[\w.-]*$/
		};
	}
	const inKey = /^\s*([\w-]*)$/.exec(before);
	if (!inKey || (!context.explicit && inKey[1] === '')) return null;
	const { table, type } = tableAt(context.state.doc, line.number);
	const keys = keysFor(table, type);
	if (!keys.length) return null;
	return {
		from: context.pos - inKey[1].length,
		options: keys.map((key) => option(key, `${key.name} = `, 'property')),
		validFor: /^[\w-]*$/
	};
}
