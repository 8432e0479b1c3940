import { describe, expect, it } from 'vitest';
import { detectSecrets, findPlaceholder, scanSecrets } from '../../src/lib/hygiene/index.ts';
import type { CredentialKind } from '../../src/lib/hygiene/index.ts';
import { dict } from '../fixtures/convert/py-builders.ts';

// Random bodies; prefixes are joined at run time so that no literal here looks like a live key.
const b36 = 'FVo7g73VlEFZxGPZyl8QnCFug9W0nRbQVi3A';
const b40 = 'eeoup2ZNhurlJ3ICgPJfoTrX9VS7zAb71DZmPSg2';
const b48 = 'uGmArQEXN95mubTxR1lxVEuQLUAgEd3TbVCHXibFVSc1fBTJ';
const b22 = 'nJaBJZeXaXGQA9oYbuuvDj';
const b59 = 'sENjOgJKU3A35TZsNUY5ln2XCO1VhxeY2EVkfIowx9kC5bF07BJwRbr1JhC';
const b35 = 'otNnc25eyw-RAabv3Jd_5P2Pnj0C-Ju2dEk';
const b28 = 'kkaZeMCf2q9AsZFtpzT-BN8blCYC';
const b43 = 'G4qCk88KGkfTq8Cy8b8kJ93clXOhi9vp8LKlOg6R3_H';
const b80 = 'KVOvqZRCqz8vTLOjQ-NDoa737rsddqy3nzjmtvkwioMqlaYzUvpOMq4Oj2CC5o-DSG21vJ6tE4Fyyyza';
const aws40 = 'gllUPwu5ldFsVnpvOOldlGkcsSVts0Liwde/RlOW';
const up16 = 'CNXBDSG4DTX5KCVE';
const hex64 = '194f2012254e2de6e13e7a7cccf34a4e436a49833ac92a6eb759bdf2a092823e';
const urlsafe = 'tqw5khrJs8pEpCC20MZ2Fl5tTFtrEFSIZ9ZC_AydgIE';
const b64 = 'o7H+UYNYKAuVnTh0eeP3bwgcxbnQnnMo6jPdH/8X7X4qTHxKx2PesRrUmFVEUQCY';
const j = (...parts: string[]) => parts.join('');
const pem = (kind: string, body: string) =>
	j('-----BEGIN ', kind, 'PRIVATE KEY-----\n', body, '\n-----END ', kind, 'PRIVATE KEY-----\n');
const jwt = j(
	'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
	'.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
	'.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
);

/** The kinds found in a value, in order. */
const kinds = (value: string, key?: string) => detectSecrets(value, { key }).map((f) => f.kind);

