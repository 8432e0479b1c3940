const controlChars = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/**
 * Returns `value` written as a single-line TOML string: double-quoted when nothing needs
 * escaping, single-quoted (literal) when it holds backslashes or `"` but no `'` or control
 * character, and double-quoted with escapes otherwise.
 */
export function quoteTomlString(value: string): string {
	const needsEscape = /["\\]/.test(value) || controlChars.test(value);
	if (!needsEscape) return `"${value}"`;
	if (!value.includes("'") && !controlChars.test(value)) return `'${value}'`;
	let out = '"';
	for (const ch of value) {
		const c = ch.charCodeAt(0);
		if (ch === '"' || ch === '\\') out += '\\' + ch;
		else if (ch === '\n') out += '\\n';
		else if (ch === '\t') out += '\\t';
		else if (ch === '\r') out += '\\r';
		else if (c < 0x20 || c === 0x7f) out += '\\u' + c.toString(16).padStart(4, '0');
		else out += ch;
	}
	return out + '"';
}

const simpleEscapes: Record<string, string> = {
	b: '\b',
	t: '\t',
	n: '\n',
	f: '\f',
	r: '\r',
	e: '\x1b',
	'"': '"',
	'\\': '\\'
};

/**
 * Decodes the escape sequences of a single-line TOML basic string body (the text between
 * the quotes). Escapes TOML does not know are kept as written.
 */
export function unescapeBasic(body: string): string {
	if (!body.includes('\\')) return body;
	return body.replace(
		/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/gs,
		(whole, x?: string, u?: string, big?: string, other?: string) => {
			if (other !== undefined) return simpleEscapes[other] ?? whole;
			const cp = parseInt(x ?? u ?? big ?? '', 16);
			return cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : whole;
		}
	);
}
