import type { AccessResult } from '../lib/index.ts';
import { AnalysisClient } from './analysis-client.ts';
import { toAppSources, type CodeFile } from './code-files.ts';
import type { ReportView } from './report-view.ts';
import { draftSize, toSecretsSources, type SourceDraft } from './sources.ts';
import type { Job, JobResult } from './worker-protocol.ts';

/** Sources larger than this (UTF-16 code units) are analysed in a Web Worker. */
export const workerThreshold = 50_000;

// The core is requested at start-up but kept out of the initial JavaScript; small
// texts are analysed on the main thread as soon as it has arrived.
const core = import('./analysis.ts');

/** Where a {@link AnalysisScheduler} delivers its results. */
export interface SchedulerCallbacks {
	/** A newer report, with the source ids its indexes refer to. */
	onreport: (view: ReportView, ids: string[]) => void;
	/** Newer console results. */
	onaccesses: (accesses: AccessResult[]) => void;
	/** Whether a newer report is still being computed. */
	onbusy: (busy: boolean) => void;
}

/**
 * Runs the core on each version of the sources: at once on the main thread when
 * they are small, in a worker when they are large. Every request gets a sequence
 * number and an answer older than the newest one applied is dropped, so a slow
 * worker answer never replaces a newer report.
 */
export class AnalysisScheduler {
	#seq = { check: 0, simulate: 0 };
	#applied = { check: 0, simulate: 0 };
	#ids = new Map<number, string[]>();
	#callbacks: SchedulerCallbacks;
	#client = new AnalysisClient(
		(result) => this.#receive(result),
		(job) => this.#runHere(job)
	);

	/** Creates a scheduler that reports to `callbacks`. */
	constructor(callbacks: SchedulerCallbacks) {
		this.#callbacks = callbacks;
	}

	/**
	 * Analyses the drafts with the app files that hold code and, when there are
	 * any, runs the console statements on them.
	 */
	run(
		drafts: readonly SourceDraft[],
		code: readonly CodeFile[],
		statements: readonly string[]
	): void {
		const sources = toSecretsSources(drafts);
		const apps = toAppSources(code);
		const size = draftSize(drafts) + apps.reduce((n, a) => n + a.text.length, 0);
		const large = size > workerThreshold;
		const check: Job = {
			kind: 'check',
			seq: ++this.#seq.check,
			sources,
			apps: apps.map(({ path, text }) => ({ path, text }))
		};
		this.#ids.set(check.seq, [...drafts.map((d) => d.id), ...apps.map((a) => a.id)]);
		const jobs: Job[] = [check];
		if (statements.length)
			jobs.push({
				kind: 'simulate',
				seq: ++this.#seq.simulate,
				sources,
				statements: [...statements]
			});
		if (large) this.#callbacks.onbusy(true);
		for (const job of jobs) {
			if (large) this.#client.send(job);
			else this.#runHere(job);
		}
	}

	/** Stops the worker; answers still on their way are dropped. */
	stop(): void {
		this.#client.stop();
		this.#applied = { ...this.#seq };
		this.#callbacks.onbusy(false);
	}

	#runHere(job: Job): void {
		if (job.kind === 'check') {
			void core.then(({ analyze }) =>
				this.#receive({ kind: 'check', seq: job.seq, view: analyze(job.sources, job.apps) })
			);
			return;
		}
		// The simulator is only needed once someone uses the console.
		void import('./console-runner.ts').then(({ runStatements }) =>
			this.#receive({
				kind: 'simulate',
				seq: job.seq,
				accesses: runStatements(job.sources, job.statements)
			})
		);
	}

	#receive(result: JobResult): void {
		if (result.seq <= this.#applied[result.kind]) return;
		this.#applied[result.kind] = result.seq;
		if (result.kind === 'simulate') {
			this.#callbacks.onaccesses(result.accesses);
			return;
		}
		const ids = this.#ids.get(result.seq) ?? [];
		for (const seq of this.#ids.keys()) if (seq <= result.seq) this.#ids.delete(seq);
		this.#callbacks.onreport(result.view, ids);
		this.#callbacks.onbusy(this.#applied.check < this.#seq.check);
	}
}
