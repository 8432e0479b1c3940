import type { Outcome } from '../lib/index.ts';

/** A value in the tagged JSON the core's `simulate` returns. */
export type Tagged = Extract<Outcome, { value: unknown }>['value'];

type TaggedObject = { [key: string]: Tagged };

/** Returns Python's `repr()` of a string: single quotes unless the text holds only `'`. */
export function pythonString(s: string): string {
	const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
	let out = quote;
	for (const ch of s) {
		const cp = ch.codePointAt(0)!;
		if (ch === quote || ch === '\\') out += '\\' + ch;
		else if (ch === '\n') out += '\\n';
		else if (ch === '\r') out += '\\r';
		else if (ch === '\t') out += '\\t';
		else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
		else out += ch;
	}
	return out + quote;
}

function fields(parts: number[], optional: number): string {
	const out = [...parts];
	for (let i = 0; i < optional && out[out.length - 1] === 0; i++) out.pop();
	return out.join(', ');
}

function timeParts(iso: string): number[] {
	const m = /(\d+):(\d+):(\d+)(?:\.(\d+))?/.exec(iso);
	if (!m) return [0, 0];
	return [+m[1], +m[2], +m[3], m[4] ? +m[4].padEnd(6, '0').slice(0, 6) : 0];
}

function dateParts(iso: string): number[] {
	return iso.slice(0, 10).split('-').map(Number);
}

function renderTag(v: TaggedObject): string | null {
	if (typeof v.$int === 'string') return v.$int;
	if (typeof v.$float === 'string') return v.$float;
	if (typeof v.$repr === 'string') return v.$repr;
	if (typeof v.$callable === 'string') return `<bound method ${v.$callable}>`;
	if (typeof v.$date === 'string') return `datetime.date(${dateParts(v.$date).join(', ')})`;
	if (typeof v.$time === 'string') return `datetime.time(${fields(timeParts(v.$time), 2)})`;
	if (typeof v.$datetime === 'string') {
		const body = fields([...dateParts(v.$datetime), ...timeParts(v.$datetime.slice(11))], 2);
		const tz = v.utcoffset_seconds === null ? '' : ', tzinfo=<toml.tz.TomlTz object>';
		return `datetime.datetime(${body}${tz})`;
	}
	if (v.$AttrDict && typeof v.$AttrDict === 'object' && !Array.isArray(v.$AttrDict))
		return `AttrDict(${pythonValue(v.$AttrDict)})`;
	return null;
}

/** Returns how Python prints a tagged value with `repr()`: `1.0`, `'text'`, `AttrDict({...})`. */
export function pythonValue(v: Tagged): string {
	if (v === null) return 'None';
	if (typeof v === 'boolean') return v ? 'True' : 'False';
	if (typeof v === 'number') return String(v);
	if (typeof v === 'string') return pythonString(v);
	if (Array.isArray(v)) return '[' + v.map(pythonValue).join(', ') + ']';
	const tagged = renderTag(v);
	if (tagged !== null) return tagged;
	const items = Object.entries(v).map(([k, x]) => `${pythonString(k)}: ${pythonValue(x)}`);
	return '{' + items.join(', ') + '}';
}
