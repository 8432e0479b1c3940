import { describe, expect, it } from 'vitest';
import { decodeUtf8, utf16OffsetOfByte } from '../../src/lib/toml/decode';

const bytes = (...parts: (string | number[])[]) =>
	Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : p)));

describe('decodeUtf8', () => {
	it('decodes ASCII, two-, three- and four-byte sequences', () => {
		expect(decodeUtf8(bytes('a = "é € 😀"'))).toEqual({ text: 'a = "é € 😀"' });
	});

	it('keeps a byte order mark as U+FEFF', () => {
		expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'a = 1')).text).toBe('\ufeffa = 1');
	});

	it('decodes the boundaries of each sequence length', () => {
		const text = '\u007f\u0080\u07ff\u0800\ud7ff\ue000\uffff\u{10000}\u{10ffff}';
		expect(decodeUtf8(bytes(text)).text).toBe(text);
	});

	it('decodes a large input', () => {
		const text = 'k = "ü"\n'.repeat(150_000);
		expect(decodeUtf8(bytes(text)).text).toBe(text);
	});

	// Expected values come from CPython 3.11: `bytes(...).decode('utf-8')`.
	it.each([
		[[0x61, 0x62, 0x63, 0xff], 3, 4, 'byte 0xff in position 3: invalid start byte'],
		[[0x80], 0, 1, 'byte 0x80 in position 0: invalid start byte'],
		[[0xc0, 0x80], 0, 1, 'byte 0xc0 in position 0: invalid start byte'],
		[[0xc1, 0xbf], 0, 1, 'byte 0xc1 in position 0: invalid start byte'],
		[[0xf5, 0x80, 0x80, 0x80], 0, 1, 'byte 0xf5 in position 0: invalid start byte'],
		[[0xc2], 0, 1, 'byte 0xc2 in position 0: unexpected end of data'],
		[[0xc2, 0x41], 0, 1, 'byte 0xc2 in position 0: invalid continuation byte'],
		[[0xe2, 0x82], 0, 2, 'bytes in position 0-1: unexpected end of data'],
		[[0xe2, 0x82, 0x41], 0, 2, 'bytes in position 0-1: invalid continuation byte'],
		[[0xe0, 0x80, 0x80], 0, 1, 'byte 0xe0 in position 0: invalid continuation byte'],
		[[0xe0, 0x80], 0, 1, 'byte 0xe0 in position 0: invalid continuation byte'],
		[[0xed, 0xa0, 0x80], 0, 1, 'byte 0xed in position 0: invalid continuation byte'],
		[[0xf0, 0x80, 0x80, 0x80], 0, 1, 'byte 0xf0 in position 0: invalid continuation byte'],
		[[0xf0, 0x90, 0x80], 0, 3, 'bytes in position 0-2: unexpected end of data'],
		[[0xf0, 0x90, 0x80, 0x41], 0, 3, 'bytes in position 0-2: invalid continuation byte'],
		[[0xf4, 0x90, 0x80, 0x80], 0, 1, 'byte 0xf4 in position 0: invalid continuation byte'],
		[[0x78, 0x79, 0xf0, 0x9f, 0x98], 2, 5, 'bytes in position 2-4: unexpected end of data'],
		[[0xe2, 0x82, 0xac, 0xe2], 3, 4, 'byte 0xe2 in position 3: unexpected end of data']
	])('reports %j at bytes %i–%i like Python', (input, start, end, where) => {
		const { error } = decodeUtf8(Uint8Array.from(input));
		expect(error).toMatchObject({ start, end });
		expect(error?.pythonMessage).toBe(`'utf-8' codec can't decode ${where}`);
	});

	it('accepts U+D7FF and U+10FFFF but not their neighbours', () => {
		expect(decodeUtf8(Uint8Array.from([0xed, 0x9f, 0xbf])).error).toBeUndefined();
		expect(decodeUtf8(Uint8Array.from([0xf4, 0x8f, 0xbf, 0xbf])).error).toBeUndefined();
		expect(decodeUtf8(Uint8Array.from([0xed, 0xbf, 0xbf])).error?.reason).toBe(
			'invalid continuation byte'
		);
	});

	it('points the diagnostic at the replacement character in the display text', () => {
		const { error } = decodeUtf8(bytes('k = "😀', [0xff], '" # é', [0xc3]));
		expect(error?.replaced).toBe('k = "😀\ufffd" # é\ufffd');
		expect(error?.diagnostic).toMatchObject({
			code: 'toml/invalid-utf8',
			severity: 'error',
			from: 7,
			to: 8
		});
		expect(error?.start).toBe(9);
	});
});

describe('utf16OffsetOfByte', () => {
	it('counts UTF-16 code units of the decoded prefix', () => {
		const input = bytes('aé€😀b');
		expect([0, 1, 3, 6, 10, 11].map((b) => utf16OffsetOfByte(input, b))).toEqual([
			0, 1, 2, 3, 5, 6
		]);
	});

	it('clamps offsets past the end', () => {
		expect(utf16OffsetOfByte(bytes('ab'), 99)).toBe(2);
		expect(utf16OffsetOfByte(bytes('ab'), -1)).toBe(0);
	});
});
