import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../dist-cli/main.js', import.meta.url).pathname;
const apps = new URL('../fixtures/apps/', import.meta.url).pathname;

function cli(...args: string[]) {
	return spawnSync('node', [bin, ...args], { encoding: 'utf8' });
}

describe('st-secrets check --app (built)', () => {
	it('prints located diagnostics in both files and exits 1 when a read will fail', () => {
		const dir = apps + 'chatbot-missing-key/';
		const r = cli('check', '--app', dir + 'app.py', dir + 'secrets.toml');
		expect(r.status).toBe(1);
		const lines = r.stdout.split('\n');
		expect(lines[0]).toMatch(/secrets\.toml:2:1 error app\/missing-key /);
		expect(r.stdout).toMatch(
			/app\.py:6:25 error app\/missing-secret `st\.secrets\["OPENAI_API_KEY"\]` raises `KeyError: /
		);
		expect(lines.at(-2)).toMatch(/3 reads in 1 app file, 2 will fail$/);
	});

	it('exits 0 when every read is found or handled', () => {
		const dir = apps + 'clean-dashboard/';
		expect(cli('check', '--app', dir + 'app.py', dir + 'secrets.toml').status).toBe(0);
	});

	it('takes --app more than once and lists reads in --json', () => {
		const dir = apps + 'multipage-app/';
		const r = cli(
			'check',
			'--json',
			'--app',
			dir + 'app.py',
			`--app=${dir}pages/2_Admin.py`,
			dir + 'secrets.toml'
		);
		expect(r.status).toBe(1);
		const json = JSON.parse(r.stdout);
		expect(json.diagnostics).toContainEqual(
			expect.objectContaining({
				code: 'app/missing-secret',
				file: dir + 'pages/2_Admin.py',
				line: 10,
				column: 22
			})
		);
		expect(json.reads[0]).toEqual(
			expect.objectContaining({
				file: dir + 'app.py',
				line: 5,
				path: ['app', 'environment'],
				status: 'found'
			})
		);
	});

	it('exits 2 with one line when an app file cannot be read', () => {
		const r = cli('check', '--app', apps + 'no-such-app.py', apps + 'clean-dashboard/secrets.toml');
		expect(r.status).toBe(2);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(/no-such-app\.py/);
	});
});
