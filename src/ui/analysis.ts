import { check, listSecrets, type CheckReport, type SecretsSource } from '../lib/index.ts';
import { entryLimit, type ReportView } from './report-view.ts';

/**
 * Checks the sources and returns what the page shows. Never throws: should the core
 * fail, the view says so instead of leaving an older report on screen.
 */
export function analyze(sources: readonly SecretsSource[]): ReportView {
	let report: CheckReport;
	try {
		report = check(sources);
	} catch (e) {
		return {
			sources: sources.map((s) => ({
				path: s.path,
				kind: s.node.kind,
				text: s.node.kind === 'file' ? (s.node.text ?? null) : null,
				diagnostics: []
			})),
			diagnostics: [],
			load: { ok: true },
			environment: [],
			skipped: [],
			entries: [],
			truncated: false,
			crash: String(e)
		};
	}
	const entries = listSecrets(report, entryLimit + 1);
	return {
		sources: report.sources,
		diagnostics: report.diagnostics,
		load: report.load,
		environment: report.environment,
		skipped: report.skipped,
		entries: entries.slice(0, entryLimit),
		truncated: entries.length > entryLimit,
		crash: null
	};
}
