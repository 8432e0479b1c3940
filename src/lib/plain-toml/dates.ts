import { daysInMonth } from '../toml/dates.ts';
import { PyDate, PyDateTime, PyTime } from '../python/values.ts';

/** The number written by `count` ASCII digits at `at`, or -1. */
function digits(text: string, at: number, count: number): number {
	let n = 0;
	for (let i = at; i < at + count; i++) {
		const d = text.charCodeAt(i) - 48;
		if (!(d >= 0 && d <= 9)) return -1;
		n = n * 10 + d;
	}
	return n;
}

/**
 * Reads a date (`2024-01-31`) or date-time (`2024-01-31T10:20:30.5+01:00`, `Z`
 * or local) at `start`, with an upper-case `T` and `Z`, valid in TOML 1.1 (no leap
 * second, fractions of 1 to 6 digits); returns the value `toml` 0.10.2 makes of it
 * (`_load_date`) and where it ends, or null.
 */
export function readDateTime(
	text: string,
	start: number
): { value: PyDate | PyDateTime; end: number } | null {
	const year = digits(text, start, 4);
	const month = digits(text, start + 5, 2);
	const day = digits(text, start + 8, 2);
	if (year < 1 || text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45)
		return null;
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	const date = new PyDate(year, month, day);
	if (text.charCodeAt(start + 10) !== 84) return { value: date, end: start + 10 };
	const hour = digits(text, start + 11, 2);
	const minute = digits(text, start + 14, 2);
	const second = digits(text, start + 17, 2);
	if (text.charCodeAt(start + 13) !== 58 || text.charCodeAt(start + 16) !== 58) return null;
	if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
	let i = start + 19;
	let micro = 0;
	if (text.charCodeAt(i) === 46) {
		let n = 0;
		while (n < 7 && digits(text, i + 1 + n, 1) >= 0) n++;
		if (n === 0 || n > 6) return null;
		// `toml` 0.10.2 scales the fraction to microseconds: `.5` is 500000.
		micro = digits(text, i + 1, n) * 10 ** (6 - n);
		i += 1 + n;
	}
	let offset: number | null = null;
	const z = text.charCodeAt(i);
	if (z === 90) {
		offset = 0;
		i++;
	} else if (z === 43 || z === 45) {
		const h = digits(text, i + 1, 2);
		const m = digits(text, i + 4, 2);
		if (text.charCodeAt(i + 3) !== 58 || h < 0 || h > 23 || m < 0 || m > 59) return null;
		offset = (z === 45 ? -1 : 1) * (h * 60 + m) || 0;
		i += 6;
	}
	return { value: new PyDateTime(date, new PyTime(hour, minute, second, micro), offset), end: i };
}
