import { analyze, type Analysis } from './analyze.ts';
import { runStatements } from '../console-runner.ts';
import { ReportDiffer } from './patch.ts';
import { entryLimit, rowLimit } from './report-view.ts';
import type { JobResult, Request } from './protocol.ts';

const differ = new ReportDiffer();
/** The newest check, until the rest of its paths is sent. */
let newest: { seq: number; analysis: Analysis } | null = null;
let rest: ReturnType<typeof setTimeout> | undefined;
/** The newest check whose paths did not all fit in the report, kept for searches of all of them. */
let kept: { seq: number; analysis: Analysis } | null = null;
const post = (result: JobResult) => self.postMessage(result);

// Runs the core off the main thread for large sources, one message at a time, in order.
// Listing every path with its position costs about as much as the check itself, so a
// check is answered with the rows the table shows, without positions, and the rest is
// listed once the page asks for it, after it has drawn the answer.
self.onmessage = (event: MessageEvent<Request>) => {
	const job = event.data;
	if (job.kind === 'simulate') {
		post({ kind: 'simulate', seq: job.seq, accesses: runStatements(job.sources, job.statements) });
	} else if (job.kind === 'find') {
		const from = [newest, kept].find((c) => c?.seq === job.seq);
		const found = from ? from.analysis.find(job.query, job.limit) : null;
		post({ kind: 'found', seq: job.seq, found });
	} else if (job.kind === 'check') {
		clearTimeout(rest);
		kept = null;
		const analysis = analyze(job.sources, job.apps);
		newest = { seq: job.seq, analysis };
		const head = analysis.list(rowLimit + 1, false);
		post({ kind: 'check', seq: job.seq, patch: differ.report(analysis.summary, head, false) });
	} else if (newest?.seq === job.seq) {
		const { analysis } = newest;
		// A task of its own: a check already sent meanwhile runs first and cancels it.
		rest = setTimeout(() => {
			newest = null;
			const listed = analysis.list(entryLimit + 1);
			if (listed.length > entryLimit) kept = { seq: job.seq, analysis };
			post({ kind: 'entries', seq: job.seq, patch: differ.entries(listed) });
		});
	}
};
