import type { FindRequest, Job, JobResult, Request } from './protocol.ts';

/**
 * Sends jobs to one lazily started Web Worker. At most one job of each kind is in
 * flight; while it runs, only the newest waiting job of that kind is kept, so a
 * burst of keystrokes costs one analysis, not one per keystroke.
 */
export class AnalysisClient {
	#worker: Worker | null = null;
	#running = new Map<Job['kind'], Job>();
	#waiting = new Map<Job['kind'], Job>();
	/** The check answered whose rest of paths is still to come. */
	#completing: Job | null = null;
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
		// A newer check cancels the rest of the previous one's paths.
		if (job.kind === 'check') this.#completing = null;
		this.#start().postMessage(job);
	}

	/** Asks the worker to search the paths of a check it answered; ignored when it is not running. */
	find(request: FindRequest): void {
		this.#worker?.postMessage(request);
	}

	/** Stops the worker; answers still on their way are dropped. */
	stop(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#running.clear();
		this.#waiting.clear();
		this.#completing = null;
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
			const completing = this.#completing ? [['check', this.#completing] as const] : [];
			const lost = new Map([...completing, ...this.#running, ...this.#waiting]);
			this.stop();
			for (const job of lost.values()) this.#onfailure(job);
		};
		this.#worker = worker;
		return worker;
	}

	#finish(result: JobResult): void {
		// The rest of a check's paths follows its answer, while the next job already runs.
		if (result.kind === 'entries' || result.kind === 'found') {
			if (result.kind === 'entries' && this.#completing?.seq === result.seq)
				this.#completing = null;
			return this.#onresult(result);
		}
		if (result.kind === 'check') {
			this.#completing = this.#running.get('check') ?? null;
			this.#askRest(result.seq);
		}
		this.#running.delete(result.kind);
		this.#onresult(result);
		const next = this.#waiting.get(result.kind);
		if (next) {
			this.#waiting.delete(result.kind);
			this.send(next);
		}
	}

	// Asks for the rest of the paths once the answer is drawn, so that listing them
	// does not compete with drawing it; a newer check makes the request moot.
	#askRest(seq: number): void {
		const ask = () => {
			if (this.#completing?.seq !== seq) return;
			const request: Request = { kind: 'rest', seq };
			this.#worker?.postMessage(request);
		};
		requestAnimationFrame(() => setTimeout(ask));
	}
}
