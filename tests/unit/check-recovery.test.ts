import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { check, type CheckReport } from '../../src/lib/index.ts';
import { lineColumn } from '../../src/lib/diagnostic.ts';
import { checkTomlSourceFully } from '../../src/lib/check/source-check.ts';

const seven = readFileSync(
	new URL('../fixtures/recovery/seven-mistakes.toml', import.meta.url),
	'utf8'
);
const afterLoad = '(once Streamlit can parse the secrets)';

const checkText = (text: string, path = 'secrets.toml') =>
	check([{ path, node: { kind: 'file', text } }]);

/** `[code, line]` of every diagnostic of a one-file report, sorted as check sorts them. */
const located = (report: CheckReport) =>
	report.diagnostics.map((d) => [d.code, lineColumn(report.sources[0].text!, d.from).line]);

describe('check past the first error', () => {
	it('lists every mistake of a file with seven, with the rules found after the first error', () => {
		const report = checkText(seven);
		expect(located(report)).toEqual([
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

	it('keeps Streamlit’s verdict: its first error, the same exception, and says it stops there', () => {
		const report = checkText(seven);
		expect(report.load).toEqual({
			ok: false,
			type: 'StreamlitSecretNotFoundError',
			message:
				'Error parsing secrets file at secrets.toml: Unbalanced quotes (line 4 column 18 char 64)'
		});
		const verdicts = report.diagnostics.filter((d) => d.code.startsWith('streamlit/parse'));
		expect(verdicts).toHaveLength(1);
		expect(verdicts[0].hint).toMatch(/stops at this first error/);
		expect(report.merged).toBeNull();
	});

	it('marks what the app meets only once the file loads, and nothing else', () => {
		for (const d of checkText(seven).diagnostics) {
			const rule = /^(auth|connections)\//.test(d.code);
			expect([d.code, d.message.endsWith(afterLoad)]).toEqual([d.code, rule]);
		}
	});

	it('checks names and hygiene on the rest of a file that does not load', () => {
		const text = 'a = bad\npassword = "changeme"\nkeys = 1\n';
		const report = checkText(text, '.streamlit/secrets.toml');
		expect(located(report)).toEqual([
			['streamlit/parse-error', 1],
			['hygiene/keep-out-of-git', 1],
			['toml/unquoted-string', 1],
			['hygiene/placeholder-value', 2],
			['streamlit/shadowed-by-method', 3]
		]);
		const shadowed = report.diagnostics.find((d) => d.code === 'streamlit/shadowed-by-method');
		expect(shadowed?.message.endsWith(afterLoad)).toBe(true);
	});

	it('reports where Streamlit’s parser fails next, once its first error is fixed', () => {
		const text = 'a = bad\nm = [1, "x"]\nb = 2\n';
		expect(located(checkText(text))).toEqual([
			['streamlit/parse-error', 1],
			['toml/unquoted-string', 1],
			['streamlit/later-parse-error', 2]
		]);
	});

	it('checks [auth] in a valid TOML file that Streamlit’s parser rejects', () => {
		const text = 'm = [1, "x"]\n[auth]\nredirect_uri = "http://localhost:8501/oauth2callback"\n';
		const report = checkText(text);
		expect(located(report)).toEqual([
			['streamlit/parse-error', 1],
			['auth/missing-key', 2],
			['auth/missing-provider-keys', 2]
		]);
		expect(report.diagnostics[1].message.endsWith(afterLoad)).toBe(true);
	});

	it('places the sections of the rest of the file when another file loads', () => {
		const report = check([
			{ path: 'a.toml', node: { kind: 'file', text: '[connections.db]\nurl = "sqlite://"\n' } },
			{ path: 'b.toml', node: { kind: 'file', text: 'x = bad\n[connections.sql]\nhost = "h"\n' } }
		]);
		const sql = report.diagnostics.filter((d) => d.code.startsWith('connections/'));
		expect(sql.length).toBeGreaterThan(0);
		for (const d of sql) {
			expect(d.source).toBe(1);
			expect(lineColumn(report.sources[1].text!, d.from).line).toBe(2);
		}
	});

	it('locates keys in a file Streamlit accepts although it is not valid TOML', () => {
		const text = '[db]\npassword = "changeme"\na = [1, 2\n';
		const report = checkText(text);
		expect(report.load.ok).toBe(true);
		expect(located(report)).toEqual([
			['hygiene/placeholder-value', 2],
			['toml/unclosed-bracket', 3],
			['streamlit/accepts-invalid-toml', 3]
		]);
	});
});

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/);
const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean());
const section = fc.dictionary(key, fc.oneof(scalar, fc.dictionary(key, scalar)), { maxKeys: 6 });
const document = fc
	.record({ root: fc.dictionary(key, scalar, { maxKeys: 4 }), auth: section, more: section })
	.map(({ root, auth, more }) => stringify({ ...root, auth, connections: { db: more } }));

describe('check past the first error, properties', () => {
	it('never reaches recovery for a file both parsers read', () => {
		fc.assert(
			fc.property(document, (text) => {
				const source = checkTomlSourceFully(text, 'secrets.toml');
				if (!source.legacy.ok) return;
				expect(source.recovered).toBeUndefined();
				for (const d of checkText(text).diagnostics) {
					expect(d.code.startsWith('toml/')).toBe(false);
					expect(d.message.endsWith(afterLoad)).toBe(false);
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('keeps every range inside the text of a mutated file, and never throws', () => {
		fc.assert(
			fc.property(
				document,
				fc.nat(),
				fc.string({ unit: 'binary', maxLength: 4 }),
				fc.nat(4),
				(s, at, insert, cut) => {
					const i = at % (s.length + 1);
					const text = s.slice(0, i) + insert + s.slice(i + cut);
					for (const d of checkText(text).diagnostics) {
						expect(0 <= d.from && d.from <= d.to && d.to <= text.length).toBe(true);
						if (d.fix) expect(0 <= d.fix.from && d.fix.to <= text.length).toBe(true);
					}
				}
			),
			{ numRuns: 400 }
		);
	});
});
