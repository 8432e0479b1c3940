import type { Diagnostic, Severity } from '../diagnostic.ts';
import type { DocsPage } from './docs-pages.ts';

/** One entry of a diagnostic catalogue: its severity, message and hint builders, and its lesson. */
export interface Entry<A> {
	/** How serious the diagnostic is. */
	severity: Severity;
	/** Builds the one-sentence message from the rule's arguments. */
	message: (a: A) => string;
	/** Builds the imperative hint from the rule's arguments. */
	hint: (a: A) => string;
	/** The label of the diagnostic's fix, when rules attach one (default "Apply the fix"). */
	fixLabel?: string;
	/** Why the diagnostic matters, in a sentence or two, user text in backticks. */
	why?: string;
	/** The documentation page that explains it. */
	docs?: DocsPage;
}

/** What an entry may add to its severity, message and hint. */
export type EntryExtras = Pick<Entry<unknown>, 'fixLabel' | 'why' | 'docs'>;

/** Returns a catalogue entry; the type parameter names the arguments rules pass. */
export function entry<A>(
	severity: Severity,
	message: (a: A) => string,
	hint: (a: A) => string,
	extras: EntryExtras = {}
): Entry<A> {
	return { severity, message, hint, ...extras };
}

/** The arguments the message builder of `catalogue[C]` takes. */
export type EntryArgs<T, C extends keyof T> = T[C] extends Entry<infer A> ? A : never;

/**
 * Builds diagnostic `c` of `catalogue` for `from`–`to` (UTF-16 offsets): the
 * entry's severity, and its message and hint for `args`; of source `source` when given.
 */
export function catalogueDiagnostic<
	T extends Record<string, Entry<never>>,
	C extends keyof T & string
>(
	catalogue: T,
	c: C,
	args: EntryArgs<T, C>,
	from: number,
	to: number,
	source?: number
): Diagnostic {
	const e = catalogue[c] as unknown as Entry<EntryArgs<T, C>>;
	const d: Diagnostic = {
		code: c,
		severity: e.severity,
		message: e.message(args),
		from,
		to,
		hint: e.hint(args)
	};
	if (source !== undefined) d.source = source;
	return d;
}

/** How {@link code} shows user text. */
export interface CodeOptions {
	/** Longer text is cut to this many characters, the last one `…`; default no limit. */
	max?: number;
	/** Shows line breaks as `⏎`, so the text stays on one line. */
	oneLine?: boolean;
	/** Leaves backticks as they are instead of turning them into `'`. */
	keepBackticks?: boolean;
}

/** Returns user text as inline code for a message, in backticks. */
export function code(text: string, options: CodeOptions = {}): string {
	const { max = Infinity, oneLine = false, keepBackticks = false } = options;
	// Most text needs none of the work below; hygiene runs this for many values.
	if (text.length <= max && !/[\n`]/.test(text)) return '`' + text + '`';
	let flat = oneLine ? text.replace(/\r?\n/g, '⏎') : text;
	if (!keepBackticks) flat = flat.replace(/`/g, "'");
	return '`' + (flat.length > max ? flat.slice(0, max - 1) + '…' : flat) + '`';
}

/** Returns user text as inline code on one line, cut at 40 characters: {@link code}'s short form. */
export function shortCode(text: string): string {
	return code(text, { max: 40, oneLine: true });
}
