import type { AccessResult, AppSource, SecretsSource } from '../../lib/index.ts';
import type { FoundPaths } from '../path-filter.ts';
import type { EntryPatch, ReportPatch } from './patch.ts';

/** A job for the analysis worker; `seq` orders the answers. */
export type Job =
	| { kind: 'check'; seq: number; sources: SecretsSource[]; apps: AppSource[] }
	| { kind: 'simulate'; seq: number; sources: SecretsSource[]; statements: string[] };

/** A search of every path of check `seq` for `query`, answered with at most `limit` of them. */
export type FindRequest = { kind: 'find'; seq: number; query: string; limit: number };

/**
 * A message to the worker: a job, a request for the rest of the paths of check
 * `seq`, or a search of all its paths.
 */
export type Request = Job | { kind: 'rest'; seq: number } | FindRequest;

/**
 * The worker's answer to a {@link Job}, with the same `kind` and `seq`. A check is
 * answered with only the paths the table shows, without positions; the rest comes
 * (kind `entries`) when asked for, unless a newer check arrived meanwhile. A
 * {@link FindRequest} is answered (kind `found`) with null when check `seq` is gone.
 */
export type JobResult =
	| { kind: 'check'; seq: number; patch: ReportPatch }
	| { kind: 'entries'; seq: number; patch: EntryPatch }
	| { kind: 'found'; seq: number; found: FoundPaths | null }
	| { kind: 'simulate'; seq: number; accesses: AccessResult[] };
