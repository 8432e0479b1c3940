import { analyze } from './analysis.ts';
import { runStatements } from './console-runner.ts';
import type { Job, JobResult } from './worker-protocol.ts';

// Runs the core off the main thread for large sources; one job at a time, in order.
self.onmessage = (event: MessageEvent<Job>) => {
	const job = event.data;
	const result: JobResult =
		job.kind === 'check'
			? { kind: 'check', seq: job.seq, view: analyze(job.sources, job.apps) }
			: { kind: 'simulate', seq: job.seq, accesses: runStatements(job.sources, job.statements) };
	self.postMessage(result);
};
