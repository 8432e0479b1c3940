import type { Diagnostic } from '../diagnostic.ts';
import { streamlitDiagnostic } from '../diagnostics/streamlit-messages.ts';
import { PyDict } from '../python/values.ts';
import { describeInvisible, firstInvisible, withoutInvisible } from '../toml/invisible.ts';
import type { SectionContext } from './section-context.ts';

/**
 * Warns about every quoted key that holds an invisible format character (a zero width space,
 * a byte order mark, …), valid TOML that the app cannot read by the name it shows, with a fix
 * that removes the characters where they are written as is. Bare keys with such characters
 * are not valid TOML and get `toml/invisible-character` instead; a byte order mark at the
 * start of the file gets `streamlit/bom-in-key`.
 */
export function keyRules(ctx: SectionContext): Diagnostic[] {
	const out: Diagnostic[] = [];
	// An explicit stack, and paths built only for a finding: tables nest 10,000 deep in
	// files people paste, which would overflow the call stack or copy paths quadratically.
	const stack: { dict: PyDict; node: PathNode | null }[] = [{ dict: ctx.merged, node: null }];
	for (let top = stack.pop(); top; top = stack.pop()) {
		const nested: { dict: PyDict; node: PathNode }[] = [];
		const parent = top.node;
		top.dict.map.forEach((value, key) => {
			const at = firstInvisible(key);
			if (at >= 0) {
				const d = invisibleKey(ctx, pathOf({ key, parent }), key.charCodeAt(at));
				if (d) out.push(d);
			}
			if (value instanceof PyDict) nested.push({ dict: value, node: { key, parent } });
		});
		for (let i = nested.length - 1; i >= 0; i--) stack.push(nested[i]);
	}
	return out;
}

/** One key of a path, linked to the key of the table that holds it. */
interface PathNode {
	/** The key. */
	key: string;
	/** The enclosing table's key, or null at the root. */
	parent: PathNode | null;
}

function pathOf(node: PathNode): string[] {
	const path: string[] = [];
	for (let n: PathNode | null = node; n; n = n.parent) path.push(n.key);
	return path.reverse();
}

function invisibleKey(ctx: SectionContext, path: string[], char: number): Diagnostic | null {
	const source = ctx.layout.sourceOf.get(path[0]);
	const text = source === undefined ? null : ctx.layout.texts[source];
	const where = source === undefined ? undefined : ctx.layout.outlines[source]?.get(path);
	if (text === null || text === undefined || !where) return null;
	const written = text.slice(where.key.from, where.key.to);
	if (!/^["']/.test(written)) return null;
	const key = path[path.length - 1];
	const shown = withoutInvisible(key);
	const d = streamlitDiagnostic(
		'streamlit/invisible-in-key',
		{ key: shown, char: describeInvisible(char) },
		where.key.from,
		where.key.to,
		source
	);
	if (firstInvisible(written) >= 0)
		d.fix = {
			label: 'Remove the invisible character',
			from: where.key.from,
			to: where.key.to,
			insert: withoutInvisible(written)
		};
	return d;
}
