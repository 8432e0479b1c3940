import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../dist-cli/main.js', import.meta.url).pathname;
const folder = new URL('../fixtures/values/', import.meta.url).pathname;
const formats = ['text', 'json', 'sarif', 'github', 'junit'];

function cli(...args: string[]) {
	return spawnSync('node', [bin, 'check', ...args], { encoding: 'utf8', cwd: folder });
}

/** The made-up values of a fixture: every quoted or unquoted value with a `-` and a digit in it. */
function valuesOf(file: string): string[] {
	const text = readFileSync(folder + file, 'utf8');
	return [...text.matchAll(/[A-Za-z_]+-[A-Z0-9][A-Za-z0-9.]*|ghp_[A-Za-z0-9]+|\b77342911\b/g)].map(
		(m) => m[0]
	);
}

/** The values `--show-values` prints, by fixture and format. */
const printed: Record<string, string[]> = {
	'every-kind.toml text': [
		'CookieSecret-P8',
		'Padded-Xy8',
		'PortText-W4',
		'SmartQuoted-R9',
		'Unquoted-Zq7',
		'ghp_Jq3nV8sLk2Xw9Rt5Yb7Mc4Pz6Hd1Gf0Ea2Qs'
	],
	'every-kind.toml json': ['Padded-Xy8', 'PortText-W4', 'SmartQuoted-R9', 'Unquoted-Zq7'],
	'loads.toml text': ['77342911'],
	'loads.toml json': ['77342911', 'EnvValue-Q4']
};

describe.each([
	['every-kind.toml', []],
	['loads.toml', ['--app', 'app.py']]
])('st-secrets check %s', (file, extra) => {
	const values = valuesOf(file);

	it('has values to hide', () => {
		expect(values.length).toBeGreaterThanOrEqual(file === 'loads.toml' ? 3 : 12);
	});

	it.each(formats)('prints none of them with --format %s', (format) => {
		const r = cli('--format', format, ...extra, file);
		expect(r.status).toBe(1);
		expect(r.stdout.length).toBeGreaterThan(100);
		for (const v of values) expect(r.stdout).not.toContain(v);
	});

	it.each(['text', 'json'])('prints them as written with --show-values (--format %s)', (format) => {
		const r = cli('--format', format, '--show-values', ...extra, file);
		const shown = values.filter((v) => r.stdout.includes(v)).sort();
		// What a check quotes, a fix writes or a code frame shows; the rest is never printed.
		expect(shown).toEqual(printed[`${file} ${format}`]);
	});
});

describe('st-secrets check --json', () => {
	it('says whether values are masked, and marks fixes whose text was masked', () => {
		const masked = JSON.parse(cli('--json', 'every-kind.toml').stdout);
		expect(masked.values).toBe('masked');
		const quote = masked.diagnostics.find(
			(d: { code: string }) => d.code === 'toml/unquoted-string'
		);
		expect(quote.message).toBe('The value `************` is not quoted');
		expect(quote.fix).toMatchObject({ insert: '"************"', masked: true });

		const shown = JSON.parse(cli('--json', '--show-values', 'every-kind.toml').stdout);
		expect(shown.values).toBe('shown');
		const fix = shown.diagnostics.find(
			(d: { code: string }) => d.code === 'toml/unquoted-string'
		).fix;
		expect(fix).toEqual({
			label: 'Quote the value',
			from: fix.from,
			to: fix.to,
			insert: '"Unquoted-Zq7"'
		});
	});

	it('masks os.environ strings but not the keys, and keeps booleans', () => {
		const env = (args: string[]) =>
			Object.fromEntries(
				JSON.parse(cli('--json', ...args, 'loads.toml').stdout).environment.map(
					(e: { key: string; value: string }) => [e.key, e.value]
				)
			);
		expect(env([])).toEqual({ api_key: '***********', pin: '********' });
		expect(env(['--show-values'])).toEqual({ api_key: 'EnvValue-Q4', pin: '77342911' });
	});
});

describe('st-secrets check text code frames', () => {
	it('keep the caret under the masked value, at the same column', () => {
		const lines = cli('every-kind.toml').stdout.split('\n');
		const at = lines.findIndex((l) => l.includes('toml/unquoted-string'));
		expect(lines[at]).toMatch(/every-kind\.toml:3:11 /);
		expect(lines[at + 2]).toBe('   3 | api_key = ************');
		expect(lines[at + 3]).toBe('     |           ^^^^^^^^^^^^');
	});
});
