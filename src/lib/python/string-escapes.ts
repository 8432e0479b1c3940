/**
 * The one-character escapes of Python string literals and what each decodes
 * to; a backslash before a line break continues the line, so it decodes to
 * nothing. Octal, `\x`, `\u`, `\U` and `\N{…}` escapes are not in the table:
 * their decoders read the digits or the name that follow.
 */
export const pythonEscapes: Readonly<Record<string, string>> = {
	'\\': '\\',
	"'": "'",
	'"': '"',
	a: '\x07',
	b: '\b',
	f: '\f',
	n: '\n',
	r: '\r',
	t: '\t',
	v: '\v',
	'\n': '',
	'\r': ''
};
