/**
 * The core's public API: what the UI, the command line and the benchmarks use.
 * Tests import the modules they test directly.
 */
export type { Diagnostic, Severity, Fix } from './diagnostic.ts';
export { lineColumnIn, lineStarts } from './diagnostic.ts';
export type { SecretsSource, SourceNode, DirectoryEntry } from './streamlit/sources.ts';
export { simulate } from './streamlit/simulate.ts';
export { stringifyOrdered } from './python/ordered-json.ts';
export type { AccessResult } from './streamlit/simulate.ts';
export { parseLegacyToml } from './legacy-toml/index.ts';
export { check, listSecrets } from './check/check.ts';
export { diagnosticCodes, lessonFor, severityOf } from './check/lessons.ts';
export type { DiagnosticCode } from './check/lessons.ts';
export type { Lesson } from './check/lessons.ts';
export type { CheckReport, CheckOptions, AppSource, SourceReport } from './check/check.ts';
export type { ReadFinding, ReadStatus } from './app/read-finding.ts';
export type { SecretEntry, Range } from './streamlit/secret-entries.ts';
export { formatDiagnostic } from './format-diagnostic.ts';
export {
	writeToml,
	exportDotenv,
	exportShell,
	exportDockerRun,
	exportCompose,
	exportSecretDirectory,
	exportKubernetes,
	exportGithubActions,
	exportPython,
	exportJson,
	importDotenv,
	importJson,
	importServiceAccount,
	planImport,
	mergeImport
} from './convert/index.ts';
export type { ImportResult, ImportPlan } from './convert/index.ts';
export { hygieneMessages } from './hygiene/index.ts';
export {
	formatShareFragment,
	readShareFragment,
	maxInflatedBytes,
	parseSharedState,
	serializeSharedState,
	shareLimits,
	findShareRisks,
	redactSharedState,
	maskToml,
	maskCharacter,
	excerptHider
} from './share/index.ts';
export type { SharedState, ShareRisk, HiddenExcerpt } from './share/index.ts';
