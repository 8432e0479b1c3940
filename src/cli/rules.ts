import { diagnosticCodes, lessonFor, severityOf, type Severity } from '../lib/index.ts';

/** What the command line says about one diagnostic code, for SARIF's rule list. */
export interface DiagnosticRule {
	/** The diagnostic code, for example `auth/missing-key`. */
	code: string;
	/** The catalogue's severity (a rule may lower it in a given case). */
	severity: Severity;
	/** Why the diagnostic matters, in a sentence or two. */
	why: string;
	/** The documentation page that explains it. */
	url: string;
	/** That page's title. */
	title: string;
}

/** Returns the rule of `code`, whose severity is `severity`; the "why" falls back to the code's prefix. */
export function ruleFor(code: string, severity: Severity): DiagnosticRule {
	return { code, severity, ...lessonFor(code) };
}

/** Returns one rule per diagnostic code the check can report (not the importers' `convert/…`), sorted by code. */
export function diagnosticRules(): DiagnosticRule[] {
	return diagnosticCodes
		.filter((code) => !code.startsWith('convert/'))
		.map((code) => ruleFor(code, severityOf(code)))
		.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
