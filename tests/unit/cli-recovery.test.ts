import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../dist-cli/main.js', import.meta.url).pathname;
const seven = new URL('../fixtures/recovery/seven-mistakes.toml', import.meta.url).pathname;

describe('st-secrets check past the first error (built)', () => {
	it('lists every mistake of a file with seven, each at its line, and exits 1', () => {
		const r = spawnSync('node', [bin, 'check', '--json', seven], { encoding: 'utf8' });
		expect(r.status).toBe(1);
		const found = JSON.parse(r.stdout).diagnostics.map((d: { code: string; line: number }) => [
			d.code,
			d.line
		]);
		expect(found).toEqual([
			['toml/unquoted-string', 1],
			['toml/smart-quotes', 2],
			['streamlit/parse-error', 4],
			['toml/unclosed-string', 4],
			['toml/duplicate-key', 7],
			['auth/missing-provider-keys', 9],
			['auth/weak-cookie-secret', 11],
			['connections/missing-type', 12],
			['toml/invalid-number', 14]
		]);
	});

	it('prints them in text form with Streamlit’s verdict and its first error only', () => {
		const r = spawnSync('node', [bin, 'check', seven], { encoding: 'utf8' });
		expect(r.status).toBe(1);
		const heads = r.stdout.split('\n').filter((l) => /^\S+:\d+:\d+ /.test(l));
		expect(heads.map((l) => l.replace(/^\S*seven-mistakes\.toml:/, '').split(' ')[0])).toEqual([
			'1:11',
			'2:12',
			'4:1',
			'4:8',
			'7:2',
			'9:2',
			'11:17',
			'12:14',
			'14:11'
		]);
		expect(r.stdout).toMatch(/Unbalanced quotes \(line 4 column 18 char 64\)\s*$/);
	});
});
