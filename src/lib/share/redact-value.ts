import { detectSecrets } from '../hygiene/detect.ts';
import { findPlaceholder } from '../hygiene/placeholders.ts';
import { fillText, keepMatches, keepRange, type FillMode } from './fill.ts';

/**
 * Keys whose values are settings Streamlit and its checks read by name, not secrets:
 * `type`, `dialect` and `driver` of a connection, the `[auth]` URLs, scope and tokens.
 * Their values are kept unless they hold a credential.
 */
export const settingKeys: ReadonlySet<string> = new Set([
	'type',
	'dialect',
	'driver',
	'redirect_uri',
	'server_metadata_url',
	'scope',
	'prompt',
	'expose_tokens',
	'authenticator',
	'sslmode'
]);

/** Marks of known credential formats that are public, so a redacted key still reads as one. */
const formatMarks = [
	/(?<![A-Za-z0-9])(?:gh[pousr]_|github_pat_|glpat-|xox[abposre]-|(?:sk|rk)_(?:live|test)_|sk-ant-(?:api\d\d-)?|sk-(?:proj-|svcacct-|admin-)?|AKIA|ASIA|ABIA|ACCA|AIza|GOCSPX-|hf_|SG\.|npm_)/g,
	/https:\/\/hooks\.slack\.com\/services\/T|(?<=services\/T[A-Z0-9]+\/)B/g,
	/-----(?:BEGIN|END) [A-Z0-9 ]*-----/g,
	// A JWT's header is public ({"alg": …}); its payload and signature are not.
	/(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}(?=\.eyJ)|(?<=\.)eyJ/g,
	/^[A-Za-z][A-Za-z0-9+.-]{0,30}:\/\//g,
	// Public service domains: checks such as Snowflake's account format read them.
	/\.(?:snowflakecomputing\.com|iam\.gserviceaccount\.com|apps\.googleusercontent\.com|amazonaws\.com|streamlit\.app)(?![A-Za-z0-9-])|(?<![A-Za-z0-9-])localhost(?![A-Za-z0-9-])/g
];

const urlPassword = /[A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/[^\s:@/?#]{0,256}:([^\s@/?#]{1,1024})@/g;

/** A string as written in TOML: its body's raw text and how to decode it. */
export interface WrittenString {
	/** The text between the quotes, as written. */
	raw: string;
	/** Returns the value a body decodes to (escapes resolved, a leading line break trimmed). */
	decode: (raw: string) => string;
	/** Offsets of `raw` that must stay as written (escape sequences). */
	fixed?: readonly [number, number][];
}

/** Returns what the hygiene checks say about a value: placeholder, credential, or neither. */
function signature(value: string, key: string): string {
	if (findPlaceholder(value, key)) return 'placeholder';
	return detectSecrets(value, { key }).length > 0 ? 'credential' : 'plain';
}

/**
 * Returns a same-length stand-in for a string value's body: every letter and digit
 * replaced (see {@link fillText}) except escape sequences, URL schemes, the public marks
 * of credential formats (`sk-`, `ghp_`, `AKIA`, PEM armour, a JWT header) and placeholder
 * text (`your-api-key`, `${VAR}`, `...`), which carry no secret. The fill is chosen so
 * that the stand-in is a placeholder, a real-looking credential or neither exactly when
 * the value is, and so the hygiene diagnostics stay the same. Values under
 * {@link settingKeys} and values equal to one of `keyNames` (the keys written in the
 * same file) are kept unless they hold a credential.
 */
export function redactWritten(
	written: WrittenString,
	key: string,
	keyNames: ReadonlySet<string> = new Set()
): string {
	const { raw, decode } = written;
	const value = decode(raw);
	const wanted = signature(value, key);
	// A value that names a key of the same file (`CONN = "reporting"` for
	// `[connections.reporting]`) tells nothing the kept keys do not, and apps read it.
	if ((settingKeys.has(key) || keyNames.has(value)) && wanted !== 'credential') return raw;
	const keep: boolean[] = [];
	for (const [from, to] of written.fixed ?? []) keepRange(keep, from, to);
	for (const mark of formatMarks) keepMatches(keep, raw, mark);
	const placeholder = findPlaceholder(value, key);
	if (placeholder?.kind === 'ellipsis') keepMatches(keep, raw, /\.\.\.|…/g);
	else if (placeholder) {
		for (
			let at = raw.indexOf(placeholder.text);
			at >= 0;
			at = raw.indexOf(placeholder.text, at + 1)
		)
			keepRange(keep, at, at + placeholder.text.length);
	}
	// A URL's password that is a placeholder (`pass`, `${PASSWORD}`) is no secret, and the
	// detector skips it only while it stays one.
	for (const m of raw.matchAll(urlPassword))
		if (findPlaceholder(m[1], 'password'))
			keepRange(keep, m.index + m[0].length - m[1].length - 1, m.index + m[0].length - 1);
	const modes: FillMode[] = [];
	const random = (n: number) =>
		Array.from({ length: n }, (_, i): FillMode => ({ kind: 'random', seed: i + 1 }));
	if (wanted === 'credential') modes.push(...random(8), { kind: 'plain' });
	else modes.push({ kind: 'plain' }, { kind: 'flat' }, { kind: 'mono' }, ...random(4));
	for (const mode of modes) {
		const filled = fillText(raw, mode, keep);
		if (signature(decode(filled), key) === wanted) return filled;
	}
	return fillText(raw, modes[0], keep);
}

/** Returns a same-length stand-in for a plain value (a secrets-folder file), see {@link redactWritten}. */
export function redactValue(value: string, key: string): string {
	return redactWritten({ raw: value, decode: (s) => s }, key);
}
