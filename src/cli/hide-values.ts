import {
	excerptHider,
	listSecrets,
	maskCharacter,
	maskToml,
	type CheckReport,
	type HiddenExcerpt
} from '../lib/index.ts';

/** How `check` prints what the secrets hold: as written (`--show-values`) or masked. */
export interface ValuePrinter {
	/** True when values are printed as written. */
	shown: boolean;
	/** The text of source `i` to show lines of: masked, same length, for secrets files; as written for app code. */
	sourceText(i: number): string;
	/** A message, hint or exception text with every value of the secrets in it masked. */
	hide(text: string): string;
}

const maskAll = (s: string) => maskCharacter.repeat(s.length);
const publicStr = /^(?:True|False|None)$/;

/** Values of directory sources (one file per key), and the exported `os.environ` strings. */
function valueExcerpts(report: CheckReport): HiddenExcerpt[] {
	const excerpts: HiddenExcerpt[] = [];
	for (const v of report.environment)
		if (!publicStr.test(v.value) && v.value.trim())
			excerpts.push({ text: v.value, masked: maskAll(v.value) });
	if (report.sources.some((s) => s.kind === 'directory'))
		for (const e of listSecrets(report)) {
			if (e.type !== 'str') continue;
			const inner = e.repr.slice(1, -1);
			if (inner.trim()) excerpts.push({ text: inner, masked: maskAll(inner) });
		}
	return excerpts;
}

/** Returns how to print the values of `report`: as written when `show`, else masked. */
export function valuePrinter(report: CheckReport, show: boolean): ValuePrinter {
	const texts = report.sources.map((s) => s.text ?? '');
	if (show) return { shown: true, sourceText: (i) => texts[i] ?? '', hide: (s) => s };
	const masked = report.sources.map((s) =>
		s.kind === 'file' && s.text !== null ? maskToml(s.text) : null
	);
	const hide = excerptHider([
		...masked.flatMap((m) => m?.excerpts ?? []),
		...valueExcerpts(report)
	]);
	return {
		shown: false,
		sourceText: (i) => masked[i]?.text ?? texts[i] ?? '',
		hide
	};
}
