import { analyze, type Analysis } from './analysis.ts';
import { runStatements } from './console-runner.ts';
import { ReportDiffer } from './report-patch.ts';
import { entryLimit, rowLimit } from './report-view.ts';
import type { JobResult, Request } from './worker-protocol.ts';

const differ = new ReportDiffer();
/** The newest check, until the rest of its paths is sent. */
let newest: { seq: number; analysis: Analysis } | null = null;
let rest: ReturnType<typeof setTimeout> | undefined;
const post = (result: JobResult) => self.postMessage(result);

// Runs the core off the main thread for large sources, one message at a time, in order.
// Listing every path with its position costs about as much as the check itself, so a
// check is answered with the rows the table shows, without positions, and the rest is
// listed once the page asks for it, after it has drawn the answer.
self.onmessage = (event: MessageEvent<Request>) => {
	const job = event.data;
	if (job.kind === 'simulate') {
		post({ kind: 'simulate', seq: job.seq, accesses: runStatements(job.sources, job.statements) });
	} else if (job.kind === 'check') {
		clearTimeout(rest);
		const analysis = analyze(job.sources, job.apps);
		newest = { seq: job.seq, analysis };
		const head = analysis.list(rowLimit + 1, false);
		post({ kind: 'check', seq: job.seq, patch: differ.report(analysis.summary, head, false) });
	} else if (newest?.seq === job.seq) {
		const { analysis } = newest;
		// A task of its own: a check already sent meanwhile runs first and cancels it.
		rest = setTimeout(() => {
			newest = null;
			post({ kind: 'entries', seq: job.seq, patch: differ.entries(analysis.list(entryLimit + 1)) });
		});
	}
};
