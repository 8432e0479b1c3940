import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valuePrinter } from '../../src/cli/hide-values.ts';
import { check, excerptHider, maskToml } from '../../src/lib/index.ts';

const lineBreaks = (s: string) => [...s.matchAll(/\r?\n/g)].map((m) => m.index);

describe('maskToml', () => {
	it('masks values, keeps keys, headers, quotes, booleans and settings, at the same width', () => {
		const text = [
			'api_key = "sk-Abc123"',
			'pin = 4711',
			'debug = true',
			'[connections.db]',
			'type = "sql"',
			"password = 'p@ss word'",
			'raw = unquoted-Value',
			'# prose stays',
			'# password = "old-one"'
		].join('\n');
		const { text: masked } = maskToml(text);
		expect(masked.length).toBe(text.length);
		expect(masked.split('\n')).toEqual([
			'api_key = "*********"',
			'pin = ****',
			'debug = true',
			'[connections.db]',
			'type = "sql"',
			"password = '**** ****'",
			'raw = **************',
			'# prose stays',
			'# password = *********'
		]);
	});

	it('keeps backslashes so escapes stay visible, and masks every line of a multi-line string', () => {
		const text = 'a = "x\\qy"\nkey = """\nline-One\nline-Two\n"""\n';
		const { text: masked, excerpts } = maskToml(text);
		expect(masked).toBe('a = "*\\**"\nkey = """\n********\n********\n"""\n');
		expect(excerpts.map((e) => e.text)).toEqual(
			expect.arrayContaining(['x\\qy', 'line-One', 'line-Two'])
		);
	});

	it('lists the decoded string of an escaped value too, as messages quote it', () => {
		const { excerpts } = maskToml('p = "a\\"quoted\\tvalue"\n');
		expect(excerpts.map((e) => e.text)).toContain('a"quoted\tvalue');
	});
});

describe('excerptHider', () => {
	const hide = excerptHider([
		{ text: 'hunter2', masked: '*******' },
		{ text: 'abc', masked: '***' },
		{ text: 'longsecretvalue', masked: '***************' }
	]);

	it('masks a quoted span that is a value, and values inside quoted spans', () => {
		expect(hide('The value `hunter2` is not quoted')).toBe('The value `*******` is not quoted');
		expect(hide("int() with base 10: 'abc'")).toBe("int() with base 10: '***'");
		expect(hide('Write `"hunter2"` instead')).toBe('Write `"*******"` instead');
	});

	it('never masks part of a word, and short values outside quoted spans', () => {
		expect(hide('`abcd` and abc and `xabc`')).toBe('`abcd` and abc and `xabc`');
		expect(hide('file.toml: longsecretvalue here')).toBe('file.toml: *************** here');
	});

	it('leaves a message alone when there is nothing to hide', () => {
		expect(excerptHider([])('`a` = `b`')).toBe('`a` = `b`');
	});
});

// A value that can be told apart from everything a message says on its own.
const secret = fc
	.array(
		fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789-_.@/'.split('')),
		{
			minLength: 5,
			maxLength: 24
		}
	)
	.map((cs) => 'Qv' + cs.join('') + '9');

/**
 * Ways of writing `s` in a secrets file, right and wrong. Not as the value of a setting
 * key (`type`, `redirect_uri`, …): those are shown on purpose.
 */
const placements = (s: string): string[] => [
	`key = "${s}"`,
	`key = '${s}'`,
	`key = ${s}`,
	`key = “${s}”`,
	`key = ‘${s}’`,
	`key = " ${s} "`,
	`key = "${s}`,
	`key = """\n${s}\n"""`,
	`key = ["${s}", 1]`,
	`key = { inner = "${s}" }`,
	`# key = "${s}"`,
	`[connections.db]\ntype = "sql"\nport = "${s}"`,
	`[connections.db]\ntype = "sql"\nurl = "${s}"`,
	`[auth]\nclient_secret = "${s}"\ncookie_secret = "${s}"`,
	`[auth]\nredirect_uri = "http://localhost:8501/oauth2callback"\nclient_id = ${s}`,
	`key = "${s}"\nkey = "${s}"`,
	`[a]\nx = "${s}"\n[a]\ny = 1`
];

describe('st-secrets check without --show-values', () => {
	it('never prints a value in a code frame, message, hint, fix or environment string', () => {
		fc.assert(
			fc.property(secret, fc.nat(), fc.boolean(), (s, pick, before) => {
				const all = placements(s);
				const line = all[pick % all.length];
				const text = before ? `first = 1\n${line}\n` : `${line}\nlast = 2\n`;
				const report = check([{ path: 'secrets.toml', node: { kind: 'file', text } }]);
				const values = valuePrinter(report, false);
				const shown = values.sourceText(0);
				expect(shown.length).toBe(text.length);
				expect(lineBreaks(shown)).toEqual(lineBreaks(text));
				const printed = [
					shown,
					...report.diagnostics.flatMap((d) => [d.message, d.hint ?? '', d.fix?.insert ?? '']),
					report.load.ok ? '' : report.load.message,
					...report.environment.map((e) => e.value)
				].map(values.hide);
				for (const p of printed) expect(p).not.toContain(s);
			}),
			{ numRuns: 300 }
		);
	});
});
