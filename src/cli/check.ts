import { readFileSync } from 'node:fs';
import {
	check,
	formatDiagnostic,
	lineColumnIn,
	listSecrets,
	type AppSource,
	type CheckReport
} from '../lib/index.ts';
import { version } from '../../package.json';
import type { CliArgs } from './args.ts';
import { githubAnnotations } from './formats/github.ts';
import { junitReport } from './formats/junit.ts';
import { sarifLog } from './formats/sarif.ts';
import { isFailing, lineIndex, locateDiagnostics, type LocatedDiagnostic } from './located.ts';
import { diagnosticRules } from './rules.ts';
import { valuePrinter, type ValuePrinter } from './hide-values.ts';
import { defaultSecretPaths, homeDirectory, readSources } from './sources.ts';

function fixJson(
	fix: NonNullable<CheckReport['diagnostics'][number]['fix']>,
	values: ValuePrinter
) {
	const insert = values.hide(fix.insert);
	return insert === fix.insert ? fix : { ...fix, insert, masked: true };
}

function toJson(report: CheckReport, values: ValuePrinter) {
	const startsOf = lineIndex(report);
	const located = locateDiagnostics(report, values.hide);
	return {
		values: values.shown ? 'shown' : 'masked',
		diagnostics: report.diagnostics.map((d, i) => ({
			...located[i],
			...(d.fix ? { fix: fixJson(d.fix, values) } : {})
		})),
		load: report.load.ok
			? report.load
			: { ...report.load, message: values.hide(report.load.message) },
		secrets: listSecrets(report).map(({ path, source, type, bracket, attribute }) => ({
			path,
			file: report.sources[source]?.path,
			type,
			bracket,
			attribute
		})),
		environment: report.environment.map(({ key, value, source }) => ({
			key,
			value: values.hide(value),
			file: report.sources[source]?.path
		})),
		...(report.reads.length || report.sources.some((s) => s.kind === 'app')
			? { reads: report.reads.map((f) => readJson(report, f, startsOf(f.source), values)) }
			: {})
	};
}

function readJson(
	report: CheckReport,
	f: CheckReport['reads'][number],
	starts: readonly number[],
	values: ValuePrinter
) {
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
		...(f.raised ? { raised: { ...f.raised, str: values.hide(f.raised.str) } } : {}),
		...(f.read.protections.length ? { protectedBy: f.read.protections.map((p) => p.by) } : {})
	};
}

/** Reads the `--app` files as UTF-8 text; an unreadable file throws Node's error (exit 2). */
function readApps(paths: readonly string[]): AppSource[] {
	return paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

function summaryLine(report: CheckReport, apps: number, values: ValuePrinter): string {
	const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
	const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
	let summary = report.load.ok
		? `st.secrets loads: ${report.merged?.map.size ?? 0} root keys, ${report.environment.length} exported to os.environ`
		: `st.secrets fails to load: ${report.load.type}: ${values.hide(report.load.message)}`;
	if (apps) {
		const failing = report.reads.filter((f) => f.status === 'missing' || f.status === 'raises');
		summary += `. ${report.reads.length} read${report.reads.length === 1 ? '' : 's'} in ${apps} app file${apps === 1 ? '' : 's'}, ${failing.length} will fail`;
	}
	return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}. ${summary}`;
}

function textReport(
	report: CheckReport,
	args: CliArgs,
	apps: number,
	values: ValuePrinter
): string {
	const out: string[] = [];
	const startsOf = lineIndex(report);
	for (const d of report.diagnostics) {
		const i = d.source ?? 0;
		const hidden = { ...d, message: values.hide(d.message), hint: d.hint && values.hide(d.hint) };
		out.push(formatDiagnostic(hidden, report.sources[i].path, values.sourceText(i), startsOf(i)));
	}
	if (!args.quiet) out.push(summaryLine(report, apps, values));
	return out.length ? out.join('\n') + '\n' : '';
}

function formatted(report: CheckReport, args: CliArgs, apps: number): string {
	const values = valuePrinter(report, args.showValues);
	const located = (): LocatedDiagnostic[] => locateDiagnostics(report, values.hide);
	switch (args.format) {
		case 'json':
			return JSON.stringify(toJson(report, values), null, 1) + '\n';
		case 'sarif':
			return (
				JSON.stringify(
					sarifLog(located(), diagnosticRules(), { name: 'st-secrets', version }, process.cwd()),
					null,
					1
				) + '\n'
			);
		case 'github': {
			const lines = githubAnnotations(located());
			if (!args.quiet) lines.push(summaryLine(report, apps, values));
			return lines.length ? lines.join('\n') + '\n' : '';
		}
		case 'junit':
			return junitReport(
				report.sources.map((s) => s.path),
				located(),
				(d) => isFailing([d], args.strict)
			);
		case 'text':
			return textReport(report, args, apps, values);
	}
}

/**
 * Runs `st-secrets check`: prints the diagnostics in the chosen format; returns exit status 1
 * when any is an error (or, with `--strict`, a warning), else 0.
 */
export function runCheck(args: CliArgs): number {
	const paths = args.sources.length ? args.sources : defaultSecretPaths();
	const apps = readApps(args.app);
	const report = check(readSources(paths), {
		...(apps.length ? { apps } : {}),
		hygiene: args.hygiene,
		home: homeDirectory()
	});
	process.stdout.write(formatted(report, args, apps.length));
	return isFailing(report.diagnostics, args.strict) ? 1 : 0;
}
