/** Why a value looks like a placeholder rather than a real value. */
export type PlaceholderKind =
	'template' | 'angle' | 'your' | 'filler' | 'word' | 'example' | 'ellipsis' | 'weak';

/** A placeholder found in a value. */
export interface Placeholder {
	/** What kind of placeholder it is. */
	kind: PlaceholderKind;
	/** The placeholder text as written in the value. */
	text: string;
	/** Start in the value (UTF-16 offset). */
	from: number;
	/** End in the value (exclusive). */
	to: number;
}

/** Key names whose values are secrets, where a weak word is a placeholder too. */
export const secretKeyName =
	/pass(word|wd|phrase)?|pwd|secret|token|api[-_ ]?key|^key$|private[-_ ]?key|credential|auth|cookie/i;

/**
 * The placeholder rules in the order they are tried. `needs` is a cheap test every
 * match passes (a literal each alternative of the pattern contains), so that most
 * values skip the pattern.
 */
export const placeholderRules: readonly {
	kind: PlaceholderKind;
	pattern: RegExp;
	needs: RegExp | null;
}[] = [
	// ${VAR}, {{ var }}, $VAR alone, %VAR%: variables Streamlit never expands.
	{
		kind: 'template',
		pattern: /\$\{[^}\n]*\}|\{\{[^}\n]*\}\}|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$/,
		needs: /[$%{]/
	},
	{ kind: 'angle', pattern: /<[A-Za-z][A-Za-z0-9 _.:/-]{0,40}>/, needs: /</ },
	{
		kind: 'your',
		pattern: /(?<![A-Za-z0-9])your(?!s(?![A-Za-z]))(?:[-_ .]?[A-Za-z0-9]+)*/i,
		needs: null
	},
	// `example.com`, AWS's documented `…EXAMPLE` keys; not `examples` or `counterexample`.
	{ kind: 'example', pattern: /EXAMPLE|(?<![A-Za-z])[Ee]xample(?![a-z])/, needs: null },
	{
		kind: 'word',
		pattern:
			/(?<![A-Za-z])(?:change[-_ ]?(?:me|it|this)|replace[-_ ]?(?:me|this|with)|fill[-_ ]?(?:me[-_ ]?)?in|placeholder|dummy|redacted|todo|tbd|fixme)(?![A-Za-z])|^(?:insert|enter|paste|put|add)[-_ ].*|(?<![A-Za-z0-9])(?:key|token|secret|password|pass|value|url|id|name)[-_ ]here$|^(?:fake|sample|test[-_ ]?(?:key|token|secret))$/i,
		needs:
			/change|replace|fill|placeholder|dummy|redacted|todo|tbd|fixme|insert|enter|paste|put|add|here|fake|sample|test/i
	},
	{
		kind: 'filler',
		pattern: /x{4,}|X{4,}|\*{3,}|•{3,}|^[xX]{3}$|^[.#?_-]{3,}$|^(.)\1{4,}$/u,
		needs: null
	},
	{ kind: 'ellipsis', pattern: /^.{0,40}(?:\.\.\.|…)$|(?:\.\.\.|…).{0,40}$/u, needs: /\.\.\.|…/ }
];

const weakWords =
	/^(?:password|passw0rd|p@ssw0rd|pass|secret|token|key|apikey|api[-_]key|test|testing|admin|root|guest|qwerty|letmein|abc123|123|1234|12345|123456|12345678|123456789|none|null|undefined|empty|value|string)$/i;

/**
 * Returns the placeholder `value` holds, or null: a variable (`${VAR}`, `{{ var }}`),
 * `<token>`, `your-api-key`, `changeme`, `TODO`, a run of `xxxx` or `***`, a repeated
 * character, `example`, or an ellipsis (`sk-...`). With a `key` that names a secret
 * (`password`, `api_key`, `token`, …), weak words such as `password` or `123456` count
 * too. Whitespace around the value is ignored; an empty value is no placeholder.
 */
export function findPlaceholder(value: string, key = ''): Placeholder | null {
	const start = value.length - value.trimStart().length;
	const text = value.trim();
	if (text === '') return null;
	for (const { kind, pattern, needs } of placeholderRules) {
		if (needs !== null && !needs.test(text)) continue;
		const m = pattern.exec(text);
		if (m) return { kind, text: m[0], from: start + m.index, to: start + m.index + m[0].length };
	}
	if (secretKeyName.test(key) && weakWords.test(text))
		return { kind: 'weak', text, from: start, to: start + text.length };
	return null;
}
