const shortEscapes: Record<string, string> = {
	'\0': '\\0',
	'\x07': '\\a',
	'\b': '\\b',
	'\t': '\\t',
	'\n': '\\n',
	'\v': '\\v',
	'\f': '\\f',
	'\r': '\\r',
	'\x1b': '\\e',
	'"': '\\"',
	'\\': '\\\\',
	'\x85': '\\N',
	'\u2028': '\\L',
	'\u2029': '\\P'
};

/** Characters YAML cannot hold raw in a double-quoted scalar, or would fold as line breaks. */
const needsEscape = /[\0-\x1f"\\\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udfff]/u;

/**
 * Returns `s` as a YAML double-quoted scalar that YAML 1.1 and 1.2 readers both decode
 * to `s`: escapes for quotes, backslashes, line breaks (also U+0085, U+2028, U+2029)
 * and every non-printable character.
 */
export function quoteYaml(s: string): string {
	let out = '"';
	for (const ch of s) {
		if (!needsEscape.test(ch)) out += ch;
		else if (ch in shortEscapes) out += shortEscapes[ch];
		else {
			const cp = ch.codePointAt(0)!;
			out +=
				cp <= 0xff
					? '\\x' + cp.toString(16).padStart(2, '0')
					: '\\u' + cp.toString(16).padStart(4, '0');
		}
	}
	return out + '"';
}

const yaml11Words = /^(?:y|n|yes|no|on|off|true|false|null|~|)$/i;

/**
 * Returns `text` bare when YAML 1.1 and 1.2 both read it as that plain string (a key or a
 * value), else double-quoted.
 */
export function yamlPlain(text: string): string {
	return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(text) && !yaml11Words.test(text)
		? text
		: quoteYaml(text);
}
