import type { DateProblem } from './messages';
import { scanToml } from './scan';

/** A date or time literal whose fields are out of range. */
export interface ImpossibleDate {
	/** The literal as written. */
	value: string;
	/** Which field is wrong. */
	problem: DateProblem;
	/** Start of the literal (UTF-16 offset). */
	from: number;
	/** End of the literal (exclusive). */
	to: number;
}

const dateTime =
	/^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[Zz]|[+-](\d{2}):(\d{2}))?)?$/;
const localTime = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Returns the number of days in `month` (1–12) of `year`, following the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function checkTime(h?: string, m?: string, s?: string): DateProblem | null {
	if (h !== undefined && +h > 23) return { part: 'hour' };
	if (m !== undefined && +m > 59) return { part: 'minute' };
	// RFC 3339 allows second 60 for leap seconds, and so does TOML.
	if (s !== undefined && +s > 60) return { part: 'second' };
	return null;
}

/** Returns what is wrong with the date or time literal `value`, or null if it is possible. */
export function checkDateLiteral(value: string): DateProblem | null {
	const time = localTime.exec(value);
	if (time) return checkTime(time[1], time[2], time[3]);
	const m = dateTime.exec(value);
	if (!m) return null;
	const [, year, month, day, hour, minute, second, offsetHour, offsetMinute] = m;
	if (+month < 1 || +month > 12) return { part: 'month' };
	const days = daysInMonth(+year, +month);
	if (+day < 1 || +day > days) return { part: 'day', year: +year, month: +month, days };
	const timeProblem = checkTime(hour, minute, second);
	if (timeProblem) return timeProblem;
	if (offsetHour !== undefined && (+offsetHour > 23 || +offsetMinute > 59))
		return { part: 'offset' };
	return null;
}

/**
 * Returns every date, date-time and time value in `text` whose fields are out of range, such
 * as `2021-02-30` or `24:00:00`, which smol-toml would otherwise roll over silently. Keys and
 * the contents of strings and comments are never mistaken for dates.
 */
export function findImpossibleDates(text: string): ImpossibleDate[] {
	const found: ImpossibleDate[] = [];
	if (!hasSuspectLiteral(text)) return found;
	scanToml(text, (event) => {
		if (event.type !== 'value' || event.kind !== 'bare') return;
		const c = text.charCodeAt(event.from);
		if (c < 0x30 || c > 0x39) return;
		const value = text.slice(event.from, event.to);
		const problem = checkDateLiteral(value);
		if (problem) found.push({ value, problem, from: event.from, to: event.to });
	});
	return found;
}

const suspect =
	/\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?/g;

/**
 * True when some date- or time-shaped text anywhere (strings and comments
 * included) is out of range. Cheap, and never false for a text that has an
 * impossible date literal, so the full scan can be skipped when it is false.
 */
function hasSuspectLiteral(text: string): boolean {
	suspect.lastIndex = 0;
	for (let m = suspect.exec(text); m; m = suspect.exec(text))
		if (checkDateLiteral(m[0])) return true;
	return false;
}
