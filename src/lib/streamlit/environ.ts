import { pyError } from '../python/exceptions.ts';

/** One write to `os.environ`, as the recordings list them. */
export interface EnvAssignment {
	/** The variable name (a root key, verbatim). */
	key: string;
	/** The string written. */
	value: string;
	/** `ValueError: …` when the operating system refused the write. */
	error?: string;
}

/**
 * A simulated `os.environ`: starts empty, records every write in order, and
 * refuses names and values the way CPython's `putenv` does.
 */
export class Environ {
	/** Current variables. */
	readonly vars = new Map<string, string>();
	/** Every write attempted, in order, failed ones included. */
	readonly log: EnvAssignment[] = [];

	/** Performs `os.environ[key] = value`, raising Python's ValueError where it would. */
	set(key: string, value: string): void {
		const problem = putenvProblem(key, value);
		if (problem) {
			this.log.push({ key, value, error: `ValueError: ${problem}` });
			throw pyError('ValueError', problem);
		}
		this.log.push({ key, value });
		this.vars.set(key, value);
	}
}

/** Returns why `os.environ[key] = value` fails (`embedded null byte`, `illegal …`), or null. */
export function putenvProblem(key: string, value: string): string | null {
	if (key.includes('\0') || value.includes('\0')) return 'embedded null byte';
	if (key === '' || key.includes('=')) return 'illegal environment variable name';
	return null;
}
