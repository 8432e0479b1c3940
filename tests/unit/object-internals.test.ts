import { describe, expect, it } from 'vitest';
import { check, listSecrets, simulate, type SecretsSource } from '../../src/lib/index.ts';

const keys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const text =
	keys.map((k) => `"${k}" = "root"`).join('\n') +
	'\n[t]\n' +
	keys.map((k) => `"${k}" = "nested"`).join('\n') +
	'\n';
const sources: SecretsSource[] = [
	{ path: '.streamlit/secrets.toml', node: { kind: 'file', text } }
];

describe('keys named like JavaScript object internals', () => {
	it('are checked and listed like any other key', () => {
		const report = check(sources);
		expect(report.load.ok).toBe(true);
		const brackets = listSecrets(report).map((e) => e.bracket);
		for (const k of keys) {
			expect(brackets).toContain(`st.secrets["${k}"]`);
			expect(brackets).toContain(`st.secrets["t"]["${k}"]`);
		}
	});

	it('survive simulate as own keys of the tagged result', () => {
		const run = simulate(sources, { access: ['st.secrets.to_dict()', 'st.secrets.constructor'] });
		const value = 'value' in run.parse ? (run.parse.value as Record<string, unknown>) : {};
		expect(Object.keys(value)).toEqual([...keys, 't']);
		expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
		expect(run.accesses[1]).toEqual({ expr: 'st.secrets.constructor', value: 'root' });
	});
});
