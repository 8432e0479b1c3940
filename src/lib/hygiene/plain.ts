import type { Diagnostic } from '../diagnostic.ts';
import type { PlainPositions } from '../plain-toml/positions.ts';
import {
	addValueDiagnostics,
	displayPath,
	gitReminder,
	inspectValue,
	type HygieneOptions
} from './diagnostics.ts';

/**
 * {@link hygieneDiagnostics} for a text read by the plain TOML reader: the same
 * diagnostics (in text order rather than key order), found by walking the recorded
 * `key = value` positions instead of the secrets and looking each path up.
 */
export function plainHygieneDiagnostics(
	text: string,
	positions: PlainPositions,
	options: HygieneOptions = {}
): Diagnostic[] {
	const out = gitReminder(options);
	positions.forEachValue((table, key, from, to, value) => {
		if (typeof value === 'string') {
			const found = inspectValue(value, key);
			if (!found) return;
			const full = [...positions.pathOf(table), key];
			const shown = displayPath(full, positions.indexFlags(full));
			addValueDiagnostics(out, text, value, found, shown, { from, to, exact: true });
		} else if (Array.isArray(value))
			for (let i = 0; i < value.length; i++) {
				const item = value[i];
				if (typeof item !== 'string') continue;
				const found = inspectValue(item, key);
				if (!found) continue;
				const full = [...positions.pathOf(table), key, String(i)];
				const shown = displayPath(full, positions.indexFlags(full));
				addValueDiagnostics(out, text, item, found, shown, { from, to, exact: false });
			}
	});
	return out;
}
