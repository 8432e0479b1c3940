import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLegacyToml } from '../../src/lib/legacy-toml/index.ts';
import { toTagged } from '../../src/lib/python/tagged.ts';
import { PyDict, type PyValue } from '../../src/lib/python/values.ts';

interface Case {
	id: string;
	input: string;
	outcome: {
		value?: unknown;
		raised?: { type: string; str?: string };
		/** Every key path in toml's insertion order, for values with integer-like keys. */
		key_order?: string[][];
	};
}

/** The key paths of a parsed value in insertion order, depth first (list items by index). */
function keyOrder(v: PyValue, path: string[] = []): string[][] {
	if (v instanceof PyDict)
		return [...v.map].flatMap(([k, x]) => [[...path, k], ...keyOrder(x, [...path, k])]);
	if (Array.isArray(v)) return v.flatMap((x, i) => keyOrder(x, [...path, String(i)]));
	return [];
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
		if (raised) {
			expect(got.ok ? 'ok' : { type: got.error.type, str: got.error.text }).toEqual({
				type: raised.type,
				str: raised.str
			});
		} else {
			expect(got.ok ? toTagged(got.value, { markInline: true }) : got.error).toEqual(
				dropRaisedOffsets(c.outcome.value)
			);
			// toEqual ignores key order, and JSON.parse moves integer-like keys first.
			if (c.outcome.key_order && got.ok) expect(keyOrder(got.value)).toEqual(c.outcome.key_order);
		}
	});
});
