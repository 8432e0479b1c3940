import { describe, expect, it } from 'vitest';
import {
	decodeBase64url,
	encodeBase64url,
	formatShareFragment,
	parseSharedState,
	readShareFragment,
	serializeSharedState,
	shareLimits,
	type SharedState
} from '../../src/lib/share/index.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

const state = (over: Partial<SharedState> = {}): SharedState => ({
	redacted: true,
	sources: [
		{ path: '~/.streamlit/secrets.toml', kind: 'missing', text: '', files: [] },
		{ path: '.streamlit/secrets.toml', kind: 'file', text: 'a = "b"\n', files: [] },
		{
			path: '/run/secrets',
			kind: 'directory',
			text: '',
			files: [{ folder: 'api_key', name: 'api_key', content: 'x' }]
		}
	],
	code: [{ path: 'streamlit_app.py', text: 'import streamlit as st\n' }],
	view: 'env',
	active: 2,
	...over
});

const reason = (json: unknown) => {
	const r = parseSharedState(typeof json === 'string' ? json : JSON.stringify(json));
	return r.ok ? null : r.reason;
};

describe('encodeBase64url', () => {
	it.each([
		[[], ''],
		[[0xff], '_w'],
		[[0xfb, 0xff], '-_8'],
		[[1, 2, 3], 'AQID'],
		[[0x66, 0x6f, 0x6f, 0x62], 'Zm9vYg']
	])('encodes %j as %s', (input, out) => {
		expect(encodeBase64url(bytes(...input))).toBe(out);
		expect([...decodeBase64url(out)!]).toEqual(input);
	});

	it('round-trips every byte value', () => {
		const all = Uint8Array.from({ length: 256 }, (_, i) => i);
		expect(decodeBase64url(encodeBase64url(all))).toEqual(all);
	});
});

describe('decodeBase64url', () => {
	it.each(['A', 'AB=', 'a+b/', 'ab c', 'Zm9vYh', 'é'])('rejects %j', (text) => {
		expect(decodeBase64url(text)).toBeNull();
	});
});

describe('readShareFragment', () => {
	it('reads what formatShareFragment writes, with or without #', () => {
		const f = formatShareFragment(bytes(1, 2, 3));
		expect(f).toBe('share=1.AQID');
		expect(readShareFragment(`#${f}`)).toEqual({
			kind: 'share',
			version: 1,
			bytes: bytes(1, 2, 3)
		});
	});

	it.each(['', '#', '#section', '#sharex=1.AQID'])('finds no link in %j', (hash) => {
		expect(readShareFragment(hash)).toEqual({ kind: 'none' });
	});

	it.each([
		['#share=AQID', /no format version/],
		['#share=x.AQID', /no format version/],
		['#share=2.AQID', /format 2/],
		['#share=1.', /damaged/],
		['#share=1.A', /damaged/],
		['#share=1.AQ!D', /damaged/]
	])('rejects %j', (hash, why) => {
		const r = readShareFragment(hash);
		expect(r.kind).toBe('invalid');
		expect(r.kind === 'invalid' && r.reason).toMatch(why);
	});

	it('rejects an oversized payload without decoding it', () => {
		const r = readShareFragment(`#share=1.${'A'.repeat(2_000_004)}`);
		expect(r.kind === 'invalid' && r.reason).toMatch(/too long/);
	});
});

describe('parseSharedState', () => {
	it('reads what serializeSharedState writes', () => {
		expect(parseSharedState(serializeSharedState(state()))).toEqual({ ok: true, state: state() });
	});

	it('clamps the active tab and defaults an unknown view', () => {
		const json = JSON.parse(serializeSharedState(state()));
		const r = parseSharedState(JSON.stringify({ ...json, view: 'nope', active: 99 }));
		expect(r.ok && [r.state.view, r.state.active]).toEqual(['seen', 2]);
	});

	it.each<[string, unknown, RegExp]>([
		['not JSON', '{', /not valid JSON/],
		['an array', [], /no playground state/],
		['no version', { redacted: true }, /no format version/],
		['a newer version', { version: 2 }, /newer playground \(format 2\)/],
		['a missing redaction flag', { version: 1, sources: [] }, /redacted/],
		[
			'too few sources',
			{ version: 1, redacted: true, sources: [], code: [] },
			/global and the project/
		],
		[
			'sources in another order',
			{
				version: 1,
				redacted: true,
				sources: [
					{ path: '.streamlit/secrets.toml', kind: 'file', text: '' },
					{ path: '~/.streamlit/secrets.toml', kind: 'file', text: '' }
				],
				code: [['a.py', '']]
			},
			/global and the project/
		],
		[
			'an unknown kind',
			{ version: 1, redacted: true, sources: [{ path: 'a', kind: 'symlink' }], code: [] },
			/unknown kind/
		],
		[
			'a path with a control character',
			{ version: 1, redacted: true, sources: [{ path: 'a\u0000', kind: 'file' }], code: [] },
			/control characters/
		],
		[
			'a text that is no string',
			{ version: 1, redacted: true, sources: [{ path: 'a', kind: 'file', text: 1 }], code: [] },
			/not text/
		],
		[
			'too many sources',
			{ version: 1, redacted: true, sources: Array(shareLimits.sources + 1).fill({}), code: [] },
			/more than 32/
		]
	])('rejects %s', (_, json, why) => {
		expect(reason(json)).toMatch(why);
	});

	it('rejects more text than the limit', () => {
		const big = state();
		big.sources[1].text = 'a'.repeat(shareLimits.text + 1);
		expect(reason(serializeSharedState(big))).toMatch(/more than 2000000 characters/);
	});

	it('rejects a link without app files', () => {
		expect(reason(serializeSharedState(state({ code: [] })))).toMatch(/no main script/);
	});

	it('keeps __proto__ keys as plain data', () => {
		const json = serializeSharedState(state()).replace(
			'"view":"env"',
			'"view":"env","__proto__":{"x":1}'
		);
		const r = parseSharedState(json);
		expect(r.ok).toBe(true);
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});
});
