import type { Severity } from './diagnostic.ts';

/** One entry of a diagnostic catalogue: its severity, message builder and hint builder. */
export interface Entry<A> {
	/** How serious the diagnostic is. */
	severity: Severity;
	/** Builds the one-sentence message from the rule's arguments. */
	message: (a: A) => string;
	/** Builds the imperative hint from the rule's arguments. */
	hint: (a: A) => string;
}

/** Returns a catalogue entry; the type parameter names the arguments rules pass. */
export function entry<A>(
	severity: Severity,
	message: (a: A) => string,
	hint: (a: A) => string
): Entry<A> {
	return { severity, message, hint };
}

/** Returns user text as inline code for a message: backticks made safe, line breaks shown as ⏎, cut at 40 characters. */
export function shortCode(s: string): string {
	const flat = /[\n`]/.test(s) ? s.replace(/\r?\n/g, '⏎').replace(/`/g, "'") : s;
	return '`' + (flat.length > 40 ? flat.slice(0, 39) + '…' : flat) + '`';
}
