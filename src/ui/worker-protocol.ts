import type { AccessResult, AppSource, SecretsSource } from '../lib/index.ts';
import type { ReportView } from './report-view.ts';

/** A job for the analysis worker; `seq` orders the answers. */
export type Job =
	| { kind: 'check'; seq: number; sources: SecretsSource[]; apps: AppSource[] }
	| { kind: 'simulate'; seq: number; sources: SecretsSource[]; statements: string[] };

/** The worker's answer to a {@link Job}, with the same `kind` and `seq`. */
export type JobResult =
	| { kind: 'check'; seq: number; view: ReportView }
	| { kind: 'simulate'; seq: number; accesses: AccessResult[] };
