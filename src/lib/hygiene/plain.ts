import type { Diagnostic } from '../diagnostic.ts';
import type { PlainPositions } from '../plain-toml/positions.ts';
import { displayPath, gitReminder, valueDiagnostics, type HygieneOptions } from './diagnostics.ts';

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
	positions.forEachValue((table, key, from, to) => {
		const value = table.map.get(key);
		if (typeof value === 'string')
			valueDiagnostics(out, text, value, key, () => {
				const full = [...positions.pathOf(table), key];
				return {
					shown: displayPath(full, positions.indexFlags(full)),
					at: { from, to, exact: true }
				};
			});
		else if (Array.isArray(value))
			value.forEach((item, i) => {
				if (typeof item !== 'string') return;
				valueDiagnostics(out, text, item, key, () => {
					const full = [...positions.pathOf(table), key, String(i)];
					return {
						shown: displayPath(full, positions.indexFlags(full)),
						at: { from, to, exact: false }
					};
				});
			});
	});
	return out;
}
