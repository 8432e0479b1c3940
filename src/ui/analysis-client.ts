import type { Job, JobResult } from './worker-protocol.ts';

/**
 * Sends jobs to one lazily started Web Worker. At most one job of each kind is in
 * flight; while it runs, only the newest waiting job of that kind is kept, so a
 * burst of keystrokes costs one analysis, not one per keystroke.
 */
export class AnalysisClient {
	#worker: Worker | null = null;
	#running = new Map<Job['kind'], Job>();
	#waiting = new Map<Job['kind'], Job>();
	#onresult: (result: JobResult) => void;
	#onfailure: (job: Job) => void;

	/** Creates a client; `onfailure` receives jobs the worker could not run. */
	constructor(onresult: (result: JobResult) => void, onfailure: (job: Job) => void) {
		this.#onresult = onresult;
		this.#onfailure = onfailure;
	}

	/** Queues a job; it replaces any waiting job of the same kind. */
	send(job: Job): void {
		if (this.#running.has(job.kind)) {
			this.#waiting.set(job.kind, job);
			return;
		}
		this.#running.set(job.kind, job);
		this.#start().postMessage(job);
	}

	/** Stops the worker; answers still on their way are dropped. */
	stop(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#running.clear();
		this.#waiting.clear();
	}

	#start(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), {
			type: 'module',
			name: 'analysis'
		});
		worker.onmessage = (event: MessageEvent<JobResult>) => this.#finish(event.data);
		worker.onerror = (event) => {
			event.preventDefault();
			const lost = new Map([...this.#running, ...this.#waiting]);
			this.stop();
			for (const job of lost.values()) this.#onfailure(job);
		};
		this.#worker = worker;
		return worker;
	}

	#finish(result: JobResult): void {
		this.#running.delete(result.kind);
		this.#onresult(result);
		const next = this.#waiting.get(result.kind);
		if (next) {
			this.#waiting.delete(result.kind);
			this.send(next);
		}
	}
}
