import { describe, expect, it } from 'vitest';
import { checkDateLiteral, daysInMonth, findImpossibleDates } from '../../src/lib/toml/dates';

describe('daysInMonth', () => {
	it.each([
		[2021, 2, 28],
		[2024, 2, 29],
		[1900, 2, 28],
		[2000, 2, 29],
		[2021, 4, 30],
		[2021, 12, 31]
	])('gives %i-%i %i days', (year, month, days) => {
		expect(daysInMonth(year, month)).toBe(days);
	});
});

describe('checkDateLiteral', () => {
	it.each([
		['2021-02-29', 'day'],
		['2021-13-01', 'month'],
		['2021-01-01T24:00', 'hour'],
		['00:60:00', 'minute'],
		['00:00:61', 'second'],
		['2021-01-01T00:00:00+23:60', 'offset']
	])('finds the wrong part of %s', (value, part) => {
		expect(checkDateLiteral(value)?.part).toBe(part);
	});

	it.each([['2024-02-29'], ['23:59:60'], ['2021-01-01t00:00:00z'], ['12'], ['abc']])(
		'accepts %s',
		(value) => {
			expect(checkDateLiteral(value)).toBeNull();
		}
	);
});

describe('findImpossibleDates', () => {
	it('returns each impossible value with its range', () => {
		const text = 'a = 2021-02-30\nb = [1979-05-27 25:00:00]\n';
		expect(findImpossibleDates(text)).toEqual([
			{ value: '2021-02-30', problem: expect.objectContaining({ part: 'day' }), from: 4, to: 14 },
			{ value: '1979-05-27 25:00:00', problem: { part: 'hour' }, from: 20, to: 39 }
		]);
	});
});
