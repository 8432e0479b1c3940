import {
	formatShareFragment,
	maxInflatedBytes,
	parseSharedState,
	readShareFragment,
	serializeSharedState,
	type SharedState
} from '../../lib/index.ts';
import { deflate, inflate } from './compression.ts';

/** What a page's fragment gave: nothing to load, a shared state, or why nothing was loaded. */
export type ShareLinkResult =
	{ kind: 'none' } | { kind: 'state'; state: SharedState } | { kind: 'invalid'; reason: string };

/** Returns the URL fragment (without `#`) that carries `state`. */
export async function shareFragment(state: SharedState): Promise<string> {
	const json = new TextEncoder().encode(serializeSharedState(state));
	return formatShareFragment(await deflate(json));
}

/**
 * Reads a page's fragment: decodes, inflates (at most `maxInflatedBytes`), decodes
 * UTF-8 strictly and validates the state. Never throws; a malformed or hostile
 * fragment gives `invalid` with one sentence saying why.
 */
export async function readShareLink(hash: string): Promise<ShareLinkResult> {
	const content = readShareFragment(hash);
	if (content.kind !== 'share') return content;
	if (typeof DecompressionStream !== 'function')
		return { kind: 'invalid', reason: 'This browser cannot unpack share links; try a current one' };
	const bytes = await inflate(content.bytes, maxInflatedBytes);
	if (!bytes)
		return {
			kind: 'invalid',
			reason: `The link is damaged: its data does not unpack, or unpacks to more than ${maxInflatedBytes / 1_000_000} MB`
		};
	let json: string;
	try {
		json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { kind: 'invalid', reason: 'The link is damaged: its data is not UTF-8 text' };
	}
	const parsed = parseSharedState(json);
	return parsed.ok
		? { kind: 'state', state: parsed.state }
		: { kind: 'invalid', reason: parsed.reason };
}
