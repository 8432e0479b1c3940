/**
 * Advice for the errors of Streamlit's parser (`toml` 0.10.2), matched on the
 * start of its message: what to change so that the old parser reads the line.
 */
const hints: [RegExp, string][] = [
	[
		/^Not a homogeneous array/,
		'Give every element of the array the same type: quote the numbers, or split the array in two'
	],
	[
		/^Unbalanced quotes/,
		'Close the string on the same line, or use triple quotes for text that spans lines'
	],
	[/^Duplicate keys!/, 'Remove or rename the second definition of this key'],
	[/^What\? .* already exists\?/, 'Define each table once: merge the two sections into one'],
	[
		/^Key name found without value\. Reached end of line/,
		'Write `key = value` on one line, and keep inline tables `{ … }` on a single line'
	],
	[
		/^Key name found without value\. Reached end of file/,
		'Give the last key a value with `= value`'
	],
	[
		/^Found invalid character in key name: '\['/,
		'Save the file without a byte order mark, or start the header on a line of its own'
	],
	[/^Found invalid character in key name/, 'Quote the key name, e.g. `"my key" = …`'],
	[/^Found empty keyname/, 'Put a key name before `=`'],
	[/^Invalid inline table encountered/, 'Remove the trailing comma inside the inline table'],
	[
		/^Invalid inline table value encountered/,
		'Close the inline table with `}` on the same line and quote its text values'
	],
	[
		/^Reserved escape sequence used/,
		'Double the backslash (`\\\\`), or use a single-quoted literal string'
	],
	[
		/^Invalid escape sequence/,
		'Write \\u escapes with exactly 4 hex digits (\\U with 8), or double the backslash'
	],
	[
		/^This float doesn't have a leading digit/,
		'Quote the value if it is text, or write the number with a leading 0'
	],
	[
		/^This float is missing digits after the point/,
		'Add a digit after the decimal point, e.g. `5.0`'
	],
	[
		/^Weirdness with leading zeroes/,
		'Remove the leading zeros or stray underscores, or quote the value; write times as HH:MM:SS'
	],
	[/^Only all lowercase booleans allowed/, 'Write `true` or `false` in lower case'],
	[
		/^invalid literal for int\(\)/,
		'Quote the value if it is text, and check that dates are real calendar dates with seconds'
	],
	[/^could not convert string to float/, 'Quote the value if it is text'],
	[
		/^Unterminated string found/,
		'Close the string; in a multi-line string, put no quote right before the closing delimiter'
	],
	[/^Key group not on a line by itself/, 'Put nothing but a comment after a `[table]` header'],
	[
		/^Invalid group name/,
		'Quote table names that contain characters other than letters, digits, `_` and `-`'
	],
	[
		/^Can't have a keygroup with an empty name/,
		'Remove the empty part of the table name (two dots in a row, or a trailing dot)'
	],
	[/^Opening key group bracket on line by itself/, 'Write the table name on the same line as `[`'],
	[
		/^An implicitly defined table can't be an array/,
		'Declare `[[array]]` before any `[array.sub]` table'
	],
	[/^Empty value is invalid/, 'Give the key a value, for example an empty string `""`'],
	[
		/^Found tokens after a closed string/,
		'Remove the text after the closing quote, or move it inside the string'
	],
	[/^Invalid date or number/, 'Quote the value if it is text'],
	[
		/^Line breaks are not allowed in inline ?objects/,
		'Keep the inline table on one line, or use a `[table]` section'
	],
	[/^(hour|minute|second) must be in/, 'Write a real time of day, e.g. `07:30:00`']
];

/** Returns advice for a `toml` 0.10.2 error message (without its position), or undefined. */
export function legacyHint(message: string): string | undefined {
	for (const [pattern, hint] of hints) if (pattern.test(message)) return hint;
	return undefined;
}
