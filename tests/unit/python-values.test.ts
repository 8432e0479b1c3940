import { describe, expect, it } from 'vitest';
import { pyFloat, pyIntBase0 } from '../../src/lib/python/numbers.ts';
import { pyRepr, pyStr, reprFloat, reprString } from '../../src/lib/python/repr.ts';
import { PyDate, PyDateTime, PyTime } from '../../src/lib/python/values.ts';

// Expected texts were printed by CPython 3.11, the version the recordings come from.
const floats: [number, string][] = [
	[1.0, '1.0'],
	[2.5, '2.5'],
	[1e16, '1e+16'],
	[1000000000000000.0, '1000000000000000.0'],
	[1.2345678901234568e17, '1.2345678901234568e+17'],
	[1e-5, '1e-05'],
	[0.0001, '0.0001'],
	[0.00012345, '0.00012345'],
	[-0, '-0.0'],
	[Infinity, 'inf'],
	[-Infinity, '-inf'],
	[1e22, '1e+22'],
	[0.30000000000000004, '0.30000000000000004'],
	[5e-324, '5e-324'],
	[1.7976931348623157e308, '1.7976931348623157e+308'],
	[100.0, '100.0'],
	[1234567.0, '1234567.0'],
	[-2.5e-7, '-2.5e-07'],
	[9007199254740992.0, '9007199254740992.0']
];
const strings: [string, string][] = [
	['plain', "'plain'"],
	["it's", '"it\'s"'],
	['say "hi"', '\'say "hi"\''],
	['both \' and "', "'both \\' and \"'"],
	['tab\there', "'tab\\there'"],
	['nl\nx', "'nl\\nx'"],
	['\ufeffbom', "'\\ufeffbom'"],
	['\u007f\u0000', "'\\x7f\\x00'"],
	['\u00e9\u2713\ud83d\ude00', "'\u00e9\u2713\ud83d\ude00'"],
	['\u200b zero', "'\\u200b zero'"],
	['\\back', "'\\\\back'"]
];
const ints: [string, bigint | null][] = [
	['0x_ff', 255n],
	['0o17', 15n],
	['0b101', 5n],
	['1_000', 1000n],
	['00', 0n],
	['0', 0n],
	['007', null],
	[' 12 ', 12n],
	['+5', 5n],
	['-0x10', -16n],
	['1__0', null],
	['_1', null],
	['1_', null],
	['0x', null],
	['\u0663', 3n]
];
const floatTexts: [string, string | null][] = [
	['1_000.5', '1000.5'],
	['1e5', '100000.0'],
	['.5', '0.5'],
	['5.', '5.0'],
	['inf', 'inf'],
	['-Infinity', '-inf'],
	['nan', 'nan'],
	['1e', null],
	['1_e5', null],
	['\u0661.\u0665', '1.5'],
	[' 2.5 ', '2.5'],
	['0x10', null],
	['1.2.3', null]
];

describe('reprFloat', () => {
	it.each(floats)('prints %s as Python does', (x, want) => {
		expect(reprFloat(x)).toBe(want);
	});
});

describe('reprString', () => {
	it.each(strings)('quotes and escapes %j as Python does', (s, want) => {
		expect(reprString(s)).toBe(want);
	});
});

describe('pyRepr', () => {
	it('prints datetimes, times and dates without trailing zero fields', () => {
		const d = new PyDate(1979, 5, 27);
		expect(pyRepr(new PyDateTime(d, new PyTime(7, 32, 0, 0), null))).toBe(
			'datetime.datetime(1979, 5, 27, 7, 32)'
		);
		expect(pyRepr(new PyDateTime(d, new PyTime(7, 32, 5, 0), null))).toBe(
			'datetime.datetime(1979, 5, 27, 7, 32, 5)'
		);
		expect(pyRepr(new PyDateTime(d, new PyTime(7, 32, 0, 5), null))).toBe(
			'datetime.datetime(1979, 5, 27, 7, 32, 0, 5)'
		);
		expect(pyRepr(new PyTime(7, 32, 0, 999999))).toBe('datetime.time(7, 32, 0, 999999)');
		expect(pyRepr(new PyTime(7, 32, 0, 0))).toBe('datetime.time(7, 32)');
		expect(pyRepr(d)).toBe('datetime.date(1979, 5, 27)');
	});
});

describe('pyStr', () => {
	it('prints a datetime with a space separator and microseconds', () => {
		const dt = new PyDateTime(new PyDate(1979, 5, 27), new PyTime(7, 32, 0, 500), null);
		expect(pyStr(dt)).toBe('1979-05-27 07:32:00.000500');
	});
});

describe('pyIntBase0', () => {
	it.each(ints)('reads %j as int(s, 0) does', (s, want) => {
		expect(pyIntBase0(s)).toBe(want);
	});
});

describe('pyFloat', () => {
	it.each(floatTexts)('reads %j as float(s) does', (s, want) => {
		const got = pyFloat(s);
		expect(got === null ? null : reprFloat(got)).toBe(want);
	});
});
