import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeholderCues, placeholderRules } from '../../src/lib/hygiene/placeholders.ts';

// A value skips a rule when it lacks every one of the rule's cues; each cue must be in
// every value the rule's pattern matches, or a placeholder would go unreported.
const fragments = fc.constantFrom(
	'change',
	'Change_me',
	'replace this',
	'fill-me-in',
	'TBD',
	'put ',
	'add-',
	'key_here',
	'test-key',
	'your',
	'YOUR-API-KEY',
	'Yours',
	'example',
	'EXAMPLE',
	'${VAR}',
	'{{ x }}',
	'$HOME',
	'%APPDATA%',
	'<token>',
	'<',
	'>',
	'x',
	'xxxx',
	'XXX',
	'X',
	'***',
	'*',
	'•••',
	'•',
	'...',
	'..',
	'.',
	'…',
	'-',
	'_',
	'#',
	'?',
	'a',
	'ab',
	'Z',
	'9',
	' ',
	'\n',
	'😀',
	'\ud83d',
	'é',
	'ſ',
	'K'
);
const values = fc.oneof(
	fc.array(fragments, { minLength: 1, maxLength: 6 }).map((p) => p.join('')),
	fc.string({ unit: 'binary', maxLength: 12 }),
	fc
		.tuple(
			fc.constantFrom('a', 'x', 'X', '-', '.', '😀', 'é', '•', '*'),
			fc.integer({ min: 1, max: 8 })
		)
		.map(([c, n]) => c.repeat(n))
);

describe('placeholder cues', () => {
	it.each(placeholderRules.map((r) => [r.kind, r] as const))(
		'%s: every value the pattern matches holds one of its cues',
		(_kind, rule) => {
			let matched = 0;
			fc.assert(
				fc.property(values, (value) => {
					if (!rule.pattern.test(value)) return;
					matched++;
					expect(placeholderCues(value) & rule.cues, value).not.toBe(0);
				}),
				{ numRuns: 20000 }
			);
			expect(matched).toBeGreaterThan(20);
		}
	);

	it('finds the cues of typical values', () => {
		expect(placeholderCues('svc_12')).toBe(placeholderRules.find((r) => r.kind === 'word')!.cues);
		expect(placeholderCues('r1-12')).toBe(0);
		expect(placeholderCues('p@ss-12-é')).toBe(0);
		expect(placeholderCues('sk-...')).not.toBe(0);
		expect(placeholderCues('aaaaa')).not.toBe(0);
	});
});
