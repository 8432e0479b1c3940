import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineColumn } from '../../src/lib/diagnostic.ts';
import { hygieneDiagnostics } from '../../src/lib/hygiene/index.ts';
import { parseLegacyToml } from '../../src/lib/legacy-toml/index.ts';

const dir = new URL('../fixtures/hygiene/', import.meta.url).pathname;
const cases = readdirSync(dir).filter((f) => f.endsWith('.toml'));

/** The reviewed form of one file's hygiene diagnostics: located, with messages and fixes. */
function expectation(file: string): string {
	const text = readFileSync(join(dir, file), 'utf8');
	const legacy = parseLegacyToml(text);
	if (!legacy.ok) throw new Error(`${file}: ${legacy.error.text}`);
	const diagnostics = hygieneDiagnostics(text, legacy.value).map((d) => {
		const start = lineColumn(text, d.from);
		const end = lineColumn(text, d.to);
		return {
			code: d.code,
			severity: d.severity,
			line: start.line,
			column: start.column,
			endLine: end.line,
			endColumn: end.column,
			message: d.message,
			...(d.fix ? { fix: d.fix.insert } : {})
		};
	});
	const body = diagnostics.map((d) => ' ' + JSON.stringify(d)).join(',\n');
	return `{\n"diagnostics": [\n${body}\n]\n}\n`;
}

describe('hygiene diagnostics on fixtures', () => {
	it.each(cases)('%s', async (file) => {
		await expect(expectation(file)).toMatchFileSnapshot(
			join(dir, file.replace(/\.toml$/, '.json'))
		);
	});
});
