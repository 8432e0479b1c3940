import type { ConnectionCall, ReadForm } from './read-types.ts';

/** One key step under `st.secrets`, as the code writes it. */
export interface Segment {
	/** The key's possible values (several through a loop over literals), or null when computed. */
	keys: string[] | null;
	/** How the key is read. */
	form: ReadForm;
	/** The default's text for `.get(k, d)` / `getattr(x, k, d)`. */
	default?: string;
	/** The default's text when it is a plain literal `simulate` can evaluate. */
	literalDefault?: string;
	/** Where the step is written (the `.get(…)` call, the subscript, …). */
	from: number;
	/** End of that range. */
	to: number;
}

/** A table under `st.secrets`, reached through `segs`. */
export interface SecretsSymbol {
	t: 'secrets';
	/** The key steps from `st.secrets` down to this table. */
	segs: Segment[];
	/** Set when the table was reached through a name bound to it. */
	alias?: { name: string; depth: number };
}

/** A read that ends a chain: nothing after it reaches secrets. */
export type TerminalRead =
	| { t: 'whole'; of: SecretsSymbol; form: 'to_dict' | 'keys' | 'values' | 'items' }
	| { t: 'test'; of: SecretsSymbol; key: Segment }
	| { t: 'environ'; key: Segment }
	| { t: 'connection'; call: ConnectionCall; keys: string[] | null }
	| { t: 'login'; providers: string[] | null };

/** Functions and builtins whose calls the reader understands. */
export type KnownFunction =
	| 'getenv'
	| 'connection'
	| 'login'
	| 'stop'
	| 'exit'
	| 'hasattr'
	| 'getattr'
	| 'int'
	| 'float'
	| 'bool'
	| 'str'
	| 'list'
	| 'dict';

/** What the reader knows about an expression's value. */
export type Meaning =
	| { t: 'unknown' }
	| { t: 'module'; name: 'streamlit' | 'os' | 'sys' }
	| SecretsSymbol
	| { t: 'method'; of: SecretsSymbol; name: 'get' | 'to_dict' | 'keys' | 'values' | 'items' }
	| { t: 'environ' }
	| { t: 'environ-get' }
	| { t: 'function'; name: KnownFunction }
	| { t: 'str'; values: string[] }
	| { t: 'strings'; values: string[] }
	| { t: 'int' }
	| { t: 'read'; read: TerminalRead };

/** The value nothing is known about. */
export const unknown: Meaning = { t: 'unknown' };

/** At most this many possible values are followed for one key or constant. */
export const maxValues = 32;

/** Returns the values of a string symbol with exactly one value, else null. */
export function singleString(s: Meaning): string | null {
	return s.t === 'str' && s.values.length === 1 ? s.values[0] : null;
}

/** Returns every concatenation of one value of `a` with one of `b`, or null past {@link maxValues}. */
export function concatenate(a: string[], b: string[]): string[] | null {
	if (a.length * b.length > maxValues) return null;
	const out: string[] = [];
	for (const x of a) for (const y of b) out.push(x + y);
	return [...new Set(out)];
}

/** Returns true when two symbols denote the same thing (for names bound more than once). */
export function sameMeaning(a: Meaning, b: Meaning): boolean {
	if (a.t !== b.t) return false;
	if (a.t === 'module' && b.t === 'module') return a.name === b.name;
	if (a.t === 'function' && b.t === 'function') return a.name === b.name;
	if (a.t === 'secrets' && b.t === 'secrets')
		return (
			a.segs.length === b.segs.length &&
			a.segs.every(
				(s, i) =>
					s.form === b.segs[i].form &&
					(s.keys ?? []).join('\0') === (b.segs[i].keys ?? []).join('\0')
			)
		);
	if ((a.t === 'strings' && b.t === 'strings') || (a.t === 'str' && b.t === 'str'))
		return a.values.join('\0') === b.values.join('\0');
	return a.t === 'environ' || a.t === 'environ-get' || a.t === 'int';
}
