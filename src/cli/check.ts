import { readFileSync } from 'node:fs';
import {
	check,
	formatDiagnostic,
	lineColumnIn,
	lineStarts,
	listSecrets,
	type AppSource,
	type CheckReport
} from '../lib/index.ts';
import type { CliArgs } from './args.ts';
import { defaultSecretPaths, homeDirectory, readSources } from './sources.ts';

/** Each source's line starts, found once however many diagnostics it has. */
function lineIndex(report: CheckReport): (source: number) => readonly number[] {
	const found = new Map<number, readonly number[]>();
	return (source) => {
		let starts = found.get(source);
		if (!starts) found.set(source, (starts = lineStarts(report.sources[source]?.text ?? '')));
		return starts;
	};
}

function toJson(report: CheckReport) {
	const startsOf = lineIndex(report);
	return {
		diagnostics: report.diagnostics.map((d) => {
			const source = report.sources[d.source ?? 0];
			const text = source?.text ?? '';
			const starts = startsOf(d.source ?? 0);
			const start = lineColumnIn(starts, text.length, d.from);
			const end = lineColumnIn(starts, text.length, d.to);
			return {
				code: d.code,
				severity: d.severity,
				file: source?.path ?? '',
				line: start.line,
				column: start.column,
				endLine: end.line,
				endColumn: end.column,
				message: d.message,
				...(d.hint ? { hint: d.hint } : {}),
				...(d.fix ? { fix: d.fix } : {})
			};
		}),
		load: report.load,
		secrets: listSecrets(report).map(({ path, source, type, bracket, attribute }) => ({
			path,
			file: report.sources[source]?.path,
			type,
			bracket,
			attribute
		})),
		environment: report.environment.map(({ key, value, source }) => ({
			key,
			value,
			file: report.sources[source]?.path
		})),
		...(report.reads.length || report.sources.some((s) => s.kind === 'app')
			? { reads: report.reads.map((f) => readJson(report, f, startsOf(f.source))) }
			: {})
	};
}

function readJson(report: CheckReport, f: CheckReport['reads'][number], starts: readonly number[]) {
	const source = report.sources[f.source];
	const start = lineColumnIn(starts, source?.text?.length ?? 0, f.read.from);
	return {
		file: source?.path ?? '',
		line: start.line,
		column: start.column,
		kind: f.read.kind,
		path: f.read.path,
		form: f.read.form,
		expr: f.read.expr,
		status: f.status,
		...(f.raised ? { raised: f.raised } : {}),
		...(f.read.protections.length ? { protectedBy: f.read.protections.map((p) => p.by) } : {})
	};
}

/** Reads the `--app` files as UTF-8 text; an unreadable file throws Node's error (exit 2). */
function readApps(paths: readonly string[]): AppSource[] {
	return paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

/** Runs `st-secrets check`: prints located diagnostics; exit 1 when any is an error. */
export function runCheck(args: CliArgs): number {
	const paths = args.sources.length ? args.sources : defaultSecretPaths();
	const apps = readApps(args.app);
	const report = check(readSources(paths), {
		...(apps.length ? { apps } : {}),
		hygiene: args.hygiene,
		home: homeDirectory()
	});
	const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
	if (args.json) {
		process.stdout.write(JSON.stringify(toJson(report), null, 1) + '\n');
		return errors ? 1 : 0;
	}
	const out: string[] = [];
	const startsOf = lineIndex(report);
	for (const d of report.diagnostics) {
		const source = report.sources[d.source ?? 0];
		out.push(formatDiagnostic(d, source.path, source.text ?? '', startsOf(d.source ?? 0)));
	}
	const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
	let summary = report.load.ok
		? `st.secrets loads: ${report.merged?.map.size ?? 0} root keys, ${report.environment.length} exported to os.environ`
		: `st.secrets fails to load: ${report.load.type}: ${report.load.message}`;
	if (apps.length) {
		const failing = report.reads.filter((f) => f.status === 'missing' || f.status === 'raises');
		summary += `. ${report.reads.length} read${report.reads.length === 1 ? '' : 's'} in ${apps.length} app file${apps.length === 1 ? '' : 's'}, ${failing.length} will fail`;
	}
	out.push(
		`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}. ${summary}`
	);
	process.stdout.write(out.join('\n') + '\n');
	return errors ? 1 : 0;
}
