import { decodeBase64url, encodeBase64url } from './base64url.ts';

/**
 * The encodings a share fragment may use, by the number after `share=`. Version 1 is
 * the state's JSON in UTF-8, compressed with raw DEFLATE (RFC 1951, the browser's
 * `CompressionStream('deflate-raw')`), in unpadded base64url. A later encoding gets a
 * new number and old links keep theirs.
 */
export const fragmentVersion = 1;

/** The longest fragment payload read (base64url characters), about 1.5 MB of compressed data. */
export const maxPayloadLength = 2_000_000;

/** The most bytes a payload may inflate to, so a small "zip bomb" cannot fill the memory. */
export const maxInflatedBytes = 8_000_000;

/** What a URL fragment holds. */
export type FragmentContent =
	| { kind: 'none' }
	| { kind: 'share'; version: number; bytes: Uint8Array }
	| { kind: 'invalid'; reason: string };

const prefix = 'share=';

/** Returns the fragment (without `#`) of a link carrying `compressed` in the current version. */
export function formatShareFragment(compressed: Uint8Array): string {
	return `${prefix}${fragmentVersion}.${encodeBase64url(compressed)}`;
}

/**
 * Reads a URL fragment (with or without its `#`): `none` when it is no share link,
 * the payload's bytes and encoding version when it is one, or why it cannot be read
 * (an unknown version, an oversized or damaged payload). Never throws.
 */
export function readShareFragment(hash: string): FragmentContent {
	const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
	if (!fragment.startsWith(prefix)) return { kind: 'none' };
	const dot = fragment.indexOf('.', prefix.length);
	const version = fragment.slice(prefix.length, dot < 0 ? undefined : dot);
	if (dot < 0 || !/^[1-9][0-9]{0,5}$/.test(version))
		return { kind: 'invalid', reason: 'The link is damaged: it has no format version' };
	if (Number(version) !== fragmentVersion)
		return {
			kind: 'invalid',
			reason: `The link uses format ${version}, which this version of the playground cannot read`
		};
	const payload = fragment.slice(dot + 1);
	if (payload.length > maxPayloadLength)
		return {
			kind: 'invalid',
			reason: `The link is too long: more than ${maxPayloadLength} characters of data`
		};
	const bytes = decodeBase64url(payload);
	if (!bytes || bytes.length === 0)
		return { kind: 'invalid', reason: 'The link is damaged: its data is cut off or altered' };
	return { kind: 'share', version: fragmentVersion, bytes };
}
