import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inspectValue, mayWarn } from '../../src/lib/hygiene/diagnostics.ts';
import { KeyLocator } from '../../src/lib/toml/key-locator.ts';
import { hygieneDiagnostics } from '../../src/lib/hygiene/index.ts';
import { parseLegacyToml } from '../../src/lib/legacy-toml/index.ts';
import type { PyDict } from '../../src/lib/python/values.ts';

/** Runs the hygiene checks on a text as Streamlit reads it, without the git reminder. */
function diagnose(text: string, path?: string) {
	const legacy = parseLegacyToml(text.replace(/\r\n?/g, '\n'));
	if (!legacy.ok) throw new Error(legacy.error.text);
	return hygieneDiagnostics(text, legacy.value as PyDict, { gitReminder: false, path });
}

/** A diagnostic as the tests compare it. */
const diag = (code: string, severity: string, from: number, to: number) => ({
	code,
	severity,
	from,
	to
});
const brief = (text: string) => diagnose(text).map((d) => diag(d.code, d.severity, d.from, d.to));

describe('hygieneDiagnostics', () => {
	it.each([
		['a placeholder', 'a = "changeme"', [diag('hygiene/placeholder-value', 'warning', 4, 14)]],
		['a padded value', 'a = " x"', [diag('hygiene/surrounding-whitespace', 'warning', 4, 8)]],
		['a quoted key', '"my key" = "xxx"', [diag('hygiene/placeholder-value', 'warning', 11, 16)]],
		[
			'a dotted key',
			'db.password = "changeme"',
			[diag('hygiene/placeholder-value', 'warning', 14, 24)]
		],
		[
			'a value in a table',
			'[db]\npassword = "changeme"',
			[diag('hygiene/placeholder-value', 'warning', 16, 26)]
		],
		['a clean value', 'a = "ok"', []],
		['a number', 'port = 5432', []],
		[
			'CRLF line endings',
			'a = "ok"\r\nb = " x"\r\n',
			[diag('hygiene/surrounding-whitespace', 'warning', 14, 18)]
		]
	])('reports %s', (_name, text, expected) => {
		expect(brief(text)).toEqual(expected);
	});

	it('adds one git reminder per file, naming its path', () => {
		const text = 'a = 1';
		const legacy = parseLegacyToml(text) as { value: PyDict };
		const [d] = hygieneDiagnostics(text, legacy.value, { path: 'app/.streamlit/secrets.toml' });
		expect(d).toMatchObject({ code: 'hygiene/keep-out-of-git', severity: 'info', from: 0, to: 0 });
		expect(d.message).toContain('`app/.streamlit/secrets.toml`');
	});

	it('offers a fix that removes the whitespace, after which the value is clean', () => {
		const text = "a = '  C:\\dir  '";
		const [d] = diagnose(text);
		expect(d.fix).toEqual({ label: 'Remove the whitespace', from: 4, to: 16, insert: "'C:\\dir'" });
		const fixed = text.slice(0, d.fix!.from) + d.fix!.insert + text.slice(d.fix!.to);
		expect(diagnose(fixed)).toEqual([]);
	});

	it('offers no fix inside an array or for a multi-line string', () => {
		expect(diagnose('a = [" x"]\nb = """\nx\n"""').map((d) => d.fix)).toEqual([
			undefined,
			undefined
		]);
	});

	it('uses a given locator', () => {
		const text = 'a = "changeme"';
		const legacy = parseLegacyToml(text) as { value: PyDict };
		const locator = new KeyLocator(text);
		expect(hygieneDiagnostics(text, legacy.value, { locator, gitReminder: false })).toHaveLength(1);
	});

	it('places a value it cannot locate at 0', () => {
		// toml 0.10.2 stores `a ` (with the space) for `a . b`, which the outline does not know.
		expect(brief('a . b = "changeme"')).toEqual([
			diag('hygiene/placeholder-value', 'warning', 0, 0)
		]);
	});

	it('handles deep nesting and a large file', () => {
		const deep = 'a = ' + '['.repeat(300) + '"xxx"' + ']'.repeat(300);
		expect(brief(deep)).toHaveLength(1);
		const big = Array.from({ length: 20000 }, (_v, i) => `k${i} = "value number ${i}"`).join('\n');
		const started = Date.now();
		expect(brief(big)).toEqual([]);
		expect(Date.now() - started).toBeLessThan(5000);
	});
});

describe('mayWarn', () => {
	// Pieces of placeholders, whitespace and credentials, so that most generated values are
	// near a rule's edge.
	const piece = fc.constantFrom(
		'changeme',
		'your',
		'-key',
		'xxxx',
		'XXX',
		'***',
		'…',
		'...',
		'${',
		'VAR',
		'}',
		'{{',
		'<',
		'token',
		'>',
		'example',
		'EXAMPLE',
		'todo',
		'password',
		'123456',
		'AKIA',
		'2E0A8F3B244C9986',
		'ghp_',
		'sk-',
		'abcdefghijklmnopqrstuvwxyz012345',
		'https://u:',
		'p4ss@h',
		' ',
		'\n',
		'\t',
		'a',
		'Z',
		'0',
		'.',
		'-',
		'_',
		'#',
		'é',
		'😀',
		'\u00a0'
	);
	const value = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
	const key = fc.constantFrom('password', 'api_key', 'host', 'name', 'aws_secret_access_key', '');

	it('is true exactly when inspectValue finds something', () => {
		fc.assert(
			fc.property(value, key, (v, k) => {
				expect(mayWarn(v, k)).toBe(inspectValue(v, k) !== null);
			}),
			{ numRuns: 3000 }
		);
	});
});
