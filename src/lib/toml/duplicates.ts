import type { Diagnostic } from '../diagnostic';
import { tomlDiagnostic } from './messages';
import type { Statement } from './statements';

const bareKey = /^[ \t]*([A-Za-z0-9_-]+)[ \t]*=/;
const bareHeader = /^[ \t]*\[[ \t]*([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)[ \t]*\][ \t]*(?:#.*)?$/;
const leading = /^\ufeff?(?:[ \t\r\n]+|#[^\n]*)*/;

function firstLine(text: string, from: number): string {
	const nl = text.indexOf('\n', from);
	return text.slice(from, nl < 0 ? text.length : nl).replace(/\r$/, '');
}

/**
 * Finds, in one pass, the plainest redefinitions among the statements not yet marked `bad`:
 * a bare key written twice under the same header, and (in a text without arrays of tables)
 * a bare `[table]` header written twice. Marks each second one bad (a header with its
 * table) and returns a `toml/duplicate-key` for it, as smol-toml would report it; every
 * other redefinition is left to smol-toml. `markTable` marks a header and its table.
 */
export function findDuplicates(
	text: string,
	statements: readonly Statement[],
	bad: boolean[],
	markTable: (at: number) => void
): Diagnostic[] {
	const out: Diagnostic[] = [];
	const starts = statements.map((s, i) => (i === 0 ? leading.exec(text)![0].length : s.from));
	const arrays = statements.some((s, i) => s.header && text.startsWith('[[', starts[i]));
	const keys = new Set<string>();
	const tables = new Set<string>();
	let context = -1;
	statements.forEach((s, i) => {
		const from = starts[i];
		const line = firstLine(text, from);
		if (s.header) {
			context = i;
			const m = arrays || bad[i] ? null : bareHeader.exec(line);
			if (!m) return;
			if (!tables.has(m[1])) return void tables.add(m[1]);
			const at = from + line.indexOf(m[1]);
			out.push(tomlDiagnostic('toml/duplicate-key', { key: m[1] }, at, at + m[1].length));
			markTable(i);
			return;
		}
		const m = bad[i] ? null : bareKey.exec(line);
		if (!m) return;
		const name = `${context}\u0000${m[1]}`;
		if (!keys.has(name)) return void keys.add(name);
		const at = from + line.indexOf(m[1]);
		out.push(tomlDiagnostic('toml/duplicate-key', { key: m[1] }, at, at + m[1].length));
		bad[i] = true;
	});
	return out;
}
