import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'st-secrets-hook-'));
const repo = join(temp, 'repo');
afterAll(() => rmSync(temp, { recursive: true, force: true }), 120_000);

function git(...args: string[]) {
	return execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
}

// pre-commit installs the hook from the committed HEAD of this repository: it clones it,
// runs npm install and npm pack (whose prepack builds the command line) and installs the tarball.
function preCommit(file: string, text: string) {
	writeFileSync(join(repo, file), text);
	git('add', file);
	return spawnSync('pre-commit', ['run', '--files', file], {
		cwd: repo,
		encoding: 'utf8',
		env: { ...process.env, PRE_COMMIT_HOME: join(temp, 'cache'), PRE_COMMIT_COLOR: 'never' }
	});
}

beforeAll(() => {
	execFileSync('node', [join(root, 'scripts/ensure-pre-commit.mjs')], { stdio: 'inherit' });
	mkdirSync(join(repo, '.streamlit'), { recursive: true });
	git('init', '-q');
	const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
	writeFileSync(
		join(repo, '.pre-commit-config.yaml'),
		`repos:\n  - repo: ${root}\n    rev: ${rev}\n    hooks:\n      - id: st-secrets-check\n`
	);
}, 300_000);

describe('the pre-commit hook', () => {
	it('fails on a secrets file Streamlit cannot read', () => {
		const r = preCommit('.streamlit/secrets.toml', 'debug = True\n');
		expect(r.status, r.stdout + r.stderr).toBe(1);
		expect(r.stdout).toMatch(/Streamlit secrets check\.+Failed/);
		expect(r.stdout).toContain('.streamlit/secrets.toml:1:9 error toml/python-boolean');
	}, 300_000);

	it('passes a good one', () => {
		const r = preCommit('.streamlit/secrets.toml', 'debug = true\n');
		expect(r.status, r.stdout + r.stderr).toBe(0);
		expect(r.stdout).toMatch(/Streamlit secrets check\.+Passed/);
	}, 120_000);

	it('leaves other files alone', () => {
		const r = preCommit('config.toml', 'debug = True\n');
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/Streamlit secrets check\.+\(no files to check\)Skipped/);
	}, 120_000);
});

describe('the GitHub Action step', () => {
	it('annotates the lines, writes SARIF and exits as the check does', () => {
		writeFileSync(join(repo, '.streamlit', 'secrets.toml'), 'debug = True\n');
		const r = spawnSync('bash', [join(root, 'scripts/action-check.sh')], {
			cwd: repo,
			encoding: 'utf8',
			env: {
				...process.env,
				GITHUB_ACTION_PATH: root,
				ST_SECRETS_FILES: '.streamlit/secrets.toml',
				ST_SECRETS_SARIF: 'out.sarif',
				ST_SECRETS_STRICT: 'true',
				ST_SECRETS_ARGS: '--no-hygiene'
			}
		});
		expect(r.status).toBe(1);
		expect(r.stdout).toMatch(/^::error file=\.streamlit\/secrets\.toml,line=1,/m);
		const log = JSON.parse(readFileSync(join(repo, 'out.sarif'), 'utf8'));
		expect(log.version).toBe('2.1.0');
		expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain(
			'toml/python-boolean'
		);
	});

	it('is the step action.yml runs', () => {
		const action = readFileSync(join(root, 'action.yml'), 'utf8');
		expect(action).toContain('run: bash "$GITHUB_ACTION_PATH/scripts/action-check.sh"');
		expect(action).toMatch(/using: composite/);
	});
});
