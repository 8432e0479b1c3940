import { daysInMonth } from '../toml/dates.ts';
import { pyInt10 } from '../python/numbers.ts';
import { pyError } from '../python/exceptions.ts';
import { PyDate, PyDateTime, PyTime } from '../python/values.ts';

/** `toml`'s TIME_RE, matched at the start of a value only (like Python's `re.match`). */
export const timePattern = /^([0-9]{2}):([0-9]{2}):([0-9]{2})(\.([0-9]{3,6}))?/;

/** True when Python's `datetime.date(year, month, day)` accepts the fields. */
function isValidDate(y: number, m: number, d: number): boolean {
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Returns the minutes of a `TomlTz` offset text, or null where its constructor raises ValueError. */
function tzOffset(raw: string): number | null {
	const text = raw === 'Z' ? '+00:00' : raw;
	const sign = text[0] === '-' ? -1 : 1;
	const h = pyInt10(text.slice(1, 3));
	const m = pyInt10(text.slice(4, 6));
	if (h === null || m === null) return null;
	return sign * (h * 60 + m) || 0;
}

/** Returns `int(int(sub) * 10 ** (6 - len(sub)))`, or null where `int(sub)` raises. */
function micros(sub: string): number | null {
	const v = pyInt10(sub);
	if (v === null) return null;
	const e = 6 - sub.length;
	return e >= 0 ? v * 10 ** e : Math.trunc(v * 10 ** e);
}

/**
 * `toml`'s `_load_date`: returns a date or datetime for `val`, or null when it is
 * not one (including impossible dates, which then fall through to `int()`).
 */
export function loadDate(val: string): PyDate | PyDateTime | null {
	let microsecond = 0;
	let tz: number | null = null;
	if (val.length > 19) {
		if (val[19] === '.') {
			let sub: string;
			let tzval: string | null;
			if (val[val.length - 1].toUpperCase() === 'Z') {
				sub = val.slice(20, -1);
				tzval = 'Z';
			} else {
				const rest = val.slice(20);
				const split = rest.includes('+') ? rest.indexOf('+') : rest.indexOf('-');
				if (split >= 0) {
					sub = rest.slice(0, split);
					tzval = rest.slice(split);
				} else {
					sub = rest;
					tzval = null;
				}
			}
			let failed = false;
			if (tzval !== null) {
				tz = tzOffset(tzval);
				failed = tz === null;
			}
			if (!failed) {
				const us = micros(sub);
				if (us === null) failed = true;
				else microsecond = us;
			}
			if (failed) tz = null;
		} else tz = tzOffset(val.slice(19));
	}
	if (!val.slice(1).includes('-')) return null;
	const y = pyInt10(val.slice(0, 4));
	const mo = pyInt10(val.slice(5, 7));
	const d = pyInt10(val.slice(8, 10));
	if (y === null || mo === null || d === null || !isValidDate(y, mo, d)) return null;
	if (val.length === 10) return new PyDate(y, mo, d);
	const h = pyInt10(val.slice(11, 13));
	const mi = pyInt10(val.slice(14, 16));
	const s = pyInt10(val.slice(17, 19));
	if (h === null || mi === null || s === null) return null;
	if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return null;
	if (microsecond < 0 || microsecond > 999999) return null;
	return new PyDateTime(new PyDate(y, mo, d), new PyTime(h, mi, s, microsecond), tz);
}

/** Builds `datetime.time(h, m, s, us)`, raising Python's ValueError texts for bad fields. */
export function makeTime(h: number, m: number, s: number, us: number): PyTime {
	if (h > 23) throw pyError('ValueError', 'hour must be in 0..23');
	if (m > 59) throw pyError('ValueError', 'minute must be in 0..59');
	if (s > 59) throw pyError('ValueError', 'second must be in 0..59');
	if (us > 999999) throw pyError('ValueError', 'microsecond must be in 0..999999');
	return new PyTime(h, m, s, us);
}
