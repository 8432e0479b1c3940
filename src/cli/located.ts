import { lineColumnIn, lineStarts, type CheckReport, type Severity } from '../lib/index.ts';

/** A diagnostic with its file and 1-based line and column range, as every output format prints it. */
export interface LocatedDiagnostic {
	/** The namespaced diagnostic code (`toml/…`, `auth/…`, …). */
	code: string;
	/** How serious it is. */
	severity: Severity;
	/** The source's path as given on the command line. */
	file: string;
	/** 1-based line of the start. */
	line: number;
	/** 1-based column of the start, in UTF-16 code units. */
	column: number;
	/** 1-based line of the end. */
	endLine: number;
	/** 1-based column just past the end (equal to `column` for an empty range). */
	endColumn: number;
	/** One sentence. */
	message: string;
	/** How to fix it, when there is a hint. */
	hint?: string;
}

/** Returns a function that gives each source's line starts, found once however many diagnostics it has. */
export function lineIndex(report: CheckReport): (source: number) => readonly number[] {
	const found = new Map<number, readonly number[]>();
	return (source) => {
		let starts = found.get(source);
		if (!starts) found.set(source, (starts = lineStarts(report.sources[source]?.text ?? '')));
		return starts;
	};
}

/**
 * Returns every diagnostic of `report` with its file, line and column range, in report
 * order, its message and hint passed through `hide` (which masks the values in them).
 */
export function locateDiagnostics(
	report: CheckReport,
	hide: (text: string) => string
): LocatedDiagnostic[] {
	const startsOf = lineIndex(report);
	return report.diagnostics.map((d) => {
		const source = report.sources[d.source ?? 0];
		const length = source?.text?.length ?? 0;
		const starts = startsOf(d.source ?? 0);
		const start = lineColumnIn(starts, length, d.from);
		const end = lineColumnIn(starts, length, d.to);
		return {
			code: d.code,
			severity: d.severity,
			file: source?.path ?? '',
			line: start.line,
			column: start.column,
			endLine: end.line,
			endColumn: end.column,
			message: hide(d.message),
			...(d.hint ? { hint: hide(d.hint) } : {})
		};
	});
}

/** Returns true when the located diagnostics fail the check: any error, or any warning when `strict`. */
export function isFailing(
	diagnostics: readonly { severity: Severity }[],
	strict: boolean
): boolean {
	return diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}
