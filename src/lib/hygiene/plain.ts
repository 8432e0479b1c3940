import type { Diagnostic } from '../diagnostic.ts';
import type { PlainPositions } from '../plain-toml/positions.ts';
import {
	addValueDiagnostics,
	displayChild,
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
	// The values of a table come one after another: its display path is found once.
	let shownTable: { table: unknown; shown: string } = { table: null, shown: '' };
	const tableShown = (table: Parameters<PlainPositions['pathOf']>[0]): string => {
		if (shownTable.table !== table) {
			const path = positions.pathOf(table);
			shownTable = { table, shown: displayPath(path, positions.indexFlags(path)) };
		}
		return shownTable.shown;
	};
	positions.forEachValue((table, key, from, to, value) => {
		if (typeof value === 'string') {
			const found = inspectValue(value, key);
			if (!found) return;
			const shown = displayChild(tableShown(table), key);
			addValueDiagnostics(out, text, value, found, shown, { from, to, exact: true });
		} else if (Array.isArray(value))
			for (let i = 0; i < value.length; i++) {
				const item = value[i];
				if (typeof item !== 'string') continue;
				const found = inspectValue(item, key);
				if (!found) continue;
				const shown = displayChild(tableShown(table), key, i);
				addValueDiagnostics(out, text, item, found, shown, { from, to, exact: false });
			}
	});
	return out;
}
