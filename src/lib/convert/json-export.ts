import { isoDate, isoDateTime, isoTime, reprFloat } from '../python/repr.ts';
import { PyDate, PyDateTime, PyDict, PyFloat, type PyValue } from '../python/values.ts';
import { convertNotes } from './notes.ts';
import type { ExportResult } from './results.ts';

interface Tagged {
	dates: string[][];
	nonFinite: string[][];
	bigInts: string[][];
}

function scalar(v: Exclude<PyValue, PyValue[] | PyDict>, path: string[], tagged: Tagged): string {
	if (v === null) return 'null';
	if (typeof v === 'string') return JSON.stringify(v);
	if (typeof v === 'boolean') return v ? 'true' : 'false';
	if (typeof v === 'bigint') {
		if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER))
			tagged.bigInts.push(path);
		return v.toString();
	}
	if (v instanceof PyFloat) {
		if (Number.isFinite(v.value)) return Object.is(v.value, -0) ? '-0.0' : reprFloat(v.value);
		tagged.nonFinite.push(path);
		return Number.isNaN(v.value) ? '"NaN"' : v.value > 0 ? '"Infinity"' : '"-Infinity"';
	}
	tagged.dates.push(path);
	if (v instanceof PyDateTime) return JSON.stringify(isoDateTime(v, 'T'));
	if (v instanceof PyDate) return JSON.stringify(isoDate(v));
	return JSON.stringify(isoTime(v));
}

function write(v: PyValue, path: string[], indent: string, tagged: Tagged): string {
	const inner = indent + '  ';
	if (Array.isArray(v)) {
		if (v.length === 0) return '[]';
		const items = v.map((x, i) => inner + write(x, [...path, String(i)], inner, tagged));
		return `[\n${items.join(',\n')}\n${indent}]`;
	}
	if (v instanceof PyDict) {
		if (v.map.size === 0) return '{}';
		const items = [...v.map].map(
			([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, [...path, k], inner, tagged)}`
		);
		return `{\n${items.join(',\n')}\n${indent}}`;
	}
	return scalar(v, path, tagged);
}

/**
 * Exports secrets as JSON (two-space indent, keys in order). Integers keep all their
 * digits and floats Python's `repr()` (`1.0` stays a float for Python's `json`);
 * values JSON lacks become strings, which the notes list: dates, times and datetimes
 * in ISO 8601, `nan` and `±inf` as `"NaN"` and `"±Infinity"`.
 */
export function exportJson(secrets: PyDict): ExportResult {
	const tagged: Tagged = { dates: [], nonFinite: [], bigInts: [] };
	const text = write(secrets, [], '', tagged) + '\n';
	const notes = [convertNotes.jsonNotRead()];
	if (tagged.dates.length) notes.push(convertNotes.jsonDates(tagged.dates));
	if (tagged.nonFinite.length) notes.push(convertNotes.jsonNonFinite(tagged.nonFinite));
	if (tagged.bigInts.length) notes.push(convertNotes.jsonBigInts(tagged.bigInts));
	return { text, notes };
}
