import type { Diagnostic } from '../diagnostic.ts';
import type { PlainPositions, TableRef } from '../plain-toml/positions.ts';
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
 * diagnostics (in text order rather than key order), found by walking the string and
 * array values the reader kept instead of the secrets and looking each path up. The
 * text must have been read keeping at least the values {@link mayWarn} keeps (see
 * {@link PlainPositions.forEachTextValue}).
 */
export function plainHygieneDiagnostics(
	text: string,
	positions: PlainPositions,
	options: HygieneOptions = {}
): Diagnostic[] {
	const out = gitReminder(options);
	// Each table's display path is found once, however many of its values have warnings;
	// a table under a dotted or inline key extends its owner's (dotted keys interleave
	// the values of many small tables).
	const shownTables: (string | undefined)[] = new Array(positions.tableCount);
	const tableShown = (table: TableRef): string => {
		let shown = shownTables[table.id];
		if (shown === undefined) {
			const owner = positions.ownerOf(table);
			if (owner) shown = displayChild(tableShown(owner[0]), owner[1]);
			else {
				const path = positions.pathOf(table);
				shown = displayPath(path, positions.indexFlags(path));
			}
			shownTables[table.id] = shown;
		}
		return shown;
	};
	positions.forEachTextValue((table, key, from, to, value) => {
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
