import {
	check,
	listSecrets,
	type AppSource,
	type CheckReport,
	type SecretEntry,
	type SecretsSource
} from '../../lib/index.ts';
import { findPaths, type FoundPaths } from '../path-filter.ts';
import type { ReportView } from './report-view.ts';

/** Everything of a report but the texts and the paths, which are sent apart. */
export interface ReportSummary extends Pick<
	ReportView,
	'diagnostics' | 'load' | 'environment' | 'skipped' | 'reads' | 'unread' | 'crash'
> {
	/** Path and kind of each source, in report order. */
	sources: Pick<CheckReport['sources'][number], 'path' | 'kind'>[];
}

/** The core's report on one version of the sources. */
export interface Analysis {
	/** What the page shows besides the paths. */
	summary: ReportSummary;
	/**
	 * Returns the first `limit` paths the app can read; with `located` false, without
	 * the positions of their keys and values, which takes finding them in the whole text.
	 */
	list: (limit: number, located?: boolean) => SecretEntry[];
	/**
	 * Returns the first `limit` paths that match `query` among every path, with
	 * how many match; the whole list (without positions) is made on the first call
	 * and kept for the next.
	 */
	find: (query: string, limit: number) => FoundPaths;
}

/**
 * Checks the sources, and the app files when there are any. Never throws: should
 * the core fail, the summary says so instead of leaving an older report on screen.
 */
export function analyze(
	sources: readonly SecretsSource[],
	apps: readonly AppSource[] = []
): Analysis {
	let report: CheckReport;
	try {
		report = check(sources, apps.length ? { apps } : {});
	} catch (e) {
		const paths = [
			...sources.map((s) => ({ path: s.path, kind: s.node.kind })),
			...apps.map((a) => ({ path: a.path, kind: 'app' as const }))
		];
		return {
			summary: {
				sources: paths,
				diagnostics: [],
				load: { ok: true },
				environment: [],
				skipped: [],
				reads: [],
				unread: [],
				crash: String(e)
			},
			list: () => [],
			find: (query) => findPaths([], query, 0)
		};
	}
	let all: SecretEntry[] | null = null;
	return {
		summary: {
			sources: report.sources.map(({ path, kind }) => ({ path, kind })),
			diagnostics: report.diagnostics,
			load: report.load,
			environment: report.environment,
			skipped: report.skipped,
			reads: report.reads,
			unread: report.unread,
			crash: null
		},
		list: (limit, located = true) =>
			listSecrets(located ? report : { ...report, outlines: [] }, limit),
		// Every path without positions (the costly part), then the positions of those shown.
		find: (query, limit) =>
			findPaths(
				(all ??= listSecrets({ ...report, outlines: [] }, Number.MAX_SAFE_INTEGER)),
				query,
				limit,
				(e) => report.outlines[e.source]?.get(e.path)
			)
	};
}
