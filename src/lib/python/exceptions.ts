/**
 * A Python exception raised inside the simulation: the class name, the text
 * `str(e)` prints, and for `KeyError` the raw argument (whose `str` is its repr).
 * Only simulated code throws it; the public API turns it into data.
 */
export class PyException extends Error {
	/** Python class name, e.g. `KeyError`. */
	readonly type: string;
	/** What `str(e)` prints. */
	readonly text: string;
	/** Further base classes beyond the type, nearest first (for `except` matching). */
	readonly bases: readonly string[];
	constructor(type: string, text: string, bases: readonly string[] = []) {
		super(`${type}: ${text}`);
		this.type = type;
		this.text = text;
		this.bases = bases;
	}

	/** True when an `except NAME` clause would catch this exception. */
	isA(name: string): boolean {
		return this.type === name || this.bases.includes(name) || name === 'Exception';
	}
}

const lookupBases: Record<string, readonly string[]> = {
	KeyError: ['LookupError'],
	IndexError: ['LookupError'],
	UnicodeDecodeError: ['UnicodeError', 'ValueError'],
	StreamlitSecretNotFoundError: ['StreamlitAPIException', 'FileNotFoundError', 'OSError'],
	StreamlitAuthError: ['StreamlitAPIException'],
	RecursionError: ['RuntimeError']
};

/** Creates a Python exception of a built-in or Streamlit class with its usual bases. */
export function pyError(type: string, text: string): PyException {
	return new PyException(type, text, lookupBases[type] ?? []);
}

/** Creates a `KeyError` whose `str()` is the repr of `key`, as Python prints it. */
export function keyError(keyRepr: string): PyException {
	return new PyException('KeyError', keyRepr, ['LookupError']);
}
