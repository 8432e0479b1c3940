import { keyError, pyError } from './exceptions.ts';
import { reprString } from './repr.ts';

/**
 * Returns `message.format()` with no arguments, as Streamlit's localizable
 * exceptions call it: doubled braces collapse, and any replacement field raises
 * the exception Python raises (KeyError, IndexError or ValueError).
 */
export function formatWithoutArguments(message: string): string {
	let out = '';
	let i = 0;
	const n = message.length;
	while (i < n) {
		const c = message[i++];
		if (c !== '{' && c !== '}') {
			out += c;
			continue;
		}
		const atEnd = i >= n;
		if (c === '}' && (atEnd || message[i] !== '}'))
			throw pyError('ValueError', "Single '}' encountered in format string");
		if (c === '{' && atEnd) throw pyError('ValueError', "Single '{' encountered in format string");
		if (message[i] === c) {
			out += c;
			i++;
			continue;
		}
		throw fieldError(message, i);
	}
	return out;
}

/** The exception raised for the replacement field that starts at `start` (just after `{`). */
function fieldError(message: string, start: number) {
	let count = 1;
	let i = start;
	let end = -1;
	while (i < message.length) {
		const c = message[i++];
		if (c === '{') count++;
		else if (c === '}' && --count === 0) {
			end = i - 1;
			break;
		}
	}
	if (end < 0) return pyError('ValueError', "expected '}' before end of string");
	const field = message.slice(start, end);
	let nameEnd = field.length;
	for (let j = 0; j < field.length; j++) {
		if (field[j] === ':' || field[j] === '!') {
			nameEnd = j;
			break;
		}
	}
	const conversion = field[nameEnd] === '!' ? field.slice(nameEnd + 1) : null;
	if (conversion !== null) {
		// An empty conversion takes the closing brace as its character.
		if (conversion.length === 0)
			return end + 1 >= message.length
				? pyError('ValueError', "unmatched '{' in format spec")
				: pyError('ValueError', "expected ':' after conversion specifier");
		if (conversion.length > 1 && conversion[1] !== ':')
			return pyError('ValueError', "expected ':' after conversion specifier");
	}
	const name = field.slice(0, nameEnd);
	const firstEnd = name.search(/[.[]/);
	const first = firstEnd < 0 ? name : name.slice(0, firstEnd);
	if (first === '' || /^\d+$/.test(first)) {
		const index = first === '' ? 0 : Number(first);
		return pyError(
			'IndexError',
			`Replacement index ${index} out of range for positional args tuple`
		);
	}
	return keyError(reprString(first));
}
