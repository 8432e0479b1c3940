import { describe, expect, it } from 'vitest';
import { unescapeBody } from '../../src/lib/app/python-strings.ts';
import { pythonEscapes } from '../../src/lib/python/string-escapes.ts';
import { parseLine } from '../../src/lib/streamlit/evaluator/expression.ts';

/** The value of the string literal `"<body>"` as the access evaluator parses it. */
function evaluatorValue(body: string): unknown {
	return JSON.parse(JSON.stringify(parseLine(`"${body}"`))).expr?.value;
}

describe('pythonEscapes', () => {
	it.each(Object.entries(pythonEscapes))(
		'decodes \\%j the same in app code and in the evaluator',
		(escape, value) => {
			expect(unescapeBody(`a\\${escape}b`)).toBe(`a${value}b`);
			expect(evaluatorValue(`a\\${escape}b`)).toBe(`a${value}b`);
		}
	);

	it('continues a line of app code over a backslash and CRLF', () => {
		expect(unescapeBody('a\\\r\nb')).toBe('ab');
	});

	it('leaves octal escapes to the octal decoder', () => {
		expect(unescapeBody('\\012')).toBe('\n');
		expect(evaluatorValue('\\012')).toBe('\n');
	});
});
