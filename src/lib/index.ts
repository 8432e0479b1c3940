export type { Diagnostic, Severity, Fix, LineColumn } from './diagnostic.ts';
export { lineColumn, lineColumnIn, lineStarts, offsetAt, sortDiagnostics } from './diagnostic.ts';
export type { SecretsSource, SourceNode, DirectoryEntry } from './streamlit/sources.ts';
export { simulate } from './streamlit/simulate.ts';
export { stringifyOrdered, orderedKeys } from './python/ordered-json.ts';
export type {
	Simulation,
	SimulateOptions,
	Outcome,
	AccessResult,
	AccessOutput,
	AuthResult
} from './streamlit/simulate.ts';
export { parseLegacyToml } from './legacy-toml/index.ts';
export type { LegacyOutcome, LegacyError } from './legacy-toml/index.ts';
export { check, listSecrets } from './check/check.ts';
export { diagnosticCodes, lessonFor } from './check/lessons.ts';
export type { DiagnosticCode, Lesson } from './check/lessons.ts';
export type {
	CheckReport,
	CheckOptions,
	AppSource,
	SourceReport,
	ExportedVariable,
	SkippedVariable
} from './check/check.ts';
export { readApp } from './app/read-app.ts';
export type {
	AppRead,
	ReadKind,
	ReadForm,
	Protection,
	ProtectionKind,
	ImpliedType,
	ConnectionCall
} from './app/read-types.ts';
export type { ReadFinding, ReadStatus } from './app/read-finding.ts';
export type { UnreadSecret } from './app/unread.ts';
export type { SecretsLayout } from './app/missing-keys.ts';
export { authRules } from './rules/auth-rules.ts';
export { connectionRules } from './rules/connection-rules.ts';
export type { SectionContext, AppUse } from './rules/section-context.ts';
export { appUse } from './rules/section-context.ts';
export type { RaisedException } from './streamlit/simulate.ts';
export type { SecretEntry, Range } from './streamlit/secret-entries.ts';
export { formatDiagnostic } from './format-diagnostic.ts';
export {
	writeToml,
	toToml,
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
	readDotenv,
	importJson,
	importServiceAccount,
	planImport,
	mergeImport,
	convertMessages
} from './convert/index.ts';
export type { ExportResult, ImportProblem, ImportResult, ImportPlan } from './convert/index.ts';
export {
	detectSecrets,
	findPlaceholder,
	scanSecrets,
	hygieneDiagnostics,
	hygieneMessages
} from './hygiene/index.ts';
export type { Finding, SecretFinding, HygieneOptions } from './hygiene/index.ts';
export {
	formatShareFragment,
	readShareFragment,
	maxInflatedBytes,
	parseSharedState,
	serializeSharedState,
	shareLimits,
	redactToml,
	redactValue,
	findShareRisks,
	maskCredentials,
	redactSharedState,
	maskToml,
	maskCharacter,
	excerptHider
} from './share/index.ts';
export type { SharedState, SharedView, ShareRisk, HiddenExcerpt } from './share/index.ts';
