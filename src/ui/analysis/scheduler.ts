import type { AccessResult } from '../../lib/index.ts';
import { AnalysisClient } from './client.ts';
import { toAppSources, type CodeFile } from '../code-files.ts';
import { ReportAssembler } from './assembler.ts';
import type { Analysis } from './analyze.ts';
import type { FoundPaths } from '../path-filter.ts';
import { ReportDiffer } from './patch.ts';
import { entryLimit, type ReportView } from './report-view.ts';
import { draftSize, toSecretsSources, type SourceDraft } from '../sources.ts';
import type { Job, JobResult } from './protocol.ts';

/** Sources larger than this (UTF-16 code units) are analysed in a Web Worker. */
export const workerThreshold = 50_000;

// The core is requested at start-up but kept out of the initial JavaScript; small
// texts are analysed on the main thread as soon as it has arrived.
const core = import('./analyze.ts');

/** Where a {@link AnalysisScheduler} delivers its results. */
export interface SchedulerCallbacks {
	/** A newer report, with the source ids its indexes refer to. */
	onreport: (view: ReportView, ids: string[]) => void;
	/** Newer console results. */
	onaccesses: (accesses: AccessResult[]) => void;
	/** Whether a newer report, or the rest of the newest one's paths, is still being computed. */
	onbusy: (busy: boolean) => void;
	/** The answer to {@link AnalysisScheduler.find} for the report on show. */
	onfound: (found: FoundPaths) => void;
}

/**
 * Runs the core on each version of the sources: at once on the main thread when
 * they are small, in a worker when they are large. Every request gets a sequence
 * number and an answer older than the newest one applied is dropped, so a slow
 * worker answer never replaces a newer report. Reports arrive as patches against
 * the previous report of the same thread, so unchanged parts keep their identity.
 */
export class AnalysisScheduler {
	#seq = { check: 0, simulate: 0 };
	#applied = { check: 0, simulate: 0 };
	#jobs = new Map<number, { ids: string[]; texts: (string | null)[] }>();
	#callbacks: SchedulerCallbacks;
	#here = {
		differ: new ReportDiffer(),
		assembler: new ReportAssembler(),
		/** The newest check made here whose paths did not all fit in the report. */
		kept: null as { seq: number; analysis: Analysis } | null
	};
	/** True when the report on show was made on the main thread. */
	#shownHere = false;
	#worker = new ReportAssembler();
	#client = new AnalysisClient(
		(result) => this.#receive(result, this.#worker),
		(job) => this.#runHere(job)
	);

	/** Creates a scheduler that reports to `callbacks`. */
	constructor(callbacks: SchedulerCallbacks) {
		this.#callbacks = callbacks;
	}

	/**
	 * Analyses the drafts with the app files that hold code and, when there are
	 * any, runs the console statements on them. Returns the size of the texts
	 * analysed (UTF-16 code units).
	 */
	run(
		drafts: readonly SourceDraft[],
		code: readonly CodeFile[],
		statements: readonly string[]
	): number {
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
		this.#jobs.set(check.seq, {
			ids: [...drafts.map((d) => d.id), ...apps.map((a) => a.id)],
			texts: [
				...sources.map((s) => (s.node.kind === 'file' ? (s.node.text ?? null) : null)),
				...apps.map((a) => a.text)
			]
		});
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
		return size;
	}

	/**
	 * Searches every path of the report on show for `query`, not only the
	 * {@link entryLimit} it holds, and delivers the first `limit` matches to `onfound`
	 * (unless a newer report comes first).
	 */
	find(query: string, limit: number): void {
		const seq = this.#applied.check;
		if (!this.#shownHere) return this.#client.find({ kind: 'find', seq, query, limit });
		const kept = this.#here.kept;
		if (kept?.seq === seq) this.#callbacks.onfound(kept.analysis.find(query, limit));
	}

	/** Stops the worker; answers still on their way are dropped. */
	stop(): void {
		this.#client.stop();
		this.#jobs.clear();
		this.#worker = new ReportAssembler();
		this.#applied = { ...this.#seq };
		this.#callbacks.onbusy(false);
	}

	#runHere(job: Job): void {
		if (job.kind === 'check') {
			void core.then(({ analyze }) => {
				const analysis = analyze(job.sources, job.apps);
				const listed = analysis.list(entryLimit + 1);
				this.#here.kept = listed.length > entryLimit ? { seq: job.seq, analysis } : null;
				const patch = this.#here.differ.report(analysis.summary, listed, true);
				this.#receive({ kind: 'check', seq: job.seq, patch }, this.#here.assembler);
			});
			return;
		}
		// The simulator is only needed once someone uses the console.
		void import('../console-runner.ts').then(({ runStatements }) =>
			this.#receive(
				{ kind: 'simulate', seq: job.seq, accesses: runStatements(job.sources, job.statements) },
				this.#here.assembler
			)
		);
	}

	#receive(result: JobResult, assembler: ReportAssembler): void {
		if (result.kind === 'found') {
			if (result.found && result.seq === this.#applied.check && !this.#shownHere)
				this.#callbacks.onfound(result.found);
			return;
		}
		if (result.kind === 'simulate') {
			if (result.seq <= this.#applied.simulate) return;
			this.#applied.simulate = result.seq;
			this.#callbacks.onaccesses(result.accesses);
			return;
		}
		// Every patch is applied, stale or not: the next one builds on it.
		const job = this.#jobs.get(result.seq);
		const view =
			result.kind === 'check'
				? assembler.apply(result.patch, job?.texts ?? [])
				: assembler.complete(result.patch);
		// The rest of the paths has the sequence number of the report it completes.
		if (result.seq < this.#applied.check || !job) return;
		this.#applied.check = result.seq;
		this.#shownHere = assembler === this.#here.assembler;
		for (const seq of this.#jobs.keys()) if (seq < result.seq) this.#jobs.delete(seq);
		this.#callbacks.onreport(view, job.ids);
		// Until the rest of the paths arrives, counts and filters still use the previous list.
		this.#callbacks.onbusy(this.#applied.check < this.#seq.check || !view.positioned);
	}
}
