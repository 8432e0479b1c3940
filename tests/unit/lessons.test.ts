import { describe, expect, it } from 'vitest';
import { lessonFor } from '../../src/lib/index.ts';
import { diagnosticCodes } from '../../src/lib/check/lessons.ts';
import { code, shortCode } from '../../src/lib/diagnostics/catalogue.ts';
import { docsPages } from '../../src/lib/diagnostics/docs-pages.ts';

/** The codes whose catalogue entry says why it matters (the rest get a lesson by prefix). */
const withOwnLesson = [
	'toml/syntax',
	'toml/unquoted-string',
	'toml/python-boolean',
	'toml/null-value',
	'toml/colon-instead-of-equals',
	'toml/windows-path-escape',
	'toml/invalid-escape',
	'toml/dotenv-line',
	'toml/duplicate-key',
	'toml/invalid-key',
	'toml/smart-quotes',
	'toml/invisible-character',
	'streamlit/invisible-in-key',
	'toml/invalid-number',
	'streamlit/parse-error',
	'streamlit/parser-crash',
	'streamlit/error-message-crash',
	'streamlit/accepts-invalid-toml',
	'streamlit/value-differs',
	'streamlit/key-differs',
	'streamlit/env-illegal-name',
	'streamlit/env-overrides-variable',
	'streamlit/shadowed-by-method',
	'streamlit/replaced-by-later-source',
	'streamlit/no-secrets',
	'streamlit/source-error',
	'streamlit/unicode-decode-error',
	'streamlit/bom-in-key',
	'hygiene/placeholder-value',
	'hygiene/surrounding-whitespace',
	'hygiene/real-credential',
	'hygiene/keep-out-of-git'
];

const fallbacks = [
	'Streamlit only reads valid TOML reliably; other tools reject the rest.',
	'This is how Streamlit behaves with this file at run time.'
];

describe('lessonFor', () => {
	it('gives every catalogue code a why and one of the documentation pages', () => {
		const pages = Object.values(docsPages).map((p) => p.url);
		for (const c of diagnosticCodes) {
			const lesson = lessonFor(c);
			expect(lesson.why.length, c).toBeGreaterThan(0);
			expect(pages, c).toContain(lesson.url);
		}
	});

	it.each(withOwnLesson)('reads the why of %s from its catalogue entry', (c) => {
		expect(diagnosticCodes).toContain(c);
		expect(fallbacks).not.toContain(lessonFor(c).why);
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
