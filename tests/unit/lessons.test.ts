import { describe, expect, it } from 'vitest';
import { lessonFor } from '../../src/lib/index.ts';
import { diagnosticCodes } from '../../src/lib/check/lessons.ts';
import { convertMessages } from '../../src/lib/convert/problems.ts';
import { appMessages } from '../../src/lib/diagnostics/app-messages.ts';
import { authMessages } from '../../src/lib/diagnostics/auth-messages.ts';
import { code, shortCode, type Entry } from '../../src/lib/diagnostics/catalogue.ts';
import { connectionMessages } from '../../src/lib/diagnostics/connection-messages.ts';
import { docsPages } from '../../src/lib/diagnostics/docs-pages.ts';
import { streamlitMessages } from '../../src/lib/diagnostics/streamlit-messages.ts';
import { tomlMessages } from '../../src/lib/toml/messages.ts';

/** The catalogues whose every code must carry a lesson of its own (hygiene's live in lessons.ts for now). */
const catalogues: Record<string, Record<string, Entry<never>>> = {
	toml: tomlMessages,
	streamlit: streamlitMessages,
	app: appMessages,
	auth: authMessages,
	connections: connectionMessages,
	convert: convertMessages
};

const entries = Object.entries(catalogues).flatMap(([prefix, catalogue]) =>
	Object.entries(catalogue).map(([c, e]) => ({ prefix, code: c, entry: e }))
);

/** Codes whose lessons are the same text because they have the same cause. */
const sharedCause = [
	// Streamlit's parser cannot load the file: it reports an error, crashes, or fails to report.
	['streamlit/parse-error', 'streamlit/parser-crash', 'streamlit/error-message-crash']
];

const fallbacks = [
	'Streamlit only reads valid TOML reliably; other tools reject the rest.',
	'This is how Streamlit behaves with this file at run time.'
];

/** Sentence ends: a full stop, `?` or `!` at the end or before a capital letter or a backtick. */
const sentenceEnds = (text: string) => text.match(/[.?!](?=$|\s+[A-Z`])/g)?.length ?? 0;

describe('lessonFor', () => {
	it('gives every catalogue code a why and one of the documentation pages', () => {
		const pages = Object.values(docsPages).map((p) => p.url);
		for (const c of diagnosticCodes) {
			const lesson = lessonFor(c);
			expect(lesson.why.length, c).toBeGreaterThan(0);
			expect(pages, c).toContain(lesson.url);
		}
	});

	it('knows every catalogue the check reports from', () => {
		const prefixes = new Set(diagnosticCodes.map((c) => c.slice(0, c.indexOf('/'))));
		expect([...prefixes].sort()).toEqual([...Object.keys(catalogues), 'hygiene'].sort());
		for (const { prefix, code: c } of entries) {
			expect(c.startsWith(`${prefix}/`), c).toBe(true);
			expect(diagnosticCodes).toContain(c);
		}
		expect(entries.length).toBeGreaterThanOrEqual(92);
	});

	it.each(entries.map((e) => [e.code, e.entry] as const))(
		'reads the why and page of %s from its catalogue entry',
		(c, e) => {
			expect(e.why, c).toBeTypeOf('string');
			expect(e.docs, c).toBeDefined();
			const lesson = lessonFor(c);
			expect(lesson.why).toBe(e.why);
			expect(fallbacks).not.toContain(lesson.why);
			expect(Object.values(docsPages)).toContainEqual(e.docs);
			expect(lesson).toMatchObject({ url: e.docs!.url, title: e.docs!.title });
			expect(lesson.url).toMatch(/^https:\/\/(docs\.streamlit\.io|toml\.io)\//);
		}
	);

	it.each(entries.map((e) => [e.code, e.entry.why ?? ''] as const))(
		'words the why of %s as one or two sentences, user text in backticks',
		(c, why) => {
			expect(why, c).toMatch(/^[A-Z`]/);
			expect(why, c).toMatch(/\.$/);
			expect(sentenceEnds(why), c).toBeGreaterThanOrEqual(1);
			expect(sentenceEnds(why), c).toBeLessThanOrEqual(2);
			expect((why.match(/`/g) ?? []).length % 2, c).toBe(0);
		}
	);

	it('gives no two codes the same why unless they have the same cause', () => {
		const byWhy = new Map<string, string[]>();
		for (const { code: c, entry: e } of entries)
			byWhy.set(e.why ?? '', [...(byWhy.get(e.why ?? '') ?? []), c]);
		const repeated = [...byWhy.values()].filter((codes) => codes.length > 1);
		expect(repeated).toEqual(sharedCause);
	});

	it('falls back by prefix for a code no catalogue has', () => {
		expect(lessonFor('auth/unknown').url).toBe(docsPages.login.url);
		expect(lessonFor('connections/unknown').url).toBe(docsPages.connection.url);
		expect(lessonFor('toml/unknown')).toEqual({
			why: fallbacks[0],
			url: docsPages.toml.url,
			title: docsPages.toml.title
		});
		expect(lessonFor('constructor').why).toBe(fallbacks[1]);
	});
});

describe('code', () => {
	it.each([
		['a`b', {}, "`a'b`"],
		['a\nb', {}, '`a\nb`'],
		['a\r\nb', { oneLine: true }, '`a⏎b`'],
		['a`b', { keepBackticks: true }, '`a`b`'],
		['abcdef', { max: 4 }, '`abc…`'],
		['abcd', { max: 4 }, '`abcd`']
	] as const)('shows %j with %j as %s', (text, options, shown) => {
		expect(code(text, options)).toBe(shown);
	});

	it('has a short form: one line, 40 characters, no backticks', () => {
		expect(shortCode('x'.repeat(41))).toBe('`' + 'x'.repeat(39) + '…`');
		expect(shortCode('a`\nb')).toBe("`a'⏎b`");
	});
});
