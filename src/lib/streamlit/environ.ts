import { pyError } from '../python/exceptions.ts';
import type { Tagged } from '../python/tagged.ts';

/** One write to `os.environ`, as the recordings list them. */
export interface EnvAssignment {
	/** The variable name (a root key, verbatim). */
	key: string;
	/** The string written. */
	value: string;
	/** `ValueError: …` when the operating system refused the write. */
	error?: string;
}

/** A write that Python refused before it reached `putenv` (a key or value that is not a str). */
export interface RefusedWrite {
	/** The key as the app passed it, in tagged JSON. */
	key: Tagged;
	/** The value as the app passed it, in tagged JSON. */
	value: Tagged;
	/** `TypeError: str expected, not …`. */
	error: string;
}

/** One attempted write to `os.environ`. */
export type EnvWrite = EnvAssignment | RefusedWrite;

/**
 * A simulated `os.environ`: starts empty, records every write in order, and
 * refuses names and values the way CPython's `putenv` does.
 */
export class Environ {
	/** Current variables. */
	readonly vars = new Map<string, string>();
	/** Every write attempted, in order, failed ones included. */
	readonly log: EnvWrite[] = [];

	/** Performs `os.environ[key] = value`, raising Python's ValueError where it would. */
	set(key: string, value: string): void {
		const problem = putenvProblem(key, value);
		if (problem) {
			this.log.push({ key, value, error: `${problem.type}: ${problem.text}` });
			throw pyError(problem.type, problem.text);
		}
		this.log.push({ key, value });
		this.vars.set(key, value);
	}
}

/**
 * Returns the exception `os.environ[key] = value` raises on Linux, or null:
 * `ValueError` for a NUL anywhere or `=` in the name (CPython's own checks),
 * `OSError` EINVAL for an empty name (refused by `setenv`).
 */
export function putenvProblem(key: string, value: string): { type: string; text: string } | null {
	if (key.includes('\0') || value.includes('\0'))
		return { type: 'ValueError', text: 'embedded null byte' };
	if (key.includes('=')) return { type: 'ValueError', text: 'illegal environment variable name' };
	if (key === '') return { type: 'OSError', text: '[Errno 22] Invalid argument' };
	return null;
}
