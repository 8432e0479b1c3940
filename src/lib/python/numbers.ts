import { pyStrip } from './text.ts';
import { reprString } from './repr.ts';
import { pyError, type PyException } from './exceptions.ts';

const decimalDigit = /\p{Nd}/u;

/** Returns the value of a Unicode decimal digit: its distance from the start of its run of ten. */
function digitValue(cp: number): number {
	let n = 0;
	while (decimalDigit.test(String.fromCodePoint(cp - n - 1))) n++;
	return n % 10;
}

/** Replaces Unicode decimal digits by ASCII ones, as Python's int() and float() do first. */
function asciiDigits(s: string): string {
	if (!/[^\x00-\x7f]/.test(s)) return s;
	return s.replace(/\p{Nd}/gu, (d) => {
		const cp = d.codePointAt(0)!;
		return cp < 128 ? d : String(digitValue(cp));
	});
}

const decimalFloat =
	/^[+-]?(?:(?:\d(?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const specialFloat = /^[+-]?(?:inf|infinity|nan)$/i;

/** Returns Python's `float(s)` for a string, or null where Python raises ValueError. */
export function pyFloat(s: string): number | null {
	const t = asciiDigits(pyStrip(s));
	if (specialFloat.test(t)) {
		const neg = t.startsWith('-');
		if (/nan/i.test(t)) return NaN;
		return neg ? -Infinity : Infinity;
	}
	if (!decimalFloat.test(t)) return null;
	return Number(t.replace(/_/g, ''));
}

const baseInt: Record<string, RegExp> = {
	x: /^_?[0-9a-fA-F](?:_?[0-9a-fA-F])*$/,
	o: /^_?[0-7](?:_?[0-7])*$/,
	b: /^_?[01](?:_?[01])*$/
};
const radix: Record<string, number> = { x: 16, o: 8, b: 2 };

function parseRadix(digits: string, base: number): bigint {
	if (base === 10) return BigInt(digits);
	const prefix = base === 16 ? '0x' : base === 8 ? '0o' : '0b';
	return BigInt(prefix + digits);
}

/** Returns the ValueError Python raises for `int(s, base)`, with its repr cut at 200 characters. */
export function intLiteralError(s: string, base: number): PyException {
	return pyError(
		'ValueError',
		`invalid literal for int() with base ${base}: ${reprString(s).slice(0, 200)}`
	);
}

/** Python 3.11 refuses to read decimal integers longer than this many digits. */
const maxDigits = 4300;

/** Returns the ValueError Python raises for a decimal string of more than 4,300 digits. */
export function digitLimitError(digits: number): PyException {
	return pyError(
		'ValueError',
		`Exceeds the limit (${maxDigits} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`
	);
}

/**
 * Returns `str(n)` of a Python int, raising the `ValueError` Python 3.11+ raises
 * past 4,300 digits (the text of an int-to-str conversion, without the digit count).
 */
export function intToString(n: bigint): string {
	const s = n.toString();
	if (s.length - (n < 0n ? 1 : 0) > maxDigits)
		throw pyError(
			'ValueError',
			`Exceeds the limit (${maxDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`
		);
	return s;
}

/**
 * Returns Python's `int(s, 0)`, or null where Python raises ValueError for a bad
 * literal; throws the digit-limit ValueError for over-long decimals.
 */
export function pyIntBase0(s: string): bigint | null {
	let t = asciiDigits(pyStrip(s));
	let neg = false;
	if (t.startsWith('+') || t.startsWith('-')) {
		neg = t.startsWith('-');
		t = t.slice(1);
	}
	let value: bigint;
	const p = t.length > 1 && t[0] === '0' ? t[1].toLowerCase() : '';
	if (p in baseInt) {
		const body = t.slice(2);
		if (!baseInt[p].test(body)) return null;
		value = parseRadix(body.replace(/_/g, ''), radix[p]);
	} else {
		if (!/^\d(?:_?\d)*$/.test(t)) return null;
		const digits = t.replace(/_/g, '');
		if (digits[0] === '0' && /[1-9]/.test(digits)) return null;
		if (digits.length > maxDigits) throw digitLimitError(digits.length);
		value = BigInt(digits);
	}
	return neg ? -value : value;
}

/** Returns Python's `int(s)` in base 10, or null where Python raises ValueError. */
export function pyInt10(s: string): number | null {
	const t = asciiDigits(pyStrip(s));
	if (!/^[+-]?\d(?:_?\d)*$/.test(t)) return null;
	return Number(t.replace(/_/g, ''));
}
