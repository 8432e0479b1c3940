import { loadDate } from '../legacy-toml/dates.ts';
import type { PyDate, PyDateTime } from '../python/values.ts';

const dateTime =
	/[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?(?:Z|[+-][0-9]{2}:[0-9]{2})?)?/y;

function daysIn(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when every field of a matched date-time is in range for TOML (no leap second). */
function inRange(t: string): boolean {
	const year = Number(t.slice(0, 4));
	const month = Number(t.slice(5, 7));
	const day = Number(t.slice(8, 10));
	if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
	if (t.length === 10) return true;
	if (Number(t.slice(11, 13)) > 23 || Number(t.slice(14, 16)) > 59 || Number(t.slice(17, 19)) > 59)
		return false;
	const zone = /[+-][0-9]{2}:[0-9]{2}$/.exec(t.slice(19));
	return zone === null || (Number(zone[0].slice(1, 3)) < 24 && Number(zone[0].slice(4)) < 60);
}

/**
 * Reads a date (`2024-01-31`) or date-time (`2024-01-31T10:20:30.5+01:00`, `Z`
 * or local) at `start`, with an upper-case `T` and `Z`, valid in TOML 1.1; returns
 * the value `toml` 0.10.2 makes of it and where it ends, or null.
 */
export function readDateTime(
	text: string,
	start: number
): { value: PyDate | PyDateTime; end: number } | null {
	dateTime.lastIndex = start;
	const m = dateTime.exec(text);
	if (m === null || !inRange(m[0])) return null;
	const value = loadDate(m[0]);
	return value === null ? null : { value, end: start + m[0].length };
}
