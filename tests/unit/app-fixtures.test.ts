import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	check,
	type AppSource,
	type CheckReport,
	type SecretsSource
} from '../../src/lib/index.ts';
import { lineColumn } from '../../src/lib/diagnostic.ts';

const root = new URL('../fixtures/apps/', import.meta.url).pathname;
const cases = readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory());

/** Lists a case's Python files: `app.py` first, then the rest in path order. */
function pythonFiles(dir: string, base = dir): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...pythonFiles(path, base));
		else if (name.endsWith('.py')) out.push(relative(base, path));
	}
	return out.sort((a, b) => Number(b === 'app.py') - Number(a === 'app.py') || a.localeCompare(b));
}

function load(name: string): { sources: SecretsSource[]; apps: AppSource[] } {
	const dir = join(root, name);
	const secrets = join(dir, 'secrets.toml');
	const sources: SecretsSource[] = [
		{
			path: '.streamlit/secrets.toml',
			node: existsSync(secrets)
				? { kind: 'file', bytes: new Uint8Array(readFileSync(secrets)) }
				: { kind: 'missing' }
		}
	];
	const apps = pythonFiles(dir).map((path) => ({
		path,
		text: readFileSync(join(dir, path), 'utf8')
	}));
	return { sources, apps };
}

function at(report: CheckReport, source: number, offset: number) {
	const { line, column } = lineColumn(report.sources[source]?.text ?? '', offset);
	return { file: report.sources[source]?.path ?? '', line, column };
}

/** The reviewed form of a case: every read with its status, and every located diagnostic. */
function expectation(name: string): string {
	const { sources, apps } = load(name);
	const report = check(sources, { apps });
	const reads = report.reads.map((f) => ({
		...at(report, f.source, f.read.from),
		kind: f.read.kind,
		path: f.read.path,
		form: f.read.form,
		...(f.read.protections.length
			? { protectedBy: [...new Set(f.read.protections.map((p) => p.by))] }
			: {}),
		expr: f.read.expr,
		status: f.status,
		...(f.raised ? { raised: f.raised.type } : {})
	}));
	const diagnostics = report.diagnostics.map((d) => {
		const start = at(report, d.source ?? 0, d.from);
		const end = at(report, d.source ?? 0, d.to);
		return {
			...start,
			endLine: end.line,
			endColumn: end.column,
			code: d.code,
			severity: d.severity,
			...(d.fix ? { fix: d.fix.insert } : {})
		};
	});
	return `{\n "reads": ${lines(reads)},\n "diagnostics": ${lines(diagnostics)}\n}\n`;
}

/** Formats a list as JSON with one entry per line, for reviewing expectations in a diff. */
function lines(list: unknown[]): string {
	return list.length ? `[\n  ${list.map((x) => JSON.stringify(x)).join(',\n  ')}\n ]` : '[]';
}

describe('check with apps on app fixtures', () => {
	it.each(cases)('%s', async (name) => {
		await expect(expectation(name)).toMatchFileSnapshot(join(root, name, 'expected.json'));
	});
});

describe('the fixes of app fixtures', () => {
	it.each(cases)('%s: each fix keeps the file valid and removes its problem', (name) => {
		const { sources, apps } = load(name);
		const report = check(sources, { apps });
		const text = report.sources[0].text ?? '';
		for (const d of report.diagnostics) {
			if (!d.fix || (d.source ?? 0) !== 0) continue;
			const fixed = text.slice(0, d.fix.from) + d.fix.insert + text.slice(d.fix.to);
			const after = check([{ path: sources[0].path, node: { kind: 'file', text: fixed } }], {
				apps
			});
			const broken = after.diagnostics.filter(
				(x) =>
					x.severity === 'error' && (x.code.startsWith('toml/') || x.code.startsWith('streamlit/'))
			);
			expect(broken, `${d.code}: ${JSON.stringify(d.fix.insert)}`).toEqual([]);
			const same = after.diagnostics.filter((x) => x.code === d.code && x.message === d.message);
			expect(same, `${d.code} stays after its fix`).toEqual([]);
		}
	});
});

describe('the messages of app fixtures', () => {
	it.each(cases)('%s: one sentence without a trailing period, with an imperative hint', (name) => {
		const { sources, apps } = load(name);
		for (const d of check(sources, { apps }).diagnostics) {
			expect(d.message, d.code).not.toMatch(/\.$/);
			expect(d.message[0], d.code).toMatch(/[A-Z`]/);
			expect(d.hint, d.code).toMatch(/^[A-Z]/);
		}
	});
});
