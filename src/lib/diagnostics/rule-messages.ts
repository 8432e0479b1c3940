import type { Diagnostic, Severity } from '../diagnostic.ts';
import { appMessages } from './app-messages.ts';
import { authMessages } from './auth-messages.ts';
import { catalogueDiagnostic, type EntryArgs } from './catalogue.ts';
import { connectionMessages } from './connection-messages.ts';

const ruleMessages = { ...appMessages, ...authMessages, ...connectionMessages };

/** Every `app/…`, `auth/…` and `connections/…` code. */
export type RuleCode = keyof typeof ruleMessages;

/**
 * Builds an `app/…`, `auth/…` or `connections/…` diagnostic for `from`–`to` of
 * source `source`. `severity` overrides the catalogue's, for a problem that only
 * matters when code the check cannot see runs.
 */
export function ruleDiagnostic<C extends RuleCode>(
	c: C,
	args: EntryArgs<typeof ruleMessages, C>,
	from: number,
	to: number,
	source?: number,
	severity?: Severity
): Diagnostic {
	const d = catalogueDiagnostic(ruleMessages, c, args, from, to, source);
	if (severity) d.severity = severity;
	return d;
}

/** Returns an exception as Python prints its last line (`Type: text`), on one line. */
export function exceptionText(type: string, text: string): string {
	return `${type}: ${text}`.replace(/\s*\n\s*/g, ' ');
}
