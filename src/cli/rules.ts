import { hygieneMessages, type Severity } from '../lib/index.ts';
import { appMessages } from '../lib/diagnostics/app-messages.ts';
import { authMessages } from '../lib/diagnostics/auth-messages.ts';
import { connectionMessages } from '../lib/diagnostics/connection-messages.ts';
import { streamlitMessages } from '../lib/diagnostics/streamlit-messages.ts';
import { tomlMessages } from '../lib/toml/messages.ts';
import { lessonFor } from '../ui/learn.ts';

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

const catalogues: Record<string, { severity: Severity }>[] = [
	tomlMessages,
	streamlitMessages,
	authMessages,
	connectionMessages,
	appMessages,
	hygieneMessages
];

/** Returns the rule of `code`, whose severity is `severity`; the "why" falls back to the code's prefix. */
export function ruleFor(code: string, severity: Severity): DiagnosticRule {
	return { code, severity, ...lessonFor(code) };
}

/** Returns one rule per diagnostic code the check can report, sorted by code. */
export function diagnosticRules(): DiagnosticRule[] {
	const rules: DiagnosticRule[] = [];
	for (const catalogue of catalogues)
		for (const [code, entry] of Object.entries(catalogue))
			rules.push(ruleFor(code, entry.severity));
	return rules.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
