import type { AppState } from '../app-state.svelte.ts';
import type { BridgeTarget } from './embed-bridge.ts';
import { hostReport } from './host-report.ts';

/** Returns what the embed bridge may do to the page: set a file's text and read the report. */
export function embedTarget(app: AppState, values: boolean): BridgeTarget {
	return {
		setText(file, text) {
			const source = app.sources.find((s) => s.path === file && s.kind !== 'directory');
			if (source) {
				if (source.kind === 'missing') app.edit(source.id, { kind: 'file' });
				app.setText(source.id, text);
				return true;
			}
			const code = app.code.files.find((f) => f.path === file);
			if (!code) return false;
			app.setText(code.id, text);
			return true;
		},
		report: () => hostReport(app.report, values)
	};
}
