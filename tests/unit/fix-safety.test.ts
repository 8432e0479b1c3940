import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { check, type Diagnostic, type Fix } from '../../src/lib/index.ts';
import { lineColumn } from '../../src/lib/diagnostic.ts';
import { scanToml } from '../../src/lib/toml/scan.ts';

const path = '.streamlit/secrets.toml';
const run = (text: string) => check([{ path, node: { kind: 'file', text } }]);
const apply = (text: string, fix: Fix) => text.slice(0, fix.from) + fix.insert + text.slice(fix.to);
const fixesOf = (list: Diagnostic[]) => list.filter((d) => d.fix && (d.source ?? 0) === 0);

const quote = /["'“”„‟«»″〝〞＂‘’‚‛‹›′＇]/;

/**
 * The characters a value was written with: its text without surrounding blanks and one
 * delimiting quote at each end (three for a multi-line string), plus what its escapes decode
 * to.
 */
function contentOf(written: string): string {
	const text = written.trim();
	const decoded = decodeScalar(text);
	const n = /^("""|''')/.test(text) ? 3 : 1;
	const from = quote.test(text[0] ?? '') ? n : 0;
	const to =
		text.length > from && quote.test(text[text.length - 1]) ? text.length - n : text.length;
	return text.slice(from, Math.max(from, to)) + (typeof decoded === 'string' ? decoded : '');
}

/** Maps an offset of the fixed text back to the original text. */
function backOffset(fix: Fix, pos: number, end: boolean): number {
	const insertEnd = fix.from + fix.insert.length;
	if (pos < fix.from || (!end && pos === fix.from)) return pos;
	if (pos > insertEnd || (end && pos === insertEnd))
		return pos - fix.insert.length + fix.to - fix.from;
	return end ? fix.to : fix.from;
}

/** Decodes a scalar as written (`"a"`, `'b'`, `0.5`, `true`), or returns undefined. */
function decodeScalar(raw: string): unknown {
	try {
		return parse(`v = ${raw}`).v;
	} catch {
		return undefined;
	}
}

/**
 * Returns what is wrong with the values and keys a fix writes or changes: a string or key
 * that gains a character its original text did not have, or a number or boolean that
 * changes.
 */
function valueProblems(original: string, fix: Fix): string[] {
	const fixed = apply(original, fix);
	const from = fix.from;
	const to = fix.from + fix.insert.length;
	const problems: string[] = [];
	const touches = (a: number, b: number) => (a < to && b > from) || (a <= from && from < b);
	const checkText = (decoded: string, a: number, b: number, what: string) => {
		// A key or value written entirely by an insertion is new, not a changed one.
		if (fix.from === fix.to && a >= from && b <= to) return;
		const written = original.slice(backOffset(fix, a, false), backOffset(fix, b, true));
		const allowed = new Set(contentOf(written));
		const added = [...decoded].filter((c) => !allowed.has(c));
		if (added.length)
			problems.push(`${what} ${JSON.stringify(decoded)} gains ${JSON.stringify(added.join(''))}`);
	};
	scanToml(fixed, (event) => {
		if (event.from > to + 1) return false;
		if (event.type === 'key' || event.type === 'header') {
			for (const k of event.keys) if (touches(k.from, k.to)) checkText(k.name, k.from, k.to, 'key');
			return;
		}
		if (event.type !== 'value' || !touches(event.from, event.to)) return;
		const value = decodeScalar(fixed.slice(event.from, event.to));
		const writtenFrom = backOffset(fix, event.from, false);
		const written = original.slice(writtenFrom, backOffset(fix, event.to, true)).trim();
		if (typeof value === 'string') checkText(value, event.from, event.to, 'value');
		else if (typeof value === 'number' || typeof value === 'bigint') {
			if (fix.from !== fix.to && Number(value) !== Number(written.replace(/_/g, '')))
				problems.push(`number ${written} becomes ${value}`);
		} else if (typeof value === 'boolean') {
			if (fix.from !== fix.to && String(value) !== written.toLowerCase())
				problems.push(`boolean ${written} becomes ${value}`);
		}
	});
	return problems;
}

const lineOf = (text: string, pos: number) => lineColumn(text, pos).line;
const isSyntax = (code: string) => code.startsWith('toml/') || code.startsWith('streamlit/');
const counted = (d: Diagnostic) => d.severity !== 'info' && (d.source ?? 0) === 0;

/**
 * Returns the errors and warnings of the fixed text that the original did not have, compared
 * by code and line (lines of the fixed text mapped back through the edit). Where the original
 * was not valid TOML, what the now-readable text reveals is not counted as new: checks of
 * values and sections that could not run before (hygiene, `[auth]`, …), and anything outside
 * the edited lines.
 */
function newDiagnostics(original: string, before: Diagnostic[], fix: Fix, after: Diagnostic[]) {
	const seen = new Set(before.filter(counted).map((d) => `${d.code}@${lineOf(original, d.from)}`));
	const broken = before.some((d) => d.severity === 'error' && d.code.startsWith('toml/'));
	const firstLine = lineOf(original, fix.from);
	const lastLine = lineOf(original, fix.to);
	return after.filter(counted).filter((d) => {
		const line = lineOf(original, backOffset(fix, d.from, false));
		if (seen.has(`${d.code}@${line}`)) return false;
		if (!broken) return true;
		const edited = line >= firstLine && line <= lastLine;
		return edited && isSyntax(d.code);
	});
}

/** Applies every fix `check` offers for `text`, one at a time, and returns what goes wrong. */
function fixProblems(text: string): string[] {
	const before = run(text).diagnostics;
	const problems: string[] = [];
	for (const d of fixesOf(before)) {
		const fix = d.fix!;
		const fixed = apply(text, fix);
		let after: Diagnostic[];
		try {
			after = run(fixed).diagnostics;
		} catch (e) {
			problems.push(`${d.code}: check throws ${String(e)}`);
			continue;
		}
		for (const p of valueProblems(text, fix)) problems.push(`${d.code}: ${p}`);
		for (const n of newDiagnostics(text, before, fix, after))
			problems.push(
				`${d.code} ${JSON.stringify(fix.insert)}: new ${n.code} on line ${lineOf(fixed, n.from)}`
			);
		const stays = after.some(
			(x) =>
				x.code === d.code &&
				x.message === d.message &&
				backOffset(fix, x.from, false) === d.from &&
				(x.source ?? 0) === 0
		);
		if (stays) problems.push(`${d.code}: still reported after its fix`);
	}
	return problems;
}

/** A mistake as a line (or lines) of TOML, with the text the user meant where there is one. */
interface Mistake {
	lines: string;
	/** The root key and the characters the user meant it to hold. */
	meant?: { key: string; content: string };
	/** Whether the mistake belongs after the root keys (a table). */
	table?: boolean;
}

const contentChar = fc.constantFrom(
	...'abcdefghXYZ0123456789-_.:/@$%+=é€ü'.split(''),
	' ',
	'\\',
	'"',
	"'",
	'’',
	'{',
	'}'
);
const content = fc
	.array(contentChar, { minLength: 1, maxLength: 12 })
	.map((cs) => cs.join(''))
	.filter((s) => s.trim() === s && !s.includes(' #'));
const wordChar = fc.constantFrom(...'abcdefghijkXYZ-_.@/'.split(''));
const word = fc
	.array(wordChar, { minLength: 1, maxLength: 10 })
	.map((cs) => cs.join(''))
	.filter((w) => /^[A-Za-z]/.test(w) && !/^(true|false|inf|nan|none|null|nil)$/i.test(w));
const smartPairs = fc.constantFrom(
	['“', '”'],
	['‘', '’'],
	['„', '“'],
	['«', '»'],
	['‚', '‘'],
	['″', '″'],
	['＂', '＂'],
	['"', '”'],
	['“', '"'],
	['‹', '›']
);
const hex = fc
	.array(fc.constantFrom(...'0123456789abcdef'.split('')), { minLength: 64, maxLength: 64 })
	.map((cs) => cs.join(''));

/** Builds each kind of mistake a fix targets (and some no fix can touch) for root key `key`. */
const mistake = (key: string): fc.Arbitrary<Mistake> =>
	fc.oneof(
		fc.tuple(smartPairs, content).map(([[open, close], c]) => ({
			lines: `${key} = ${open}${c}${close}`,
			meant: { key, content: c }
		})),
		fc
			.tuple(
				smartPairs,
				content.filter((c) => !/[,\]]/.test(c))
			)
			.map(([[open, close], c]) => ({ lines: `${key} = [${open}${c}${close}, "x"]` })),
		fc
			.tuple(smartPairs, word)
			.map(([[open, close], w]) => ({ lines: `${open}${key}${w}${close} = "v"` })),
		fc
			.array(word, { minLength: 1, maxLength: 3 })
			.map((ws) => ({ lines: `${key} = ${ws.join(' ')}`, meant: { key, content: ws.join(' ') } })),
		fc.constantFrom('.5', '5.', '-.25', '+1.', '.5e3').map((n) => ({ lines: `${key} = ${n}` })),
		fc.constantFrom('True', 'FALSE', 'None', 'null').map((v) => ({ lines: `${key} = ${v}` })),
		fc
			.tuple(fc.constantFrom('export ', ''), word, fc.constantFrom('', '“', '"'))
			.map(([exp, w, q]) => {
				const close = q === '“' ? '”' : q;
				const name = key.toUpperCase();
				return { lines: `${exp}${name}=${q}${w}${close}`, meant: { key: name, content: w } };
			}),
		fc.constant({ lines: `${key}: "colon"` }),
		fc.constant({ lines: `${key} = "C:\\Users\\me\\data"` }),
		fc.constant({ lines: `${key} = "a\\d+"` }),
		fc.constantFrom('\u200b', '\ufeff', '\u200d', '\u2060').map((z) => ({
			lines: `${key.slice(0, 1)}${z}${key.slice(1)} = "v"`
		})),
		fc.constantFrom('\u200b', '\u2060').map((z) => ({ lines: `"${key}${z}x" = "v"` })),
		fc.constant({ lines: `${key} =` }),
		fc.constantFrom(' padded', 'padded ', ' both ').map((v) => ({ lines: `${key} = "${v}"` })),
		fc.constant({ lines: `[${key}]\nuser = "a"\n\n[${key}]\npassword = "b"`, table: true }),
		fc.subarray(['redirect', 'cookie', 'client_id', 'client_secret', 'metadata']).chain((keys) =>
			hex.map((secret) => ({
				table: true,
				lines: [
					'[auth]',
					...(keys.includes('redirect')
						? ['redirect_uri = "http://localhost:8501/oauth2callback"']
						: []),
					...(keys.includes('cookie') ? [`cookie_secret = "${secret}"`] : []),
					...(keys.includes('client_id') ? ['client_id = "1234.apps.googleusercontent.com"'] : []),
					...(keys.includes('client_secret') ? [`client_secret = "${secret.slice(0, 24)}"`] : []),
					...(keys.includes('metadata')
						? [
								'server_metadata_url = "https://accounts.google.com/.well-known/openid-configuration"'
							]
						: [])
				].join('\n')
			}))
		),
		fc
			.constantFrom(
				'[connections.gsheets]\nspreadsheet = "https://docs.google.com/spreadsheets/d/1abc"',
				'[connections.gsheets]\nworksheet = "Sheet1"',
				'[connections.warehouse]\naccount = "myorg-acct"\nuser = "loader"\npassword = "Zk3pLq9xVt"',
				'[connections.reports]\nurl = "postgresql://reader@db.internal:5432/reports"',
				'[connections.reports]\ndialect = "postgresql"\nhost = "db.internal"',
				'[connections.postgresql]\nhost = "db.internal"',
				'[connections.supabase]\nurl = "https://abc.supabase.co"',
				'[connections.snowflake]\nuser = "loader"'
			)
			.map((lines) => ({ lines, table: true }))
	);

const cleanLine = (key: string) =>
	fc.constantFrom(`${key} = "Ada"`, `${key} = 5432`, `${key} = 0.25`, `${key} = false`);

/** A generated file: clean root keys and mistakes, then tables. */
const file = fc
	.array(fc.boolean(), { minLength: 1, maxLength: 4 })
	.chain((slots) =>
		fc.tuple(
			...slots.map((clean, i) =>
				clean ? cleanLine(`key${i}`).map((lines): Mistake => ({ lines })) : mistake(`key${i}`)
			)
		)
	)
	.chain((items) => fc.tuple(fc.constant(items), fc.constantFrom('\n', '\r\n')))
	.map(([items, nl]) => {
		const root = items.filter((m) => !m.table).map((m) => m.lines);
		const tables = items.filter((m) => m.table).map((m) => m.lines);
		const seen = new Set<string>();
		const unique = tables.filter((t) => !seen.has(t.split('\n')[0]) && seen.add(t.split('\n')[0]));
		const text = ([...root, ...unique].join('\n') + '\n').replace(/\n/g, nl);
		return { text, meant: items.flatMap((m) => (m.meant ? [m.meant] : [])) };
	});

/** Returns the TOML files under `dir`, recursively. */
function tomlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return tomlFiles(full);
		return name.endsWith('.toml') ? [full] : [];
	});
}

const fixtures = new URL('../fixtures/', import.meta.url).pathname;

describe('quick fixes', () => {
	it('never add characters to a value, change a number or produce a new problem, on generated files', () => {
		fc.assert(
			fc.property(file, ({ text }) => {
				expect(fixProblems(text)).toEqual([]);
			}),
			{ numRuns: 250 }
		);
	});

	it('keep exactly the characters the user meant between the quotes', () => {
		fc.assert(
			fc.property(file, ({ text, meant }) => {
				for (const d of fixesOf(run(text).diagnostics)) {
					const fixed = apply(text, d.fix!);
					for (const { key, content } of meant) {
						const line = fixed.split(/\r?\n/).find((l) => l.startsWith(`${key} = `));
						if (line === undefined) continue;
						let value: unknown;
						try {
							value = parse(line)[key];
						} catch {
							continue;
						}
						if (typeof value === 'string') expect(value, `${d.code} on ${key}`).toBe(content);
					}
				}
			}),
			{ numRuns: 200 }
		);
	});

	it.each(tomlFiles(fixtures).map((f) => [f.slice(fixtures.length)]))(
		'are safe on the fixture %s',
		(name) => {
			const text = new TextDecoder().decode(readFileSync(join(fixtures, name)));
			expect(fixProblems(text)).toEqual([]);
		}
	);

	it('catch the old curly-quote fix, which kept the quotes inside the value', () => {
		const text = 'password = “value”\n';
		const old: Fix = { label: 'Quote the value', from: 11, to: 18, insert: '"“value”"' };
		expect(valueProblems(text, old)).toEqual(['value "“value”" gains "“”"']);
		const [d] = run(text).diagnostics.filter((x) => x.code === 'toml/smart-quotes');
		expect(valueProblems(text, d.fix!)).toEqual([]);
	});

	it('catch a fix that inserts empty credentials, which st.login rejects', () => {
		const text =
			'[auth]\nredirect_uri = "http://localhost:8501/oauth2callback"\ncookie_secret = "' +
			'9f'.repeat(32) +
			'"\n\n[auth.google]\nclient_id = "1234.apps.googleusercontent.com"\n';
		const before = run(text).diagnostics;
		const fix: Fix = {
			label: 'Add',
			from: text.length - 1,
			to: text.length - 1,
			insert: '\nclient_secret = ""\nserver_metadata_url = ""'
		};
		const after = run(apply(text, fix)).diagnostics;
		expect(newDiagnostics(text, before, fix, after).map((d) => d.code)).toContain(
			'auth/empty-value'
		);
	});
});