describe('detectSecrets', () => {
	it.each<[string, string, CredentialKind, string?]>([
		['an AWS access key ID', j('AKIA', up16), 'aws-access-key-id'],
		['an AWS session key ID', j('ASIA', up16), 'aws-access-key-id'],
		[
			'an AWS secret key under its key name',
			aws40,
			'aws-secret-access-key',
			'aws_secret_access_key'
		],
		['a GitHub classic token', j('ghp', '_', b36), 'github-token'],
		['a GitHub OAuth token', j('gho', '_', b36), 'github-token'],
		['a GitHub fine-grained token', j('github', '_pat_', b22, '_', b59), 'github-token'],
		['a GitLab token', j('glpat', '-', b22), 'gitlab-token'],
		['a Slack bot token', j('xoxb', '-284759103846-5829301746253-', b22), 'slack-token'],
		['a Slack user token', j('xoxp', '-284759103846-5829301746253-', b22), 'slack-token'],
		[
			'a Slack webhook',
			j('https://hooks.slack.com/services/', 'T0123ABCD/B0123ABCD/', b22),
			'slack-webhook'
		],
		['a Stripe live key', j('sk', '_live_', b48), 'stripe-key'],
		['a Stripe restricted key', j('rk', '_live_', b48), 'stripe-key'],
		['a Stripe test key', j('sk', '_test_', b48), 'stripe-key'],
		['a legacy OpenAI key', j('sk', '-', b48), 'openai-key'],
		['an OpenAI project key', j('sk', '-proj-', b80), 'openai-key'],
		['an Anthropic key', j('sk', '-ant-api03-', b80), 'anthropic-key'],
		['a Google API key', j('AIza', b35), 'google-api-key'],
		['a Google OAuth secret', j('GOCSPX', '-', b28), 'google-oauth-secret'],
		['a Hugging Face token', j('hf', '_', b36), 'hugging-face-token'],
		['a SendGrid key', j('SG', '.', b22, '.', b43), 'sendgrid-key'],
		['an npm token', j('npm', '_', b36), 'npm-token'],
		['a PEM private key', pem('', b64 + '\n' + b64), 'private-key'],
		['an RSA private key', pem('RSA ', b64), 'private-key'],
		[
			'an OpenSSH private key with runs of A',
			pem(
				'OPENSSH ',
				'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' + b40
			),
			'private-key'
		],
		['a private key with escaped line breaks', pem('', b64).replace(/\n/g, '\\n'), 'private-key'],
		['a JWT', jwt, 'jwt'],
		[
			'a database URL with a password',
			'postgresql://app:' + urlsafe + '@db.internal:5432/app',
			'url-password'
		],
		['a plain password in a URL', 'mysql://root:hunter2!x@localhost/db', 'url-password'],
		['a random token', urlsafe, 'high-entropy'],
		['a hex secret', hex64, 'high-entropy'],
		['a base64 secret', b64, 'high-entropy'],
		['a token in a query string', 'https://api.example.org/v1?token=' + b40, 'high-entropy'],
		['a token inside text', 'Bearer ' + b40, 'high-entropy']
	])('finds %s', (_name, value, kind, key) => {
		expect(kinds(value, key)).toEqual([kind]);
	});

	it.each([
		['an empty string', ''],
		['a word', 'postgresql'],
		['a host name', 'db.internal.example-corp.com'],
		['a long host name', 'my-app-production-database-cluster.abc123.eu-west-1.rds.amazonaws.com'],
		['an email', 'sheets-reader@demo-project-123.iam.gserviceaccount.com'],
		[
			'a URL without a password',
			'https://docs.google.com/spreadsheets/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit'
		],
		['a URL with a user only', 'postgresql://app@db:5432/app'],
		['a redirect URI', 'http://localhost:8501/oauth2callback'],
		['an OpenID URL', 'https://accounts.google.com/.well-known/openid-configuration'],
		['a UUID', '123e4567-e89b-12d3-a456-426614174000'],
		['a camel-case name', 'MySuperLongDatabaseName2024'],
		['another camel-case name', 'AnalyticsWarehouse2024Prod'],
		['a cluster name', 'MyCompanyProductionCluster01'],
		['a snake-case name', 'analytics_warehouse_prod_2024_v2'],
		['a path', '/var/lib/streamlit/data/exports/2024/report.csv'],
		['a sentence', 'The quick brown fox jumps over the lazy dog 42 times'],
		['a Snowflake account', 'xy12345.eu-central-1'],
		['a client ID', '123456789012-abcdefghijklmnopqrstuvwxyz012345.apps.googleusercontent.com'],
		['a number', '12345678901234567890123'],
		['a date', '2024-01-02T03:04:05Z'],
		['a counting run', 'abcdefghijklmnopqrstuvwxyz0123456789'],
		['a repeated character', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
		['an OpenAI placeholder', 'sk-...'],
		['an OpenAI placeholder with x', j('sk', '-proj-', 'x'.repeat(48))],
		['a GitHub placeholder', j('ghp', '_', 'x'.repeat(36))],
		[
			'a GitHub placeholder with a counting run',
			j('ghp', '_', 'abcdefghijklmnopqrstuvwxyz0123456789')
		],
		['the AWS documentation key ID', j('AKIA', 'IOSFODNN7', 'EXAMPLE')],
		['the AWS documentation secret', j('wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY')],
		['a Google key placeholder', j('AIza', 'SyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')],
		['a Stripe placeholder', j('sk', '_live_', '...')],
		['a template', '${OPENAI_API_KEY}'],
		['an angle placeholder', '<your-api-key>'],
		['a password placeholder in a URL', 'postgresql://user:password@localhost/db'],
		['a template in a URL', 'postgresql://user:${DB_PASSWORD}@localhost/db'],
		['an angle placeholder in a URL', 'postgresql://user:<password>@localhost/db'],
		['a masked password in a URL', 'postgresql://user:****@localhost/db'],
		['a PEM placeholder', pem('', '...')],
		['a PEM placeholder with x', pem('', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC' + 'x'.repeat(64))],
		['a private key ID under its key', '0123456789abcdef0123456789abcdef01234567']
	])('stays quiet on %s', (_name, value) => {
		expect(kinds(value, 'private_key_id')).toEqual([]);
		if (_name !== 'a private key ID under its key') expect(kinds(value)).toEqual([]);
	});

	it('locates the secret part: the password of a URL', () => {
		const value = 'redis://default:' + urlsafe + '@cache:6379';
		const [f] = detectSecrets(value);
		expect(value.slice(f.from, f.to)).toBe(urlsafe);
		expect(f).toMatchObject({
			kind: 'url-password',
			how: 'format',
			label: 'a URL with a password'
		});
	});

	it('takes a token for a JWT only when its header names an algorithm', () => {
		expect(kinds('eyJub3RhIjoiaGVhZGVyIn0.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl')).not.toContain('jwt');
	});

	it('reports a known format once, not again as random text', () => {
		expect(kinds(j('ghp', '_', b36) + ' and ' + urlsafe)).toEqual(['github-token', 'high-entropy']);
	});
});

describe('detectSecrets on generated text', () => {
	/** A small deterministic generator, so that the sample is the same on every run. */
	function* random(seed: number) {
		for (let x = seed; ;) {
			x = (Math.imul(x, 1103515245) + 12345) >>> 0;
			yield x >>> 8;
		}
	}
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	const words = [
		'data',
		'base',
		'prod',
		'analytics',
		'Warehouse',
		'Cluster',
		'App',
		'user',
		'Main',
		'report'
	];

	it('finds nearly all random tokens of 24 to 64 characters', () => {
		const r = random(7);
		let found = 0;
		for (let i = 0; i < 500; i++) {
			const length = 24 + (r.next().value! % 41);
			let token = '';
			for (let k = 0; k < length; k++) token += alphabet[r.next().value! % alphabet.length];
			if (kinds(token).length) found++;
		}
		expect(found).toBeGreaterThan(475);
	});

	it('stays quiet on names made of words and digits', () => {
		const r = random(11);
		const loud: string[] = [];
		for (let i = 0; i < 500; i++) {
			let name = '';
			while (name.length < 24) name += words[r.next().value! % words.length];
			name += String(r.next().value! % 10000);
			if (kinds(name).length) loud.push(name);
		}
		expect(loud).toEqual([]);
	});
});

describe('findPlaceholder', () => {
	it.each([
		['your-api-key', 'your', 'your-api-key'],
		['YOUR_TOKEN', 'your', 'YOUR_TOKEN'],
		['https://api.yourdomain.com', 'your', 'yourdomain.com'],
		['xxx', 'filler', 'xxx'],
		['xxxxxxxx', 'filler', 'xxxxxxxx'],
		['AKIAXXXXXXXXXXXXXXXX', 'filler', 'XXXXXXXXXXXXXXXX'],
		['****', 'filler', '****'],
		['aaaaaa', 'filler', 'aaaaaa'],
		['...', 'filler', '...'],
		['changeme', 'word', 'changeme'],
		['change-me-please', 'word', 'change-me'],
		['CHANGE_ME', 'word', 'CHANGE_ME'],
		['replace-with-your-key', 'your', 'your-key'],
		['TODO', 'word', 'TODO'],
		['todo: ask Bob', 'word', 'todo'],
		['<token>', 'angle', '<token>'],
		['Bearer <access token>', 'angle', '<access token>'],
		['${DB_PASSWORD}', 'template', '${DB_PASSWORD}'],
		['{{ secrets.TOKEN }}', 'template', '{{ secrets.TOKEN }}'],
		['$API_KEY', 'template', '$API_KEY'],
		['%APPDATA%', 'template', '%APPDATA%'],
		['sk-...', 'ellipsis', 'sk-...'],
		['ghp_…', 'ellipsis', 'ghp_…'],
		['db.example.com', 'example', 'example'],
		['AKIAIOSFODNN7EXAMPLE', 'example', 'EXAMPLE'],
		['Example Corp', 'example', 'Example'],
		['insert-token-here', 'word', 'insert-token-here'],
		['paste your key here', 'your', 'your key here'],
		['  changeme  ', 'word', 'changeme'],
		['placeholder', 'word', 'placeholder'],
		['api_key_here', 'word', 'key_here'],
		['token here', 'word', 'token here']
	])('finds %j', (value, kind, text) => {
		const p = findPlaceholder(value);
		expect(p).toMatchObject({ kind, text });
		expect(value.slice(p!.from, p!.to)).toBe(text);
	});

	it.each([
		['password', 'password'],
		['123456', 'db_password'],
		['admin', 'PASSWORD'],
		['secret', 'cookie_secret'],
		['test', 'api_key']
	])('finds the weak value %j under the key %j', (value, key) => {
		expect(findPlaceholder(value, key)?.kind).toBe('weak');
	});

	it.each([
		['', ''],
		['postgresql', 'dialect'],
		['admin', 'username'],
		['root', 'user'],
		['test', 'database'],
		['service_account', 'type'],
		['xy12345.eu-central-1', 'account'],
		['https://accounts.google.com/o/oauth2/auth', 'auth_uri'],
		['sheets@demo.iam.gserviceaccount.com', 'client_email'],
		['s3cr3t-Pa55phrase!', 'password'],
		['taxes', 'category'],
		['ml-examples', 'bucket'],
		['counterexample', 'note'],
		['todolist', 'app'],
		['Yours truly', 'signature'],
		['no spaces here', 'note'],
		['wish you were here', 'song'],
		['http://localhost:8501/oauth2callback', 'redirect_uri']
	])('stays quiet on %j under %j', (value, key) => {
		expect(findPlaceholder(value, key)).toBeNull();
	});
});

describe('scanSecrets', () => {
	it('lists every credential with its path, depth-first in key order', () => {
		const found = scanSecrets(
			dict({
				api_key: j('sk', '-proj-', b80),
				placeholder: 'your-api-key',
				db: { url: 'postgresql://u:' + urlsafe + '@h/db', user: 'app' },
				tokens: ['x', j('ghp', '_', b36)]
			})
		);
		expect(found.map((f) => [f.path.join('.'), f.finding.kind])).toEqual([
			['api_key', 'openai-key'],
			['db.url', 'url-password'],
			['tokens.1', 'github-token']
		]);
	});
});

describe('detectSecrets on pathological input', () => {
	it.each([
		['a megabyte of letters', 'a'.repeat(1_000_000)],
		['a megabyte of base64', 'o7H+UYNYKAuVnTh0'.repeat(65_536)],
		['a megabyte of scheme-like text', 'ab+'.repeat(333_333)],
		['many URL starts', 'x://u:'.repeat(150_000)],
		['many JWT starts', 'eyJ'.repeat(300_000)],
		['an unclosed PEM header', '-----BEGIN PRIVATE KEY-----' + 'A'.repeat(1_000_000)],
		['many dots', '.'.repeat(1_000_000)]
	])('handles %s quickly', (_name, value) => {
		const started = Date.now();
		detectSecrets(value, { key: 'password' });
		findPlaceholder(value, 'password');
		expect(Date.now() - started).toBeLessThan(3000);
	});
});
