import { credentialFormats, type CredentialKind } from './credential-formats.ts';
import { hasSequence, looksRandom, shannonEntropy } from './entropy.ts';
import { findPlaceholder } from './placeholders.ts';

/** A real-looking credential found in a value. */
export interface Finding {
	/** What it looks like. */
	kind: CredentialKind;
	/** What to call it in a sentence: "a GitHub token". */
	label: string;
	/** Start of the secret part in the value (UTF-16 offset). */
	from: number;
	/** End of the secret part (exclusive). */
	to: number;
	/** `format` for a known credential format, `entropy` for a random-looking string. */
	how: 'format' | 'entropy';
}

/** What {@link detectSecrets} knows about where the value is. */
export interface DetectContext {
	/** The key the value is stored under, e.g. `aws_secret_access_key`. */
	key?: string;
}

const markers = credentialFormats.flatMap((f) => f.markers);

/** Matches any format's marker: a value it misses holds no known format. */
const anyMarker = new RegExp(
	markers.map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')
);

/** The first two characters of each marker, as `first * 128 + second` (when all are ASCII). */
const markerStarts = new Uint8Array(128 * 128);
const paired = markers.every((m) => /^[\x00-\x7f]{2}/.test(m));
for (const m of markers) markerStarts[m.charCodeAt(0) * 128 + m.charCodeAt(1)] = 1;

/** True when a matched token is a stand-in: a placeholder, a counting run or too uniform. */
function isStandIn(token: string, key: string): boolean {
	if (findPlaceholder(token, key)) return true;
	const body = token.replace(/^[A-Za-z]+[-_]/, '');
	return (
		hasSequence(body, 6) ||
		/(.)\1{5}/.test(body) ||
		(body.length >= 16 && shannonEntropy(body) < 2.5)
	);
}

/** Returns the words of a value worth an entropy check; in URLs only query and fragment values. */
function tokens(value: string): { text: string; from: number }[] {
	const out: { text: string; from: number }[] = [];
	let scope = value;
	let offset = 0;
	const url = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^?#\s]*/.exec(value);
	if (url) {
		offset = url[0].length;
		scope = value.slice(offset).replace(/(^|[?&#])[^=&#]*=?/g, (m) => ' '.repeat(m.length));
	}
	for (const m of scope.matchAll(/[A-Za-z0-9+/=_.~-]{20,}/g))
		out.push({ text: m[0], from: offset + m.index });
	return out;
}

/**
 * False when {@link detectSecrets} finds nothing in `value` without looking further:
 * it is shorter than a random-looking token and holds no known format's marker.
 */
export function mayHoldSecret(value: string): boolean {
	if (value.length >= 20) return true;
	if (!paired) return anyMarker.test(value);
	// A marker starts with one of a few pairs of characters: most values hold none.
	for (let i = 1; i < value.length; i++) {
		const a = value.charCodeAt(i - 1);
		const b = value.charCodeAt(i);
		if (a < 128 && b < 128 && markerStarts[a * 128 + b] === 1) return anyMarker.test(value);
	}
	return false;
}

/**
 * Returns the real-looking credentials in `value`: known formats (AWS, GitHub, GitLab,
 * Slack, Stripe, OpenAI, Anthropic, Google, Hugging Face, SendGrid and npm keys and
 * tokens, PEM private keys, JWTs, URLs with a password) and random-looking strings of
 * 20 characters or more (see `looksRandom`), a 40-character one under a key naming an
 * AWS secret key (not under keys that name identifiers, such as `client_id`). Placeholders (`your-api-key`, `sk-...`, `xxxx`, `${VAR}`, `<token>`,
 * `changeme`, `EXAMPLE`, counting runs) are never reported. Overlapping findings are
 * reported once, the known format first.
 */
export function detectSecrets(value: string, context: DetectContext = {}): Finding[] {
	const marked = anyMarker.test(value);
	// No known format, and too short for a random-looking token.
	if (!marked && value.length < 20) return [];
	const key = context.key ?? '';
	const found: Finding[] = [];
	const overlaps = (from: number, to: number) => found.some((f) => from < f.to && to > f.from);
	for (const format of marked ? credentialFormats : []) {
		if (!format.markers.some((marker) => value.includes(marker))) continue;
		for (const m of value.matchAll(format.pattern)) {
			const secret = m.groups?.secret ?? m[0];
			const from = m.index + (m.groups?.secret !== undefined ? m[0].indexOf(`:${secret}@`) + 1 : 0);
			const to = from + secret.length;
			if (overlaps(from, to) || (format.check && !format.check(m[0]))) continue;
			// A key body is checked by its format (real keys may hold runs such as `AAAAAAAA`).
			const standIn =
				format.kind === 'url-password'
					? findPlaceholder(secret, 'password') !== null
					: format.kind !== 'private-key' && isStandIn(m[0], key);
			if (standIn) continue;
			found.push({ kind: format.kind, label: format.label, from, to, how: 'format' });
		}
	}
	// Identifiers (`client_id`, `private_key_id`) are random by design but not secret.
	const identifier = /(?:^|[-_.])id$|[a-z]Id$/i.test(key);
	for (const t of identifier || value.length < 20 ? [] : tokens(value)) {
		const to = t.from + t.text.length;
		if (overlaps(t.from, to) || !looksRandom(t.text) || isStandIn(t.text, key)) continue;
		const aws = /aws/i.test(key) && /secret/i.test(key) && /^[A-Za-z0-9/+]{40}$/.test(t.text);
		found.push({
			kind: aws ? 'aws-secret-access-key' : 'high-entropy',
			label: aws ? 'an AWS secret access key' : 'a randomly generated secret',
			from: t.from,
			to,
			how: 'entropy'
		});
	}
	return found.sort((a, b) => a.from - b.from);
}
