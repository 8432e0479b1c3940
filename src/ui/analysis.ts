import {
	check,
	listSecrets,
	type AppSource,
	type CheckReport,
	type SecretsSource
} from '../lib/index.ts';
import { entryLimit, type ReportView } from './report-view.ts';

/**
 * Checks the sources, and the app files when there are any, and returns what the
 * page shows. Never throws: should the core fail, the view says so instead of
 * leaving an older report on screen.
 */
export function analyze(
	sources: readonly SecretsSource[],
	apps: readonly AppSource[] = []
): ReportView {
	let report: CheckReport;
	try {
		report = check(sources, apps.length ? { apps } : {});
	} catch (e) {
		return {
			sources: [
				...sources.map((s) => ({
					path: s.path,
					kind: s.node.kind,
					text: s.node.kind === 'file' ? (s.node.text ?? null) : null,
					diagnostics: []
				})),
				...apps.map((a) => ({ path: a.path, kind: 'app' as const, text: a.text, diagnostics: [] }))
			],
			diagnostics: [],
			load: { ok: true },
			environment: [],
			skipped: [],
			entries: [],
			truncated: false,
			reads: [],
			unread: [],
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
		reads: report.reads,
		unread: report.unread,
		crash: null
	};
}
