import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortCode } from '../../src/lib/diagnostics/catalogue.ts';
import { hygieneMessages } from '../../src/lib/hygiene/messages.ts';

// The hygiene messages skip shortCode for short one-line text without backticks; they
// must read exactly as shortCode writes them for any text.
describe('hygiene messages', () => {
	it('show paths and texts as shortCode does', () => {
		const text = fc.oneof(
			fc.string({ maxLength: 60 }),
			fc.constantFrom('a`b', 'line\nbreak', 'cr\r\nlf', 'x'.repeat(40), 'x'.repeat(41), '')
		);
		fc.assert(
			fc.property(text, text, (path, found) => {
				const message = hygieneMessages['hygiene/placeholder-value'].message({
					path,
					text: found,
					kind: 'word'
				});
				expect(message).toBe(`${shortCode(path)} still holds the placeholder ${shortCode(found)}`);
			}),
			{ numRuns: 3000 }
		);
	});
});
