import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDiagnostic, lineColumnIn, lineStarts } from '../../src/lib/index.ts';
import { lineColumn, offsetAt, sortDiagnostics, withSource } from '../../src/lib/diagnostic.ts';
import type { Diagnostic } from '../../src/lib/index.ts';

const diag = (
	from: number,
	to: number,
	severity: Diagnostic['severity'] = 'error'
): Diagnostic => ({
	code: 'toml/syntax',
	severity,
	message: 'Something is wrong',
	from,
	to
});

describe('lineColumn', () => {
	it('counts lines ended by LF, CRLF and lone CR', () => {
		const text = 'a\nb\r\nc\rd';
		expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
		expect(lineColumn(text, 2)).toEqual({ line: 2, column: 1 });
		expect(lineColumn(text, 5)).toEqual({ line: 3, column: 1 });
		expect(lineColumn(text, 7)).toEqual({ line: 4, column: 1 });
	});

	it('clamps offsets past the end', () => {
		expect(lineColumn('ab', 99)).toEqual({ line: 1, column: 3 });
	});
});

describe('lineColumnIn', () => {
	it('gives what lineColumn gives, for every offset and any line ends', () => {
		const text = fc
			.array(fc.constantFrom('a', 'é', '😀', '\n', '\r', '\r\n', ' '), { maxLength: 30 })
			.map((p) => p.join(''));
		fc.assert(
			fc.property(text, fc.integer({ min: -2, max: 70 }), (t, offset) => {
				expect(lineColumnIn(lineStarts(t), t.length, offset)).toEqual(lineColumn(t, offset));
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('offsetAt', () => {
	it('inverts lineColumn', () => {
		const text = 'one\ntwo\nthree';
		for (let i = 0; i <= text.length; i++) {
			const { line, column } = lineColumn(text, i);
			expect(offsetAt(text, line, column)).toBe(i);
		}
	});
});

describe('sortDiagnostics', () => {
	it('orders by position, then errors before warnings', () => {
		const sorted = sortDiagnostics([diag(5, 6), diag(1, 2, 'warning'), diag(1, 2)]);
		expect(sorted.map((d) => [d.from, d.severity])).toEqual([
			[1, 'error'],
			[1, 'warning'],
			[5, 'error']
		]);
	});
});

describe('formatDiagnostic', () => {
	it('prints file:line:col, the hint and a code frame', () => {
		const text = 'a = 1\npassword = hunter2\n';
		const d = { ...diag(17, 24), hint: 'Quote the value' };
		expect(formatDiagnostic(d, 'secrets.toml', text)).toMatchInlineSnapshot(`
			"secrets.toml:2:12 error toml/syntax Something is wrong
			  hint: Quote the value
			   2 | password = hunter2
			     |            ^^^^^^^"
		`);
	});
});

describe('withSource', () => {
	// Required<>: a field added to Diagnostic must be added here, and so be copied.
	const full: Required<Diagnostic> = {
		code: 'toml/unquoted-string',
		severity: 'error',
		message: 'm',
		from: 1,
		to: 2,
		hint: 'h',
		fix: { label: 'l', from: 1, to: 2, insert: '"x"' },
		source: 0
	};

	it('copies every field and sets the source, leaving the original alone', () => {
		const copy = withSource(full, 3);
		expect(copy).toStrictEqual({ ...full, source: 3 });
		expect(full.source).toBe(0);
		expect(Object.keys(copy).sort()).toEqual(Object.keys(full).sort());
	});

	it('adds no hint or fix a diagnostic does not have', () => {
		const bare: Diagnostic = { code: 'a/b', severity: 'info', message: 'm', from: 0, to: 0 };
		expect(Object.keys(withSource(bare, 1))).toEqual([
			'code',
			'severity',
			'message',
			'from',
			'to',
			'source'
		]);
	});
});
