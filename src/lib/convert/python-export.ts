import { reprFloat, reprString } from '../python/repr.ts';
import { PyDate, PyDateTime, PyDict, PyFloat, PyTime, type PyValue } from '../python/values.ts';
import { convertNotes } from './notes.ts';
import type { ExportResult } from './results.ts';

function timezone(minutes: number): string {
	return minutes === 0
		? 'datetime.timezone.utc'
		: `datetime.timezone(datetime.timedelta(minutes=${minutes}))`;
}

function fields(values: number[], keep: number): string {
	const out = [...values];
	while (out.length > keep && out[out.length - 1] === 0) out.pop();
	return out.join(', ');
}

/** Returns a Python expression for `v`; `zoned` collects paths of datetimes with an offset. */
function literal(v: PyValue, path: string[], zoned: string[][]): string {
	if (v === null) return 'None';
	if (typeof v === 'string') return reprString(v);
	if (typeof v === 'boolean') return v ? 'True' : 'False';
	if (typeof v === 'bigint') return v.toString();
	if (v instanceof PyFloat)
		return Number.isFinite(v.value) ? reprFloat(v.value) : `float('${reprFloat(v.value)}')`;
	if (Array.isArray(v))
		return '[' + v.map((x, i) => literal(x, [...path, String(i)], zoned)).join(', ') + ']';
	if (v instanceof PyDict) {
		const parts = [...v.map].map(
			([k, x]) => `${reprString(k)}: ${literal(x, [...path, k], zoned)}`
		);
		return '{' + parts.join(', ') + '}';
	}
	if (v instanceof PyDateTime) {
		const { date: d, time: t } = v;
		const body = fields([d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond], 3);
		if (v.offsetMinutes === null) return `datetime.datetime(${body})`;
		zoned.push(path);
		return `datetime.datetime(${body}, tzinfo=${timezone(v.offsetMinutes)})`;
	}
	if (v instanceof PyDate) return `datetime.date(${v.year}, ${v.month}, ${v.day})`;
	return `datetime.time(${fields([v.hour, v.minute, v.second, v.microsecond], 1)})`;
}

function usesDatetime(v: PyValue): boolean {
	if (v instanceof PyDate || v instanceof PyTime || v instanceof PyDateTime) return true;
	if (Array.isArray(v)) return v.some(usesDatetime);
	return v instanceof PyDict && [...v.map.values()].some(usesDatetime);
}

/**
 * Exports secrets as a Python module assigning one dict literal to `variable` (default
 * `secrets`): one root key per line, strings as `repr()` writes them, `nan` and `inf` as
 * `float('nan')`, dates with the `datetime` module (imported when needed). Evaluating it
 * gives a dict equal to `st.secrets.to_dict()`.
 */
export function exportPython(secrets: PyDict, variable = 'secrets'): ExportResult {
	const zoned: string[][] = [];
	const lines = [...secrets.map].map(
		([k, v]) => `    ${reprString(k)}: ${literal(v, [k], zoned)},`
	);
	const head = usesDatetime(secrets) ? 'import datetime\n\n' : '';
	const body = lines.length ? `{\n${lines.join('\n')}\n}` : '{}';
	const notes = [convertNotes.pythonUsage()];
	if (zoned.length) notes.push(convertNotes.pythonTimezones(zoned));
	return { text: `${head}${variable} = ${body}\n`, notes };
}
