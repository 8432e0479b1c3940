import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../dist-cli/main.js', import.meta.url).pathname;
const rules = new URL('../fixtures/rules/', import.meta.url).pathname;
const recorded = new URL('../fixtures/streamlit/', import.meta.url).pathname;

function cli(...args: string[]) {
	return spawnSync('node', [bin, ...args], { encoding: 'utf8' });
}

describe('st-secrets (built)', () => {
	it('exists after npm run build', () => {
		expect(existsSync(bin)).toBe(true);
	});

	it('check prints a located error first and exits 1', () => {
		const r = cli('check', rules + 'unquoted-string.toml');
		expect(r.status).toBe(1);
		expect(r.stdout.split('\n')[0]).toMatch(
			/unquoted-string\.toml:1:1 error streamlit\/parse-error /
		);
	});

	it('check --json lists diagnostics with file, line and column', () => {
		const r = cli('check', '--json', rules + 'python-boolean.toml');
		const json = JSON.parse(r.stdout);
		expect(r.status).toBe(1);
		expect(json.diagnostics).toContainEqual(
			expect.objectContaining({ code: 'toml/python-boolean', line: 2, column: 9, endColumn: 13 })
		);
	});

	it('check exits 0 on a clean file', () => {
		expect(cli('check', rules + 'clean-everyday.toml').status).toBe(0);
	});

	it('check reports hygiene warnings without changing the exit status, and --no-hygiene drops them', () => {
		const dir = mkdtempSync(join(tmpdir(), 'st-secrets-'));
		const file = join(dir, '.streamlit', 'secrets.toml');
		mkdirSync(join(dir, '.streamlit'));
		writeFileSync(file, 'password = "changeme"\n');
		const r = cli('check', '--json', file);
		const codes = JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code);
		expect(r.status).toBe(0);
		expect(codes).toEqual(['hygiene/keep-out-of-git', 'hygiene/placeholder-value']);
		const off = cli('check', '--json', '--no-hygiene', file);
		expect(off.status).toBe(0);
		expect(JSON.parse(off.stdout).diagnostics).toEqual([]);
		rmSync(dir, { recursive: true });
	});

	it('check gives the global file under HOME no git reminder', () => {
		const home = mkdtempSync(join(tmpdir(), 'st-home-'));
		mkdirSync(join(home, '.streamlit'));
		writeFileSync(join(home, '.streamlit', 'secrets.toml'), 'a = 1\n');
		const r = spawnSync(
			'node',
			[bin, 'check', '--json', join(home, '.streamlit', 'secrets.toml')],
			{
				encoding: 'utf8',
				env: { ...process.env, HOME: home }
			}
		);
		expect(JSON.parse(r.stdout).diagnostics).toEqual([]);
		rmSync(home, { recursive: true });
	});

	it('simulate prints the recorded JSON format', () => {
		const out = execFileSync(
			'node',
			[bin, 'simulate', '--access', 'st.secrets.database.user', recorded + 'basic.toml'],
			{ encoding: 'utf8' }
		);
		const json = JSON.parse(out);
		expect(json.accesses).toEqual([{ expr: 'st.secrets.database.user', value: 'your username' }]);
		expect(json.env.assignments[0]).toEqual({ key: 'db_username', value: 'Jane' });
	});

	it('exits 2 with a message on a usage error', () => {
		const r = cli('frobnicate');
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/unknown command/);
	});
});
