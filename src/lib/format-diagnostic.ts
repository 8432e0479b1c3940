import { lineColumnIn, lineStarts, type Diagnostic } from './diagnostic.ts';

/**
 * Returns the command-line form of a diagnostic: `file:line:col severity code
 * message`, then the hint and a short code frame with a caret under the range.
 * `starts` are the text's {@link lineStarts}; pass them when formatting many
 * diagnostics of one text.
 */
export function formatDiagnostic(
	d: Diagnostic,
	file: string,
	text: string,
	starts: readonly number[] = lineStarts(text)
): string {
	const { line, column } = lineColumnIn(starts, text.length, d.from);
	const lines = [`${file}:${line}:${column} ${d.severity} ${d.code} ${d.message}`];
	if (d.hint) lines.push(`  hint: ${d.hint}`);
	const source =
		line <= starts.length
			? text.slice(starts[line - 1], starts[line] ?? text.length).replace(/\r?\n$|\r$/, '')
			: undefined;
	if (source !== undefined && text.length > 0) {
		const end = lineColumnIn(starts, text.length, d.to);
		const width =
			end.line === line
				? Math.max(1, end.column - column)
				: Math.max(1, source.length - column + 1);
		const gutter = String(line).padStart(4);
		lines.push(`${gutter} | ${source.length > 200 ? source.slice(0, 200) + '…' : source}`);
		lines.push(
			`${' '.repeat(gutter.length)} | ${' '.repeat(Math.max(0, column - 1))}${'^'.repeat(Math.min(width, 200))}`
		);
	}
	return lines.join('\n');
}
