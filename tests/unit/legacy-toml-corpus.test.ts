import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLegacyToml } from '../../src/lib/legacy-toml/index.ts';
import { toTagged } from '../../src/lib/python/tagged.ts';

interface Case {
	id: string;
	input: string;
	outcome: { value?: unknown; raised?: { type: string; str?: string } };
}

const read = (name: string): Case[] =>
	JSON.parse(readFileSync(new URL(`../fixtures/legacy-toml/${name}`, import.meta.url), 'utf8'));
// plain-shapes.json: the shapes the plain reader reads or leaves, recorded the same way.
const corpus: Case[] = [...read('corpus.json'), ...read('plain-shapes.json')];

function dropRaisedOffsets(v: unknown): unknown {
	if (Array.isArray(v)) return v.map(dropRaisedOffsets);
	if (v && typeof v === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, x] of Object.entries(v))
			if (k !== 'utcoffset_raised') out[k] = dropRaisedOffsets(x);
		return out;
	}
	return v;
}

describe('parseLegacyToml against recorded toml 0.10.2', () => {
	it.each(corpus.map((c) => [c.id, c] as const))('%s', (_id, c) => {
		const got = parseLegacyToml(c.input);
		const raised = c.outcome.raised;
		if (raised && (raised.type === 'RecursionError' || raised.type === 'OverflowError')) {
			expect(got.ok).toBe(false);
			return;
		}
		if (raised) {
			expect(got.ok ? 'ok' : { type: got.error.type, str: got.error.text }).toEqual({
				type: raised.type,
				str: raised.str
			});
		} else {
			expect(got.ok ? toTagged(got.value, { markInline: true }) : got.error).toEqual(
				dropRaisedOffsets(c.outcome.value)
			);
		}
	});
});
