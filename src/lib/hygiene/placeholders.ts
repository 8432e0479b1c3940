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
 * Cues {@link placeholderCues} finds in a text: characters (or runs) some rule's
 * every match contains.
 */
export const cue = {
	/** `$`, `%` or `{`. */
	template: 1,
	/** `<`. */
	angle: 2,
	/** `y` or `Y`. */
	y: 4,
	/** `x` or `X`. */
	x: 8,
	/** `*` or `•`. */
	star: 16,
	/** `...` or `…`. */
	ellipsis: 32,
	/** Three ASCII letters in a row. */
	word: 64,
	/** Starts with `.`, `#`, `?`, `_` or `-`, or with a character written twice or outside the BMP. */
	start: 128
} as const;

/** Cues of single characters, before {@link placeholderCues} turns them into {@link cue}s. */
const letter = 256;
const dot = 512;
const published = 255;

/** Per character code below 128, the cues it gives on its own. */
const charCues = new Uint16Array(128);
for (let c = 65; c <= 90; c++) charCues[c] = charCues[c + 32] = letter;
for (const c of '$%{') charCues[c.charCodeAt(0)] = cue.template;
charCues['<'.charCodeAt(0)] = cue.angle;
charCues['y'.charCodeAt(0)] = charCues['Y'.charCodeAt(0)] = cue.y | letter;
charCues['x'.charCodeAt(0)] = charCues['X'.charCodeAt(0)] = cue.x | letter;
charCues['*'.charCodeAt(0)] = cue.star;
charCues['.'.charCodeAt(0)] = dot;

/**
 * Returns the {@link cue}s `text` holds, in one pass over it: a rule whose cue is
 * missing cannot match, so most values skip every pattern.
 */
export function placeholderCues(text: string): number {
	let cues = 0;
	let letters = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const k = c < 128 ? charCues[c] : c === 0x2022 ? cue.star : c === 0x2026 ? cue.ellipsis : 0;
		cues |= k;
		letters = k & letter ? letters + 1 : 0;
		if (letters === 3) cues |= cue.word;
	}
	if (cues & dot && text.includes('...')) cues |= cue.ellipsis;
	const first = text.charCodeAt(0);
	if (
		first === 46 ||
		first === 35 ||
		first === 63 ||
		first === 95 ||
		first === 45 ||
		(first >= 0xd800 && first <= 0xdbff) ||
		first === text.charCodeAt(1)
	)
		cues |= cue.start;
	return cues & published;
}

/**
 * The placeholder rules in the order they are tried. `cues` are the {@link cue}s of
 * which every match holds at least one, and `needs` a further cheap test every match
 * passes (a literal each alternative of the pattern contains), so that most values
 * skip the pattern.
 */
export const placeholderRules: readonly {
	kind: PlaceholderKind;
	pattern: RegExp;
	cues: number;
	needs: RegExp | null;
}[] = [
	// ${VAR}, {{ var }}, $VAR alone, %VAR%: variables Streamlit never expands.
	{
		kind: 'template',
		pattern: /\$\{[^}\n]*\}|\{\{[^}\n]*\}\}|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$/,
		cues: cue.template,
		needs: /[$%{]/
	},
	{ kind: 'angle', pattern: /<[A-Za-z][A-Za-z0-9 _.:/-]{0,40}>/, cues: cue.angle, needs: /</ },
	{
		kind: 'your',
		pattern: /(?<![A-Za-z0-9])your(?!s(?![A-Za-z]))(?:[-_ .]?[A-Za-z0-9]+)*/i,
		cues: cue.y,
		needs: null
	},
	// `example.com`, AWS's documented `…EXAMPLE` keys; not `examples` or `counterexample`.
	{
		kind: 'example',
		pattern: /EXAMPLE|(?<![A-Za-z])[Ee]xample(?![a-z])/,
		cues: cue.x,
		needs: null
	},
	{
		kind: 'word',
		pattern:
			/(?<![A-Za-z])(?:change[-_ ]?(?:me|it|this)|replace[-_ ]?(?:me|this|with)|fill[-_ ]?(?:me[-_ ]?)?in|placeholder|dummy|redacted|todo|tbd|fixme)(?![A-Za-z])|^(?:insert|enter|paste|put|add)[-_ ].*|(?<![A-Za-z0-9])(?:key|token|secret|password|pass|value|url|id|name)[-_ ]here$|^(?:fake|sample|test[-_ ]?(?:key|token|secret))$/i,
		cues: cue.word,
		needs:
			/change|replace|fill|placeholder|dummy|redacted|todo|tbd|fixme|insert|enter|paste|put|add|here|fake|sample|test/i
	},
	{
		kind: 'filler',
		pattern: /x{4,}|X{4,}|\*{3,}|•{3,}|^[xX]{3}$|^[.#?_-]{3,}$|^(.)\1{4,}$/u,
		cues: cue.x | cue.star | cue.start,
		needs: null
	},
	{
		kind: 'ellipsis',
		pattern: /^.{0,40}(?:\.\.\.|…)$|(?:\.\.\.|…).{0,40}$/u,
		cues: cue.ellipsis,
		needs: /\.\.\.|…/
	}
];

