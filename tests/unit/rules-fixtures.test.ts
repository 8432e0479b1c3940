import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/lib/index.ts';
import { lineColumn } from '../../src/lib/diagnostic.ts';

const dir = new URL('../fixtures/sections/', import.meta.url).pathname;
const cases = readdirSync(dir).filter((f) => f.endsWith('.toml'));

/** The reviewed form of the section checks of one file, without app code: located diagnostics. */
function expectation(file: string): string {
	const bytes = new Uint8Array(readFileSync(join(dir, file)));
	const report = check([{ path: `.streamlit/${file}`, node: { kind: 'file', bytes } }], {
		sections: true
	});
	const text = report.sources[0].text ?? '';
	const diagnostics = report.diagnostics.map((d) => {
		const start = lineColumn(text, d.from);
		const end = lineColumn(text, d.to);
		return {
			line: start.line,
			column: start.column,
			endLine: end.line,
			endColumn: end.column,
			code: d.code,
			severity: d.severity,
			message: d.message,
			...(d.fix ? { fix: d.fix.insert } : {})
		};
	});
	const body = diagnostics.length
		? `[\n ${diagnostics.map((d) => JSON.stringify(d)).join(',\n ')}\n]`
		: '[]';
	return `{\n"diagnostics": ${body}\n}\n`;
}

describe('section rules on fixtures', () => {
	it.each(cases)('%s', async (file) => {
		await expect(expectation(file)).toMatchFileSnapshot(
			join(dir, file.replace(/\.toml$/, '.json'))
		);
	});
});
