import { describe, expect, it } from 'vitest';
import { tomlDiagnostic, tomlMessages } from '../../src/lib/toml/messages';

describe('tomlDiagnostic', () => {
	it('takes severity, message, hint and fix label from the catalogue', () => {
		const d = tomlDiagnostic('toml/python-boolean', { value: 'True' }, 4, 8, {
			from: 4,
			to: 8,
			insert: 'true'
		});
		expect(d).toMatchObject({ code: 'toml/python-boolean', severity: 'error', from: 4, to: 8 });
		expect(d.hint).toBeTruthy();
		expect(d.fix).toMatchObject({ from: 4, to: 8, insert: 'true', label: expect.any(String) });
	});

	it('leaves out the fix when there is no edit', () => {
		expect(tomlDiagnostic('toml/duplicate-key', { key: 'a' }, 0, 1)).not.toHaveProperty('fix');
	});

	it('namespaces every code under toml/', () => {
		for (const code of Object.keys(tomlMessages)) expect(code).toMatch(/^toml\/[a-z0-9-]+$/);
	});

	it('words syntax errors as one sentence without a trailing period', () => {
		const reasons = ['invalid value', 'expected comma or end of structure', 'unknown reason'];
		for (const reason of reasons) {
			const d = tomlDiagnostic('toml/syntax', { reason, token: 'x' }, 0, 1);
			expect(d.message).toMatch(/^[A-Z][^\n]*[^.]$/);
			expect(d.hint).toMatch(/^[A-Z]/);
		}
	});
});
