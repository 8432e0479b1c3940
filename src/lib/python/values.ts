/**
 * Python values as the `toml` 0.10.2 parser and Streamlit produce them. Strings,
 * booleans, `None` and lists map to JavaScript strings, booleans, `null` and arrays;
 * the rest have a class of their own so that `int` and `float` stay distinct.
 */
export type PyValue =
	string | boolean | null | bigint | PyFloat | PyValue[] | PyDict | PyDate | PyTime | PyDateTime;

/** A Python `float`. */
export class PyFloat {
	/** The IEEE double. */
	readonly value: number;
	constructor(value: number) {
		this.value = value;
	}
}

/** A Python `dict` with string keys in insertion order. */
export class PyDict {
	/** The entries, in insertion order. */
	readonly map = new Map<string, PyValue>();
	/** True for the dict subclass `toml` uses for inline tables. */
	readonly inline: boolean;
	constructor(inline = false) {
		this.inline = inline;
	}
}

/** A Python `datetime.date`. */
export class PyDate {
	readonly year: number;
	readonly month: number;
	readonly day: number;
	constructor(year: number, month: number, day: number) {
		this.year = year;
		this.month = month;
		this.day = day;
	}
}

/** A Python `datetime.time` (naive; `toml` never attaches a zone to a time). */
export class PyTime {
	readonly hour: number;
	readonly minute: number;
	readonly second: number;
	readonly microsecond: number;
	constructor(hour: number, minute: number, second: number, microsecond: number) {
		this.hour = hour;
		this.minute = minute;
		this.second = second;
		this.microsecond = microsecond;
	}
}

/** A Python `datetime.datetime`; `offset` is the raw `toml` zone text (`+05:30`) or null. */
export class PyDateTime {
	readonly date: PyDate;
	readonly time: PyTime;
	/** Offset from UTC in minutes, or null for a naive datetime. */
	readonly offsetMinutes: number | null;
	constructor(date: PyDate, time: PyTime, offsetMinutes: number | null) {
		this.date = date;
		this.time = time;
		this.offsetMinutes = offsetMinutes;
	}
}

/** Returns Python's `type(v).__name__` for a parsed value (`DynamicInlineTableDict` for inline tables). */
export function typeName(v: PyValue): string {
	if (v === null) return 'NoneType';
	if (typeof v === 'string') return 'str';
	if (typeof v === 'boolean') return 'bool';
	if (typeof v === 'bigint') return 'int';
	if (Array.isArray(v)) return 'list';
	if (v instanceof PyFloat) return 'float';
	if (v instanceof PyDict) return v.inline ? 'DynamicInlineTableDict' : 'dict';
	if (v instanceof PyDateTime) return 'datetime.datetime';
	if (v instanceof PyDate) return 'datetime.date';
	return 'datetime.time';
}

/** Returns the fully qualified name Python prints for `type(v)`. */
export function qualifiedTypeName(v: PyValue): string {
	if (v instanceof PyDict && v.inline)
		return 'toml.decoder.TomlDecoder.get_empty_inline_table.<locals>.DynamicInlineTableDict';
	return typeName(v);
}
