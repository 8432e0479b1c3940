import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'st-secrets-pack-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function npm(args: string[], cwd: string): string {
	return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// `npm test` has built dist-cli/ already; packing with its prepack would rebuild it under the
// other CLI tests running at the same time, so this packs what the build wrote.
describe('npm pack', () => {
	it('ships the command, the schema, the hook and the action, and nothing else', () => {
		const [pack] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], root));
		const files = pack.files.map((f: { path: string }) => f.path).sort();
		expect(files).toEqual([
			'.pre-commit-hooks.yaml',
			'README.md',
			'action.yml',
			'dist-cli/main.js',
			'dist-cli/secrets.schema.json',
			'package.json'
		]);
		expect(pack.unpackedSize).toBeLessThan(1_000_000);
	});

	it('installs with npm install -g and runs st-secrets check outside the repository', () => {
		const out = npm(['pack', '--ignore-scripts', '--pack-destination', temp, '--json'], root);
		const tarball = join(temp, JSON.parse(out)[0].filename);
		const prefix = join(temp, 'prefix');
		npm(['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', tarball], temp);
		const work = join(temp, 'work');
		mkdirSync(work);
		writeFileSync(join(work, 'good.toml'), 'answer = 42\n');
		writeFileSync(join(work, 'bad.toml'), 'debug = True\n');
		const bin = join(prefix, 'bin', 'st-secrets');
		const good = spawnSync(bin, ['check', 'good.toml'], { cwd: work, encoding: 'utf8' });
		expect(good.status, good.stderr).toBe(0);
		expect(good.stdout).toMatch(/^0 errors, 0 warnings\. st\.secrets loads: 1 root keys/);
		const bad = spawnSync(bin, ['check', '--format', 'github', 'bad.toml'], {
			cwd: work,
			encoding: 'utf8'
		});
		expect(bad.status).toBe(1);
		expect(bad.stdout).toMatch(/^::error file=bad\.toml,line=1,/m);
		const usage = spawnSync(bin, ['check', '--format', 'nope'], { cwd: work, encoding: 'utf8' });
		expect(usage.status).toBe(2);
	});
});
