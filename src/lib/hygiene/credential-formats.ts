import { findPlaceholder } from './placeholders.ts';

/** The kinds of credential {@link detectSecrets} recognises. */
export type CredentialKind =
	| 'aws-access-key-id'
	| 'aws-secret-access-key'
	| 'github-token'
	| 'gitlab-token'
	| 'slack-token'
	| 'slack-webhook'
	| 'stripe-key'
	| 'openai-key'
	| 'anthropic-key'
	| 'google-api-key'
	| 'google-oauth-secret'
	| 'hugging-face-token'
	| 'sendgrid-key'
	| 'npm-token'
	| 'private-key'
	| 'jwt'
	| 'url-password'
	| 'high-entropy';

/** A credential format: how it is written and what it is called. */
export interface CredentialFormat {
	/** Its kind. */
	kind: CredentialKind;
	/** What to call it in a sentence: "a GitHub token". */
	label: string;
	/** Matches it in a value (global). The `secret` group, when present, is the secret part. */
	pattern: RegExp;
	/** A further check on the match, for formats a pattern alone over-matches. */
	check?: (match: string) => boolean;
	/** Text every match contains one of: a value without any is not searched. */
	markers: readonly string[];
}

/** Decodes base64url (no padding needed) to text, or null when it is not base64url. */
function base64url(text: string): string | null {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
	let bits = 0;
	let value = 0;
	let out = '';
	for (const ch of text) {
		const v = alphabet.indexOf(ch);
		if (v < 0) return null;
		value = (value << 6) | v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out += String.fromCharCode((value >> bits) & 0xff);
		}
	}
	return out;
}

/** True when the first part of a JWT decodes to a JSON object with an `alg`. */
function isJwtHeader(token: string): boolean {
	const header = base64url(token.slice(0, token.indexOf('.')));
	if (header === null) return false;
	try {
		const parsed: unknown = JSON.parse(header);
		return typeof parsed === 'object' && parsed !== null && 'alg' in parsed;
	} catch {
		return false;
	}
}

/** True when a PEM block has a body of real-looking base64, not `...` or `xxxx`. */
function hasKeyBody(block: string): boolean {
	const body = block
		.replace(/-----(BEGIN|END)[^-]*-----/g, '')
		.replace(/\\n|\s|Proc-Type:.*|DEK-Info:.*/g, '');
	return /^[A-Za-z0-9+/=]{40,}$/.test(body) && new Set(body).size >= 20 && !findPlaceholder(body);
}

/** The known credential formats, most specific first. */
export const credentialFormats: readonly CredentialFormat[] = [
	{
		kind: 'private-key',
		label: 'a private key',
		pattern:
			/-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----[^]*?(?:-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----|$)/g,
		check: hasKeyBody,
		markers: ['-----BEGIN ']
	},
	{
		kind: 'aws-access-key-id',
		label: 'an AWS access key ID',
		pattern: /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])/g,
		markers: ['AKIA', 'ASIA', 'ABIA', 'ACCA']
	},
	{
		kind: 'github-token',
		label: 'a GitHub token',
		pattern:
			/(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{60,251})(?![A-Za-z0-9_])/g,
		markers: ['gh', 'github_pat_']
	},
	{
		kind: 'gitlab-token',
		label: 'a GitLab token',
		pattern: /(?<![A-Za-z0-9_])glpat-[A-Za-z0-9_-]{20,}/g,
		markers: ['glpat-']
	},
	{
		kind: 'slack-webhook',
		label: 'a Slack webhook URL',
		pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/g,
		markers: ['https://hooks.slack.com/']
	},
	{
		kind: 'slack-token',
		label: 'a Slack token',
		pattern: /(?<![A-Za-z0-9])xox[abposre]-[A-Za-z0-9-]{15,}/g,
		markers: ['xox']
	},
	{
		kind: 'stripe-key',
		label: 'a Stripe secret key',
		pattern: /(?<![A-Za-z0-9])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/g,
		markers: ['_live_', '_test_']
	},
	{
		kind: 'anthropic-key',
		label: 'an Anthropic API key',
		pattern: /(?<![A-Za-z0-9])sk-ant-[A-Za-z0-9_-]{20,}/g,
		markers: ['sk-ant-']
	},
	{
		kind: 'openai-key',
		label: 'an OpenAI API key',
		pattern: /(?<![A-Za-z0-9])sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g,
		markers: ['sk-']
	},
	{
		kind: 'google-api-key',
		label: 'a Google API key',
		pattern: /(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
		markers: ['AIza']
	},
	{
		kind: 'google-oauth-secret',
		label: 'a Google OAuth client secret',
		pattern: /(?<![A-Za-z0-9])GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/g,
		markers: ['GOCSPX-']
	},
	{
		kind: 'hugging-face-token',
		label: 'a Hugging Face token',
		pattern: /(?<![A-Za-z0-9])hf_[A-Za-z0-9]{30,}(?![A-Za-z0-9])/g,
		markers: ['hf_']
	},
	{
		kind: 'sendgrid-key',
		label: 'a SendGrid API key',
		pattern: /(?<![A-Za-z0-9])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
		markers: ['SG.']
	},
	{
		kind: 'npm-token',
		label: 'an npm token',
		pattern: /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g,
		markers: ['npm_']
	},
	{
		kind: 'jwt',
		label: 'a JSON Web Token',
		pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g,
		check: isJwtHeader,
		markers: ['eyJ']
	},
	{
		kind: 'url-password',
		label: 'a URL with a password',
		pattern:
			/(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/[^\s:@/?#]{0,256}:(?<secret>[^\s@/?#]{1,1024})@/g,
		markers: ['://']
	}
];
