import type { AccessResult } from '../lib/index.ts';

/** What the console shows under one entry: the printed text and whether it ended in an exception. */
export interface ConsoleOutput {
	/** Everything the entry wrote, then the traceback's last line (`KeyError: 'x'`) if it raised. */
	text: string;
	/** True when the entry raised or did not parse. */
	failed: boolean;
}

/**
 * Returns what the Python REPL prints for one entry run interactively: its stdout
 * (prints and echoed values; nothing for `None` or an assignment), then, when it
 * raised, `Type: str(e)` (only `Type` when `str(e)` is empty). Null when nothing shows.
 */
export function consoleOutput(r: AccessResult | undefined): ConsoleOutput | null {
	if (!r) return null;
	const printed = (r.stdout ?? '').replace(/\n$/, '');
	let error: string | null = null;
	if ('invalid_expression' in r)
		error = `${r.error_type ?? 'SyntaxError'}: ${r.invalid_expression}`;
	else if ('raised' in r)
		error = r.raised.str ? `${r.raised.type}: ${r.raised.str}` : r.raised.type;
	if (error === null) return printed ? { text: printed, failed: false } : null;
	return { text: printed ? `${printed}\n${error}` : error, failed: true };
}
