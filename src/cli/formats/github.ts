import type { Severity } from '../../lib/index.ts';
import type { LocatedDiagnostic } from '../located.ts';

const commands: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a workflow command's message: `%`, CR and LF, as GitHub's toolkit does. */
function escapeData(s: string): string {
	return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: the message escapes plus `:` and `,`. */
function escapeProperty(s: string): string {
	return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Returns one GitHub Actions workflow command per diagnostic
 * (`::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`), which annotates the
 * line in the run and in the pull request. Infos become `::notice`.
 */
export function githubAnnotations(diagnostics: readonly LocatedDiagnostic[]): string[] {
	return diagnostics.map((d) => {
		const props = [
			`file=${escapeProperty(d.file)}`,
			`line=${d.line}`,
			`endLine=${d.endLine}`,
			`col=${d.column}`,
			`endColumn=${d.endColumn}`,
			`title=${escapeProperty(d.code)}`
		].join(',');
		const text = d.hint ? `${d.message}. ${d.hint}` : d.message;
		return `::${commands[d.severity]} ${props}::${escapeData(text)}`;
	});
}
