import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeholderRules } from '../../src/lib/hygiene/placeholders.ts';

// Each rule's `needs` lets a value skip the rule's pattern; it must pass every value
// the pattern matches, or a placeholder would go unreported.
const fragments = fc.constantFrom(
	'change',
	'Change_me',
	'CHANGE-IT',
	'replace this',
	'fill in',
	'fill-me-in',
	'placeholder',
	'dummy',
	'REDACTED',
	'todo',
	'TBD',
	'fixme',
	'insert ',
	'enter-',
	'paste_',
	'put ',
	'add-',
	'key_here',
	'token here',
	'fake',
	'sample',
	'test-key',
	'TEST_TOKEN',
	'your',
	'YOUR-API-KEY',
	'example',
	'EXAMPLE',
	'${VAR}',
	'{{ x }}',
	'$HOME',
	'%APPDATA%',
	'<token>',
	'<',
	'>',
	'xxxx',
	'XXX',
	'***',
	'•••',
	'...',
	'…',
	'-',
	'_',
	'.',
	'#',
	'?',
	'a',
	'Z',
	'9',
	' ',
	'😀',
	'é'
);
const values = fc.array(fragments, { minLength: 1, maxLength: 6 }).map((p) => p.join(''));

describe('placeholder rules', () => {
	it.each(placeholderRules.filter((r) => r.needs !== null).map((r) => [r.kind, r] as const))(
		'%s: every value the pattern matches passes its cheap test',
		(_kind, rule) => {
			let matched = 0;
			fc.assert(
				fc.property(values, (value) => {
					if (!rule.pattern.test(value)) return;
					matched++;
					expect(rule.needs!.test(value), value).toBe(true);
				}),
				{ numRuns: 5000 }
			);
			expect(matched).toBeGreaterThan(50);
		}
	);
});
