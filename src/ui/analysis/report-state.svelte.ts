import { emptyReport, type ReportView } from './report-view.ts';

/**
 * The newest report, one signal per part: a new report only wakes the views of
 * the parts that changed (the patches keep unchanged parts as the same objects).
 */
export class ReportState implements ReportView {
	/** Per-source results, in precedence order. */
	sources = $state.raw(emptyReport.sources);
	/** All diagnostics, each with its `source` index, sorted. */
	diagnostics = $state.raw(emptyReport.diagnostics);
	/** Whether `st.secrets` loads, or the exception every access raises. */
	load = $state.raw(emptyReport.load);
	/** The `os.environ` writes of a successful load. */
	environment = $state.raw(emptyReport.environment);
	/** Root keys that are not exported. */
	skipped = $state.raw(emptyReport.skipped);
	/** The paths the app can read. */
	entries = $state.raw(emptyReport.entries);
	/** Key and value positions of each entry. */
	ranges = $state.raw(emptyReport.ranges);
	/** False while `ranges` are those of an earlier report. */
	positioned = $state.raw(emptyReport.positioned);
	/** True when there are more paths than `entries` holds. */
	truncated = $state.raw(emptyReport.truncated);
	/** Every read of the app code with what it does at run time. */
	reads = $state.raw(emptyReport.reads);
	/** Key paths no app file reads. */
	unread = $state.raw(emptyReport.unread);
	/** The core's own error when it failed on this input, else null. */
	crash = $state.raw(emptyReport.crash);

	/** Shows `view`. */
	set(view: ReportView): void {
		this.sources = view.sources;
		this.diagnostics = view.diagnostics;
		this.load = view.load;
		this.environment = view.environment;
		this.skipped = view.skipped;
		this.entries = view.entries;
		this.ranges = view.ranges;
		this.positioned = view.positioned;
		this.truncated = view.truncated;
		this.reads = view.reads;
		this.unread = view.unread;
		this.crash = view.crash;
	}
}
