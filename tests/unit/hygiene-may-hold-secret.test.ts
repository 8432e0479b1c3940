import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialFormats } from '../../src/lib/hygiene/credential-formats.ts';
import { detectSecrets, mayHoldSecret } from '../../src/lib/hygiene/detect.ts';

const markers = credentialFormats.flatMap((f) => f.markers);

// `mayHoldSecret` lets the hygiene pass skip `detectSecrets`: it must never say no to a
// value in which `detectSecrets` finds something.
describe('mayHoldSecret', () => {
	it.each(markers)('keeps short values holding the marker %j', (marker) => {
		expect(mayHoldSecret(marker)).toBe(true);
		expect(mayHoldSecret(`a ${marker}1`.slice(0, 19))).toBe(true);
	});

	it('turns down short values without a marker, keeps every long one', () => {
		for (const v of ['svc_12', 'r1-123', 'p@ss-1-é', 'db-1.example.com', 'g', ''])
			expect(mayHoldSecret(v), v).toBe(false);
		expect(mayHoldSecret('x'.repeat(20))).toBe(true);
	});

	it('never turns down a value detectSecrets finds something in', () => {
		const piece = fc.oneof(
			fc.constantFrom(...markers, 'xoxb-', 'sk_live_', 'AKIA', '@', ':', '/', '.', '-', '_'),
			fc.string({ maxLength: 6 }),
			fc.stringMatching(/^[A-Za-z0-9]{1,16}$/)
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 5 }), (parts) => {
				const v = parts.join('');
				if (detectSecrets(v).length > 0 || detectSecrets(v, { key: 'password' }).length > 0)
					expect(mayHoldSecret(v), v).toBe(true);
				if (v.length < 20 && markers.some((m) => v.includes(m)))
					expect(mayHoldSecret(v), v).toBe(true);
			}),
			{ numRuns: 5000 }
		);
	});
});
