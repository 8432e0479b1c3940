import { describe, expect, it } from 'vitest';
import { check, type CheckOptions, type SecretsSource } from '../../src/lib/index.ts';
import { isProjectSecretsPath } from '../../src/lib/check/hygiene-check.ts';

const file = (path: string, text: string): SecretsSource => ({
	path,
	node: { kind: 'file', text }
});
const project = (text: string) => [file('.streamlit/secrets.toml', text)];
/** The hygiene diagnostics of a check as `code severity from-to @source`. */
const hygiene = (sources: SecretsSource[], options: CheckOptions = {}) =>
	check(sources, options)
		.diagnostics.filter((d) => d.code.startsWith('hygiene/'))
		.map((d) => `${d.code} ${d.severity} ${d.from}-${d.to} @${d.source}`);

describe('check with hygiene', () => {
	it('adds placeholder, whitespace and credential warnings on the values, and one git reminder', () => {
		const text = 'password = "changeme"\nname = " x"\nurl = "postgresql://app:Xq7pL2vR9s@db/app"\n';
		expect(hygiene(project(text))).toEqual([
			'hygiene/keep-out-of-git info 0-0 @0',
			'hygiene/placeholder-value warning 11-21 @0',
			'hygiene/surrounding-whitespace warning 29-33 @0',
			'hygiene/real-credential info 40-76 @0'
		]);
	});

	it('is off with hygiene: false', () => {
		expect(hygiene(project('password = "changeme"\n'), { hygiene: false })).toEqual([]);
	});

	it('never reports an error, so the exit status of check does not change', () => {
		const report = check(
			project('a = "xxx"\nb = " y "\nc = "ghp_' + 'aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5' + '"\n')
		);
		expect(report.diagnostics.map((d) => d.severity)).not.toContain('error');
		expect(report.diagnostics.length).toBeGreaterThan(3);
	});

	it('reminds about git only for the project file, not the global one', () => {
		const sources = [
			file('~/.streamlit/secrets.toml', 'a = 1\n'),
			file('.streamlit/secrets.toml', 'b = 1\n')
		];
		expect(hygiene(sources)).toEqual(['hygiene/keep-out-of-git info 0-0 @1']);
		expect(
			hygiene([file('/home/ada/.streamlit/secrets.toml', 'a = 1\n')], { home: '/home/ada' })
		).toEqual([]);
		expect(
			hygiene([file('/srv/app/.streamlit/secrets.toml', 'a = 1\n')], { home: '/home/ada' })
		).toEqual(['hygiene/keep-out-of-git info 0-0 @0']);
	});

	it('reminds once, and not for an empty file', () => {
		const sources = [
			file('.streamlit/secrets.toml', ''),
			file('app/.streamlit/secrets.toml', 'a = 1\n'),
			file('other/.streamlit/secrets.toml', 'b = 1\n')
		];
		expect(hygiene(sources)).toEqual(['hygiene/keep-out-of-git info 0-0 @1']);
	});

	it('checks the values of every TOML file, extra files included', () => {
		const sources = [
			file('~/.streamlit/secrets.toml', 'a = "TODO"\n'),
			file('config/extra.toml', 'b = "TODO"\n')
		];
		expect(hygiene(sources)).toEqual([
			'hygiene/placeholder-value warning 4-10 @0',
			'hygiene/placeholder-value warning 4-10 @1'
		]);
	});

	it('leaves a placeholder cookie_secret to the auth rule that already reports it', () => {
		const text =
			'[auth]\nredirect_uri = "http://localhost:8501/oauth2callback"\ncookie_secret = "changeme"\n';
		const report = check(project(text), { hygiene: true });
		const codes = report.diagnostics.map((d) => d.code);
		expect(codes).toContain('auth/weak-cookie-secret');
		expect(codes).not.toContain('hygiene/placeholder-value');
	});

	it('leaves a broken private key to the PEM rule, trailing line break included', () => {
		const text =
			'[connections.gsheets]\ntype = "service_account"\nclient_email = "a@b.iam.gserviceaccount.com"\ntoken_uri = "https://oauth2.googleapis.com/token"\nprivate_key = """\n-----BEGIN PRIVATE KEY-----\\\\nMIIE\\\\n-----END PRIVATE KEY-----\\\\n\n"""\n';
		const codes = check(project(text)).diagnostics.map((d) => d.code);
		expect(codes).toContain('connections/private-key-pem');
		expect(codes).not.toContain('hygiene/surrounding-whitespace');
		const placeholder = project(
			'[gcp_service_account]\ntype = "service_account"\nprivate_key = "your-private-key"\n'
		);
		const found = check(placeholder).diagnostics.map((d) => d.code);
		expect(found).toContain('connections/private-key-pem');
		expect(found).not.toContain('hygiene/placeholder-value');
	});

	it('says nothing about a value it cannot place', () => {
		// toml 0.10.2 keeps the spaces of `site . url`, so the value's path is not in the outline.
		expect(hygiene([file('x.toml', 'site . url = "TODO"\n')])).toEqual([]);
	});
});

describe('isProjectSecretsPath', () => {
	it.each([
		['.streamlit/secrets.toml', true],
		['app/.streamlit/secrets.toml', true],
		['C:\\app\\.streamlit\\secrets.toml', true],
		['~/.streamlit/secrets.toml', false],
		['.streamlit/other.toml', false],
		['secrets.toml', false]
	])('%s → %s', (path, expected) => {
		expect(isProjectSecretsPath(path)).toBe(expected);
	});

	it('takes the file under the home directory for the global one', () => {
		expect(isProjectSecretsPath('/home/ada/.streamlit/secrets.toml', '/home/ada/')).toBe(false);
		expect(isProjectSecretsPath('/home/ada/app/.streamlit/secrets.toml', '/home/ada')).toBe(true);
	});
});
