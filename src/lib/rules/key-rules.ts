import type { Diagnostic } from '../diagnostic.ts';
import { streamlitDiagnostic } from '../check/messages.ts';
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
	const visit = (dict: PyDict, path: readonly string[]) => {
		for (const [key, value] of dict.map) {
			const at = firstInvisible(key);
			if (at >= 0) {
				const d = invisibleKey(ctx, [...path, key], key.charCodeAt(at));
				if (d) out.push(d);
			}
			if (value instanceof PyDict) visit(value, [...path, key]);
		}
	};
	visit(ctx.merged, []);
	return out;
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
