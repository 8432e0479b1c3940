import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = new URL('../../dist-cli/main.js', import.meta.url).pathname;
// The schema's `language` pattern has a stray `]` that only a non-Unicode RegExp accepts.
const schema = JSON.parse(
	readFileSync(new URL('../fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')
);

// A random token (a hygiene info), a placeholder (a warning) and an [auth] without its keys.
const secretValue = 'Zq8Kp2VwX9mN4rT7yB1cL6hJ3sD5fG0aQe';
const warned = `token = "${secretValue}"\npassword = "changeme"\n`;
const broken = `debug = True\n`;
const clean = `answer = 42\n`;

let dir = '';
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'st-secrets-formats-'));
	mkdirSync(join(dir, '.streamlit'));
	writeFileSync(join(dir, '.streamlit', 'secrets.toml'), warned);
	writeFileSync(join(dir, 'broken.toml'), broken);
	writeFileSync(join(dir, 'clean.toml'), clean);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
	return spawnSync('node', [bin, ...args], { encoding: 'utf8', cwd: dir });
}

describe('check --format sarif', () => {
	it('is valid against the SARIF 2.1.0 schema, with one rule per code', () => {
		const r = cli('check', '--format', 'sarif', '.streamlit/secrets.toml', 'broken.toml');
		expect(r.status).toBe(1);
		const log = JSON.parse(r.stdout);
		const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
		addFormats(ajv);
		const validate = ajv.compile(schema);
		expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
		expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ level: 'fatal' }] }] })).toBe(
			false
		);
		const rules = log.runs[0].tool.driver.rules;
		const ids = rules.map((rule: { id: string }) => rule.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toContain('auth/missing-key');
		for (const rule of rules) {
			expect(rule.help.text.length).toBeGreaterThan(10);
			expect(rule.helpUri).toMatch(/^https:\/\//);
		}
		const results = log.runs[0].results;
		const boolean = results.find((x: { ruleId: string }) => x.ruleId === 'toml/python-boolean');
		expect(boolean.level).toBe('error');
		expect(rules[boolean.ruleIndex].id).toBe('toml/python-boolean');
		expect(boolean.locations[0].physicalLocation).toEqual({
			artifactLocation: { uri: 'broken.toml', uriBaseId: '%SRCROOT%' },
			region: { startLine: 1, startColumn: 9, endLine: 1, endColumn: 13 }
		});
		const placeholder = results.find(
			(x: { ruleId: string }) => x.ruleId === 'hygiene/placeholder-value'
		);
		expect(placeholder.level).toBe('warning');
		expect(placeholder.locations[0].physicalLocation.artifactLocation.uri).toBe(
			'.streamlit/secrets.toml'
		);
	});

	it('is valid with no results for a clean file, and exits 0', () => {
		const r = cli('check', '--format=sarif', 'clean.toml');
		expect(r.status).toBe(0);
		const ajv = new Ajv({ strict: false, unicodeRegExp: false });
		addFormats(ajv);
		const log = JSON.parse(r.stdout);
		expect(ajv.validate(schema, log)).toBe(true);
		expect(log.runs[0].results).toEqual([]);
	});
});

describe('check --format github', () => {
	it('prints one workflow command per diagnostic with its range and code', () => {
		const r = cli('check', '--format', 'github', 'broken.toml');
		expect(r.status).toBe(1);
		const lines = r.stdout.trimEnd().split('\n');
		expect(lines).toContainEqual(
			expect.stringMatching(
				/^::error file=broken\.toml,line=1,endLine=1,col=9,endColumn=13,title=toml\/python-boolean::`True` is not a TOML boolean/
			)
		);
		expect(lines.at(-1)).toMatch(/^2 errors, 0 warnings\. /);
	});

	it('prints warnings as ::warning and infos as ::notice, and --quiet drops the summary', () => {
		const r = cli('check', '--format', 'github', '--quiet', '.streamlit/secrets.toml');
		expect(r.status).toBe(0);
		const lines = r.stdout.trimEnd().split('\n');
		expect(lines.every((l) => l.startsWith('::'))).toBe(true);
		expect(lines).toContainEqual(
			expect.stringMatching(
				/^::warning file=\.streamlit\/secrets\.toml,line=2,.*title=hygiene\/placeholder-value::/
			)
		);
		expect(lines).toContainEqual(
			expect.stringMatching(/^::notice .*title=hygiene\/real-credential::/)
		);
	});
});

describe('check --format junit', () => {
	it('writes one failure per error and one passing case per clean file', () => {
		const r = cli('check', '--format', 'junit', 'broken.toml', 'clean.toml');
		expect(r.status).toBe(1);
		expect(r.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
		expect(r.stdout).toMatch(/<testsuites name="st-secrets check" tests="3" failures="2"/);
		expect(r.stdout).toMatch(/<testsuite name="clean\.toml" tests="1" failures="0"/);
		expect(r.stdout).toContain('<failure type="toml/python-boolean"');
	});

	it('counts warnings as failures with --strict', () => {
		const plain = cli('check', '--format', 'junit', '.streamlit/secrets.toml');
		expect(plain.stdout).toMatch(/<testsuites [^>]*failures="0"/);
		const strict = cli('check', '--format', 'junit', '--strict', '.streamlit/secrets.toml');
		expect(strict.status).toBe(1);
		expect(strict.stdout).toMatch(/<testsuites [^>]*failures="1"/);
	});
});

describe('check --strict and --quiet', () => {
	it('fails on warnings with --strict only', () => {
		expect(cli('check', '.streamlit/secrets.toml').status).toBe(0);
		expect(cli('check', '--strict', '.streamlit/secrets.toml').status).toBe(1);
		expect(cli('check', '--strict', 'clean.toml').status).toBe(0);
	});

	it('prints nothing for a clean file with --quiet', () => {
		const r = cli('check', '--quiet', 'clean.toml');
		expect(r.status).toBe(0);
		expect(r.stdout).toBe('');
	});

	it('keeps --json as --format json', () => {
		const a = cli('check', '--json', 'broken.toml');
		const b = cli('check', '--format', 'json', 'broken.toml');
		expect(a.status).toBe(1);
		expect(b.stdout).toBe(a.stdout);
		expect(JSON.parse(a.stdout).diagnostics[0]).toHaveProperty('endColumn');
	});

	it('rejects an unknown format with exit 2', () => {
		const r = cli('check', '--format', 'xml', 'clean.toml');
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/unknown format 'xml'/);
	});
});

describe('machine formats', () => {
	it('never print a value of the file', () => {
		for (const format of ['sarif', 'github', 'junit']) {
			const r = cli('check', '--format', format, '.streamlit/secrets.toml');
			expect(r.stdout.length).toBeGreaterThan(0);
			expect(r.stdout).not.toContain(secretValue);
		}
	});
});
