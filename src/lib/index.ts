export type { Diagnostic, Severity, Fix, LineColumn } from './diagnostic.ts';
export { lineColumn, offsetAt, sortDiagnostics } from './diagnostic.ts';
export type { SecretsSource, SourceNode, DirectoryEntry } from './streamlit/sources.ts';
export { simulate } from './streamlit/simulate.ts';
export type {
	Simulation,
	SimulateOptions,
	Outcome,
	AccessResult,
	AuthResult
} from './streamlit/simulate.ts';
export { parseLegacyToml } from './legacy-toml/index.ts';
export type { LegacyOutcome, LegacyError } from './legacy-toml/index.ts';
export { check, listSecrets } from './check/check.ts';
export type {
	CheckReport,
	SourceReport,
	ExportedVariable,
	SkippedVariable
} from './check/check.ts';
export type { SecretEntry, Range } from './check/entries.ts';
export { formatDiagnostic } from './format-diagnostic.ts';
