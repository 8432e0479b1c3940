import type { Diagnostic } from '../diagnostic.ts';
import { PyDict, type PyValue } from '../python/values.ts';
import type { RaisedException, Simulation } from '../streamlit/simulate.ts';
import type { AppRead, Protection } from './read-types.ts';
import type { AppFile } from './cross-check.ts';
import { catchesException } from './protection.ts';
import type { MissingKey, SecretsLayout } from './missing-keys.ts';

/**
 * What a read does when the app runs:
 * - `found`: it returns a value that the secrets (or the environment) define;
 * - `missing`: a key is missing and the exception escapes;
 * - `protected`: a key is missing but a default, test or `try` handles it;
 * - `raises`: it raises for another reason (the secrets do not load, a value is not a table, …);
 * - `unknown`: its key is computed at run time.
 */
export type ReadStatus = 'found' | 'missing' | 'protected' | 'raises' | 'unknown';

/** One read of an app file, checked against the secrets. */
export interface ReadFinding {
	/** The read, as {@link readApp} found it. */
	read: AppRead;
	/** Index of the app file in the report's sources. */
	source: number;
	/** What the read does at run time. */
	status: ReadStatus;
	/** The exception Streamlit raises for it (also when the app handles it). */
	raised?: RaisedException;
	/** The Python type of the value read (`str`, `int`, `AttrDict`, …), when found. */
	type?: string;
	/** Where the key read is written in the secrets, when it is. */
	definedAt?: { source: number; from: number; to: number };
}

/** Environment variables every process has, which secrets need not define. */
export const systemVariables = new Set([
	'HOME',
	'PATH',
	'USER',
	'LOGNAME',
	'PWD',
	'SHELL',
	'LANG',
	'TERM'
]);

/** Where a key path leads in the merged secrets. */
export interface Walk {
	value?: PyValue;
	failAt?: number;
	failKind?: 'missing' | 'type';
}

/** Follows `path` in the merged secrets: the value, or where and why it stops. */
export function walk(merged: PyDict, path: readonly string[]): Walk {
	let cur: PyValue = merged;
	for (let i = 0; i < path.length; i++) {
		if (!(cur instanceof PyDict)) return { failAt: i, failKind: 'type' };
		if (!cur.map.has(path[i])) return { failAt: i, failKind: 'missing' };
		cur = cur.map.get(path[i])!;
	}
	return { value: cur };
}

/**
 * Returns what keeps a read that raises from failing the app: a `try` that
 * catches the exception, or (for a missing key) a test or default covering it.
 */
export function handler(
	read: AppRead,
	raised: RaisedException,
	failAt: number | undefined,
	missing: boolean
): Protection | undefined {
	const last = read.path.length - 1;
	return read.protections.find(
		(p) =>
			(p.by === 'try' && catchesException(p.catches ?? [], raised.type)) ||
			(missing && p.by !== 'try' && p.segment === failAt && (p.by === 'guard' || failAt === last))
	);
}

/** What a finding is decided from. */
export interface FindingContext {
	/** The app file. */
	app: AppFile;
	/** The read being decided. */
	read: AppRead;
	/** Where it is, as `file:line`. */
	at: string;
	/** The merged secrets, or null when they do not load. */
	merged: PyDict | null;
	/** Where the secrets' keys are written. */
	layout: SecretsLayout;
	/** The simulated run of every read. */
	simulation: Simulation;
	/** Diagnostics found so far (appended to). */
	diagnostics: Diagnostic[];
	/** Missing keys found so far, for the secrets-side diagnostics (appended to). */
	missing: MissingKey[];
	/** Every key path some read names in full (joined with NUL). */
	readPaths: Set<string>;
}

/** A read's simulated value or exception. */
export type Outcome = Simulation['accesses'][number] | undefined;

/** Returns the keys of the table at `parent` that no read of any app names. */
export function unreadSiblings(c: FindingContext, parent: string[]): string[] {
	const table = c.merged ? walk(c.merged, parent).value : undefined;
	if (!(table instanceof PyDict)) return [];
	return [...table.map.keys()].filter((k) => !c.readPaths.has([...parent, k].join('\0')));
}

/** Returns where a key path is written, when it is. */
export function definedAt(c: FindingContext, path: readonly string[]): ReadFinding['definedAt'] {
	const source = c.layout.sourceOf.get(path[0]);
	const where = source === undefined ? undefined : c.layout.outlines[source]?.get(path);
	return source === undefined || !where ? undefined : { source, ...where.key };
}