const weakWords =
	/^(?:password|passw0rd|p@ssw0rd|pass|secret|token|key|apikey|api[-_]key|test|testing|admin|root|guest|qwerty|letmein|abc123|123|1234|12345|123456|12345678|123456789|none|null|undefined|empty|value|string)$/i;

/** {@link secretKeyName} of the keys met so far (files repeat the same few key names). */
const secretKeys = new Map<string, boolean>();

function namesSecret(key: string): boolean {
	let secret = secretKeys.get(key);
	if (secret === undefined) {
		if (secretKeys.size >= 1024) secretKeys.clear();
		secretKeys.set(key, (secret = secretKeyName.test(key)));
	}
	return secret;
}

/**
 * True when `value` starts and ends with printable ASCII, so it has no whitespace to trim
 * (most values): the test that spares them `trim()`.
 */
export function hasPrintableEnds(value: string): boolean {
	const first = value.charCodeAt(0);
	const last = value.charCodeAt(value.length - 1);
	return first > 32 && first < 127 && last > 32 && last < 127;
}

/**
 * Returns the placeholder `value` holds, or null: a variable (`${VAR}`, `{{ var }}`),
 * `<token>`, `your-api-key`, `changeme`, `TODO`, a run of `xxxx` or `***`, a repeated
 * character, `example`, or an ellipsis (`sk-...`). With a `key` that names a secret
 * (`password`, `api_key`, `token`, …), weak words such as `password` or `123456` count
 * too. Whitespace around the value is ignored; an empty value is no placeholder.
 */
export function findPlaceholder(value: string, key = ''): Placeholder | null {
	const bare = hasPrintableEnds(value);
	const start = bare ? 0 : value.length - value.trimStart().length;
	const text = bare ? value : value.trim();
	if (text === '') return null;
	const rule = firstRule(text);
	const m = rule?.pattern.exec(text);
	if (rule && m)
		return {
			kind: rule.kind,
			text: m[0],
			from: start + m.index,
			to: start + m.index + m[0].length
		};
	if (namesSecret(key) && weakWords.test(text))
		return { kind: 'weak', text, from: start, to: start + text.length };
	return null;
}

/** Whether {@link findPlaceholder} finds a placeholder, without building it. */
export function holdsPlaceholder(value: string, key = ''): boolean {
	const text = hasPrintableEnds(value) ? value : value.trim();
	if (text === '') return false;
	return firstRule(text) !== null || (namesSecret(key) && weakWords.test(text));
}

/** The first of {@link placeholderRules} that matches `text` (trimmed), or null. */
function firstRule(text: string): (typeof placeholderRules)[number] | null {
	const cues = placeholderCues(text);
	if (cues !== 0)
		for (const rule of placeholderRules) {
			if ((cues & rule.cues) === 0 || (rule.needs !== null && !rule.needs.test(text))) continue;
			if (rule.pattern.test(text)) return rule;
		}
	return null;
}
