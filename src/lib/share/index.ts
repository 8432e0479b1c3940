export { encodeBase64url, decodeBase64url } from './base64url.ts';
export {
	formatShareFragment,
	readShareFragment,
	fragmentVersion,
	maxPayloadLength,
	maxInflatedBytes
} from './fragment.ts';
export type { FragmentContent } from './fragment.ts';
export {
	parseSharedState,
	serializeSharedState,
	sharedStateVersion,
	shareLimits,
	fixedPaths
} from './shared-state.ts';
export type {
	SharedState,
	SharedSource,
	SharedCodeFile,
	SharedFolderFile,
	SharedView,
	SharedStateResult
} from './shared-state.ts';
export { redactToml } from './redact-toml.ts';
export { redactValue } from './redact-value.ts';
export { findShareRisks, maskCredentials, redactSharedState } from './share-risks.ts';
export type { ShareRisk } from './share-risks.ts';
export { maskToml, maskCharacter } from './mask-values.ts';
export type { HiddenExcerpt, MaskedToml } from './mask-values.ts';
export { excerptHider } from './hide-excerpts.ts';
