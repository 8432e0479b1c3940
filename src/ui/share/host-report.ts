import { locate } from '../line-index.ts';
import type { ReportView } from '../analysis/report-view.ts';

/** One diagnostic as the host page receives it. */
export interface HostDiagnostic {
	/** Path of the file it is in. */
	file: string;
	/** The diagnostic code, e.g. `toml/unquoted-string`. */
	code: string;
	/** `error`, `warning` or `info`. */
	severity: string;
	/** Start offset in the file (UTF-16). */
	from: number;
	/** End offset (exclusive). */
	to: number;
	/** 1-based line of `from`. */
	line: number;
	/** 1-based column of `from`. */
	column: number;
	/** The message, only when the embed was opened with `values=1` (messages may quote values). */
	message?: string;
}

/** One path the app can read, as the host page receives it. */
export interface HostPath {
	/** The key path. */
	path: string[];
	/** Bracket form, `st.secrets["db"]["user"]`. */
	bracket: string;
	/** Attribute form, or null where Python cannot reach the path that way. */
	attribute: string | null;
	/** Python type name. */
	type: string;
	/** Python `repr()` of the value, only with `values=1`. */
	value?: string;
}

/** The `report` message the embed sends to its host after each analysis. */
export interface HostReport {
	/** Always `report`. */
	type: 'report';
	/** Protocol version. */
	version: 1;
	/** Whether values and messages are included (the embed URL has `values=1`). */
	values: boolean;
	/** Whether `st.secrets` loads; the exception type when it does not (its text only with values). */
	load: { ok: true } | { ok: false; type: string; message?: string };
	/** Every diagnostic, sorted. */
	diagnostics: HostDiagnostic[];
	/** Every path the app can read. */
	paths: HostPath[];
}

/** The protocol version of the messages between embed and host. */
export const protocolVersion = 1;

/**
 * Returns the report the host page receives for `report`: diagnostics with file, code,
 * severity and position, paths with their forms and types. Values, exception texts and
 * messages (which may quote values) are included only when `values` is true.
 */
export function hostReport(report: ReportView, values: boolean): HostReport {
	const load = report.load.ok
		? ({ ok: true } as const)
		: {
				ok: false as const,
				type: report.load.type,
				...(values ? { message: report.load.message } : {})
			};
	return {
		type: 'report',
		version: protocolVersion,
		values,
		load,
		diagnostics: report.diagnostics.map((d) => {
			const source = report.sources[d.source ?? 0];
			const at = locate(source?.text ?? '', d.from);
			return {
				file: source?.path ?? '',
				code: d.code,
				severity: d.severity,
				from: d.from,
				to: d.to,
				line: at.line,
				column: at.column,
				...(values ? { message: d.message } : {})
			};
		}),
		paths: report.entries.map((e) => ({
			path: [...e.path],
			bracket: e.bracket,
			attribute: e.attribute,
			type: e.type,
			...(values ? { value: e.repr } : {})
		}))
	};
}
