import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/lib/diagnostic';
import { decodeUtf8 } from '../../src/lib/toml/decode';
import { parseToml } from '../../src/lib/toml/parse';

const root = fileURLToPath(new URL('../toml-test/tests/', import.meta.url));
const files = readFileSync(root + 'files-toml-1.1.0', 'utf8')
	.split('\n')
	.filter((f) => f.endsWith('.toml'));
const valid = files.filter((f) => f.startsWith('valid/'));
const invalid = files.filter((f) => f.startsWith('invalid/'));

function errors(file: string): Diagnostic[] {
	const decoded = decodeUtf8(readFileSync(root + file));
	const diagnostics = decoded.error
		? [decoded.error.diagnostic]
		: parseToml(decoded.text).diagnostics;
	return diagnostics.filter((d) => d.severity === 'error' && d.code.startsWith('toml/'));
}

describe('toml-test 1.1.0', () => {
	it('lists 220 valid and 492 invalid documents', () => {
		expect([valid.length, invalid.length]).toEqual([220, 492]);
	});

	it.each(valid)('accepts %s', (file) => {
		expect(errors(file)).toEqual([]);
	});

	it.each(invalid)('rejects %s', (file) => {
		expect(errors(file).length).toBeGreaterThan(0);
	});
});
