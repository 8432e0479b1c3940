import type { AccessResult, AppSource, SecretsSource } from '../lib/index.ts';
import type { EntryPatch, ReportPatch } from './report-patch.ts';

/** A job for the analysis worker; `seq` orders the answers. */
export type Job =
	| { kind: 'check'; seq: number; sources: SecretsSource[]; apps: AppSource[] }
	| { kind: 'simulate'; seq: number; sources: SecretsSource[]; statements: string[] };

/** A message to the worker: a job, or a request for the rest of the paths of check `seq`. */
export type Request = Job | { kind: 'rest'; seq: number };

/**
 * The worker's answer to a {@link Job}, with the same `kind` and `seq`. A check is
 * answered with only the paths the table shows, without positions; the rest comes
 * (kind `entries`) when asked for, unless a newer check arrived meanwhile.
 */
export type JobResult =
	| { kind: 'check'; seq: number; patch: ReportPatch }
	| { kind: 'entries'; seq: number; patch: EntryPatch }
	| { kind: 'simulate'; seq: number; accesses: AccessResult[] };
