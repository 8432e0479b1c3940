import { pyStr } from '../python/repr.ts';
import { PyDict, type PyValue } from '../python/values.ts';
import { putenvProblem } from '../streamlit/environ.ts';
import { isExported } from '../streamlit/store.ts';
import { convertNotes } from './notes.ts';

/** One environment variable an export writes. */
export interface EnvVariable {
	/** The variable name. */
	name: string;
	/** The value, as Python's `str()` prints it. */
	value: string;
	/** The key path it comes from. */
	path: string[];
}

/** How environment-variable exports treat values Streamlit does not export. */
export interface EnvOptions {
	/**
	 * `omit` (default): exactly the root strings, integers and floats Streamlit copies to
	 * `os.environ`. `flatten`: every scalar at any depth (booleans and dates too, as
	 * Python's `str()`), named by joining its path with `separator`.
	 */
	nested?: 'omit' | 'flatten';
	/** Joins path segments in `flatten` mode; defaults to `__`. */
	separator?: string;
}

/** Which variables a format can hold, for {@link envVariables}. */
export interface EnvTarget {
	/** True for a name the format can write. */
	accepts(name: string): boolean;
	/** What cannot use a refused name, for the note: "a POSIX shell". */
	describe: string;
}

/** The variables of an export and the notes on what was left out. */
export interface EnvSelection {
	/** The variables, in the order of the secrets. */
	variables: EnvVariable[];
	/** What was left out and why. */
	notes: string[];
}

function isScalar(v: PyValue): boolean {
	return !Array.isArray(v) && !(v instanceof PyDict) && v !== null;
}

/**
 * Returns the environment variables an export of `secrets` holds: by default those
 * Streamlit itself exports (root `str`, `int`, `float`, with Python's `str()`), or with
 * `nested: 'flatten'` every scalar. Leaves out, with a note, what `target` or the
 * operating system cannot take (a NUL anywhere, `=` in a name, an empty name).
 */
export function envVariables(
	secrets: PyDict,
	target: EnvTarget,
	options: EnvOptions = {}
): EnvSelection {
	const flatten = options.nested === 'flatten';
	const separator = options.separator ?? '__';
	const variables: EnvVariable[] = [];
	const notExported: string[][] = [];
	const arrays: string[][] = [];
	const badName: string[][] = [];
	const nul: string[][] = [];
	const visit = (dict: PyDict, path: string[]) => {
		for (const [k, v] of dict.map) {
			const here = [...path, k];
			if (flatten && v instanceof PyDict) visit(v, here);
			else if (flatten ? !isScalar(v) : !isExported(v)) (flatten ? arrays : notExported).push(here);
			else {
				const name = here.join(separator);
				const value = pyStr(v);
				if (putenvProblem(name, value)?.text === 'embedded null byte') nul.push(here);
				else if (putenvProblem(name, value) || !target.accepts(name)) badName.push(here);
				else variables.push({ name, value, path: here });
			}
		}
	};
	visit(secrets, []);
	const notes: string[] = [];
	if (flatten) notes.push(convertNotes.envFlattened(separator));
	if (notExported.length) notes.push(convertNotes.envRootOnly(notExported));
	if (arrays.length) notes.push(convertNotes.envFlattenArrays(arrays));
	if (badName.length) notes.push(convertNotes.envBadName(badName, target.describe));
	if (nul.length) notes.push(convertNotes.envNul(nul));
	return { variables, notes };
}
