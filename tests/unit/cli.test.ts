import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
