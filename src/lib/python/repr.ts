import { PyDate, PyDateTime, PyDict, PyFloat, PyTime, type PyValue } from './values.ts';

const nonPrintable = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function escapeChar(ch: string): string {
	const cp = ch.codePointAt(0)!;
	if (cp <= 0xff) return '\\x' + cp.toString(16).padStart(2, '0');
	if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
	return '\\U' + cp.toString(16).padStart(8, '0');
}

/** Returns Python's `repr()` of a string: quotes chosen as Python does, escapes for the unprintable. */
export function reprString(s: string): string {
	const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
	let out = quote;
	for (const ch of s) {
		if (ch === quote || ch === '\\') out += '\\' + ch;
		else if (ch === '\n') out += '\\n';
		else if (ch === '\r') out += '\\r';
		else if (ch === '\t') out += '\\t';
		else if (ch !== ' ' && nonPrintable.test(ch)) out += escapeChar(ch);
		else out += ch;
	}
	return out + quote;
}

/**
 * Returns Python's `repr()` (and `str()`) of a float: shortest round-trip digits,
 * fixed notation with at least one decimal when the exponent is in [-4, 16),
 * otherwise `d.ddde±XX`.
 */
export function reprFloat(x: number): string {
	if (Number.isNaN(x)) return 'nan';
	if (x === Infinity) return 'inf';
	if (x === -Infinity) return '-inf';
	if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
	const [mantissa, expText] = x.toExponential().split('e');
	const exp = Number(expText);
	const negative = mantissa.startsWith('-');
	const digits = mantissa.replace('-', '').replace('.', '');
	const sign = negative ? '-' : '';
	if (exp >= -4 && exp < 16) {
		if (exp < 0) return sign + '0.' + '0'.repeat(-exp - 1) + digits;
		const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
		const frac = digits.slice(exp + 1);
		return sign + intPart + '.' + (frac || '0');
	}
	const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
	const e = Math.abs(exp).toString().padStart(2, '0');
	return sign + m + 'e' + (exp < 0 ? '-' : '+') + e;
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, '0');
}

/** Returns `time.isoformat()`: `HH:MM:SS` plus `.ffffff` when there are microseconds. */
export function isoTime(t: PyTime): string {
	const base = `${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}`;
	return t.microsecond ? `${base}.${pad(t.microsecond, 6)}` : base;
}

/** Returns `date.isoformat()`. */
export function isoDate(d: PyDate): string {
	return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** Returns the `±HH:MM` text of an offset in minutes. */
export function formatOffset(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	return `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

/** Returns `datetime.isoformat(sep)`, with the offset when the value has one. */
export function isoDateTime(dt: PyDateTime, sep = 'T'): string {
	const zone = dt.offsetMinutes === null ? '' : formatOffset(dt.offsetMinutes);
	return isoDate(dt.date) + sep + isoTime(dt.time) + zone;
}

function reprFields(fields: number[], optional: number): string {
	const out = [...fields];
	for (let i = 0; i < optional && out[out.length - 1] === 0; i++) out.pop();
	return out.join(', ');
}

/** Returns Python's `repr()` of a parsed value, as `print(repr(x))` shows it. */
export function pyRepr(v: PyValue): string {
	if (v === null) return 'None';
	if (typeof v === 'string') return reprString(v);
	if (typeof v === 'boolean') return v ? 'True' : 'False';
	if (typeof v === 'bigint') return v.toString();
	if (v instanceof PyFloat) return reprFloat(v.value);
	if (Array.isArray(v)) return '[' + v.map(pyRepr).join(', ') + ']';
	if (v instanceof PyDict) {
		const parts: string[] = [];
		for (const [k, x] of v.map) parts.push(reprString(k) + ': ' + pyRepr(x));
		return '{' + parts.join(', ') + '}';
	}
	if (v instanceof PyDateTime) {
		const { date: d, time: t } = v;
		const body = reprFields([d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond], 2);
		const tz = v.offsetMinutes === null ? '' : ', tzinfo=<toml.tz.TomlTz object>';
		return `datetime.datetime(${body}${tz})`;
	}
	if (v instanceof PyDate) return `datetime.date(${v.year}, ${v.month}, ${v.day})`;
	return `datetime.time(${reprFields([v.hour, v.minute, v.second, v.microsecond], 2)})`;
}

/** Returns Python's `str()` of a parsed value: strings bare, datetimes with a space. */
export function pyStr(v: PyValue): string {
	if (typeof v === 'string') return v;
	if (v instanceof PyDateTime) return isoDateTime(v, ' ');
	if (v instanceof PyDate) return isoDate(v);
	if (v instanceof PyTime) return isoTime(v);
	return pyRepr(v);
}

/**
 * Returns `pyRepr(v)` cut to about `max` characters with `…` appended, built
 * without recursion so that any nesting depth is safe.
 */
export function reprLimited(v: PyValue, max: number): string {
	let out = '';
	const stack: (PyValue | { text: string })[] = [v];
	while (stack.length) {
		if (out.length > max) return out.slice(0, max) + '…';
		const item = stack.pop()!;
		if (item !== null && typeof item === 'object' && 'text' in item) {
			out += item.text;
			continue;
		}
		const x = item as PyValue;
		if (Array.isArray(x)) {
			stack.push({ text: ']' });
			for (let i = x.length - 1; i >= 0; i--) {
				stack.push(x[i]);
				if (i > 0) stack.push({ text: ', ' });
			}
			out += '[';
		} else if (x instanceof PyDict) {
			const entries = [...x.map];
			stack.push({ text: '}' });
			for (let i = entries.length - 1; i >= 0; i--) {
				stack.push(entries[i][1]);
				stack.push({ text: reprString(entries[i][0]) + ': ' });
				if (i > 0) stack.push({ text: ', ' });
			}
			out += '{';
		} else out += pyRepr(x);
	}
	return out.length > max ? out.slice(0, max) + '…' : out;
}
