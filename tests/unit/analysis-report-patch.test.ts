import { describe, expect, it } from 'vitest';
import type { SecretsSource } from '../../src/lib/index.ts';
import { analyze } from '../../src/ui/analysis/analyze.ts';
import { ReportAssembler } from '../../src/ui/analysis/assembler.ts';
import { ReportDiffer, type ReportPatch } from '../../src/ui/analysis/patch.ts';
import { entryLimit } from '../../src/ui/analysis/report-view.ts';

/** Tables with placeholders and blanks, so that edits move, change, add and drop diagnostics. */
const base = [
	'bench = 0',
	...Array.from({ length: 30 }, (_, i) =>
		[
			`[service_${i}]`,
			`host = "db-${i}.example.com"`,
			'password = "changeme"',
			'name = " pad "'
		].join('\n')
	)
].join('\n');

describe('ReportDiffer and ReportAssembler', () => {
	it('rebuild the diagnostics of every version, sending them only when they changed', () => {
		const edits: ((t: string) => string)[] = [
			(t) => t,
			(t) => t.replace('bench', 'bencha'),
			(t) => t.replace('bencha', 'bench'),
			(t) => t + '\n',
			(t) => t + '# a comment\n',
			(t) => t.replace('db-3.', 'db-3x.'),
			(t) => t.replace('"changeme"', '"s3cr3t-Value"'),
			(t) => t.replace(' pad ', 'pad'),
			(t) => t.replace('host = "db-7.example.com"\n', ''),
			(t) => t + '\n[extra]\nkey = "your-key"\n',
			(t) => t.replace('[service_1]', '[service_1'),
			(t) => t.replace('[service_1', '[service_1]'),
			(t) => t + '# end\n'
		];
		const differ = new ReportDiffer();
		const assembler = new ReportAssembler();
		let text = base;
		const sent: boolean[] = [];
		for (const edit of [(t: string) => t, ...edits]) {
			text = edit(text);
			const sources: SecretsSource[] = [
				{ path: '.streamlit/secrets.toml', node: { kind: 'file', text } }
			];
			const analysis = analyze(sources);
			const patch: ReportPatch = structuredClone(
				differ.report(analysis.summary, analysis.list(entryLimit + 1), true)
			);
			sent.push(patch.sources[0].diagnostics !== null);
			const view = assembler.apply(patch, [text]);
			expect(view.diagnostics).toEqual(analysis.summary.diagnostics);
		}
		// The first report, and each edit that moves, changes, adds or drops a diagnostic, sends them.
		expect(sent).toEqual([
			true, // first
			false, // same text
			true, // moved
			true, // moved back
			false, // a line break at the end
			false, // a comment at the end
			true,
			true,
			true,
			true,
			true,
			true,
			true,
			false // a comment after every diagnostic
		]);
	});
});
