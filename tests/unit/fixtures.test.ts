import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, listSecrets } from '../../src/lib/index.ts';
import { lineColumn } from '../../src/lib/diagnostic.ts';

const dir = new URL('../fixtures/rules/', import.meta.url).pathname;
const cases = readdirSync(dir).filter((f) => f.endsWith('.toml'));

/** The reviewed form of a check: located diagnostics, or for a clean file what the app sees. */
function expectation(file: string): string {
	const bytes = new Uint8Array(readFileSync(join(dir, file)));
	const report = check([{ path: `.streamlit/${file}`, node: { kind: 'file', bytes } }]);
	const text = report.sources[0].text ?? '';
	const diagnostics = report.diagnostics.map((d) => {
		const start = lineColumn(text, d.from);
		const end = lineColumn(text, d.to);
		return {
			code: d.code,
			severity: d.severity,
			line: start.line,
			column: start.column,
			endLine: end.line,
			endColumn: end.column,
			...(d.fix ? { fix: d.fix.insert } : {})
		};
	});
	const body = diagnostics.length
		? { diagnostics, load: report.load.ok ? 'ok' : report.load.type }
		: {
				preview: listSecrets(report).map((e) => ({
					bracket: e.bracket,
					attribute: e.attribute,
					type: e.type,
					repr: e.repr
				})),
				environment: report.environment.map((v) => [v.key, v.value])
			};
	return JSON.stringify(body, null, 1) + '\n';
}

describe('check on rule fixtures', () => {
	it.each(cases)('%s', async (file) => {
		await expect(expectation(file)).toMatchFileSnapshot(
			join(dir, file.replace(/\.toml$/, '.json'))
		);
	});
});
