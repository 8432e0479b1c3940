import { PyDate, PyDateTime, PyTime } from '../python/values.ts';

const dateTime =
	/([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,6}))?(?:(Z)|([+-])([0-9]{2}):([0-9]{2}))?)?/y;

function daysIn(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Reads a date (`2024-01-31`) or date-time (`2024-01-31T10:20:30.5+01:00`, `Z`
 * or local) at `start`, with an upper-case `T` and `Z`, valid in TOML 1.1 (no leap
 * second); returns the value `toml` 0.10.2 makes of it (`_load_date`) and where it
 * ends, or null.
 */
export function readDateTime(
	text: string,
	start: number
): { value: PyDate | PyDateTime; end: number } | null {
	dateTime.lastIndex = start;
	const m = dateTime.exec(text);
	if (m === null) return null;
	const end = start + m[0].length;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
	const date = new PyDate(year, month, day);
	if (m[4] === undefined) return { value: date, end };
	const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
	if (hour > 23 || minute > 59 || second > 59) return null;
	// `toml` 0.10.2 scales the fraction to microseconds: `.5` is 500000.
	const micro = m[7] === undefined ? 0 : Number(m[7]) * 10 ** (6 - m[7].length);
	let offset: number | null = null;
	if (m[8] !== undefined) offset = 0;
	else if (m[9] !== undefined) {
		const [h, min] = [Number(m[10]), Number(m[11])];
		if (h > 23 || min > 59) return null;
		offset = (m[9] === '-' ? -1 : 1) * (h * 60 + min) || 0;
	}
	return { value: new PyDateTime(date, new PyTime(hour, minute, second, micro), offset), end };
}
