import { emptyReport, type ReportView } from './report-view.ts';

/** The parts of a report, as {@link ReportView} declares them and {@link emptyReport} fills them. */
const partNames = Object.keys(emptyReport) as (keyof ReportView)[];

// The class gets each part of ReportView as a getter, made in the constructor.
export interface ReportState extends ReportView {}

/**
 * The newest report, one signal per part: a new report only wakes the views of the
 * parts that changed (the patches keep unchanged parts as the same objects). The parts
 * are those of {@link ReportView}, made in a loop, so that they are declared once.
 */
export class ReportState {
	/** Writes each part's signal. */
	readonly #writers: ((view: ReportView) => void)[] = [];

	constructor() {
		for (const name of partNames) {
			let value = $state.raw(emptyReport[name]);
			Object.defineProperty(this, name, { get: () => value, enumerable: true });
			this.#writers.push((view) => (value = view[name]));
		}
	}

	/** Shows `view`. */
	set(view: ReportView): void {
		for (const write of this.#writers) write(view);
	}
}
