import { simulate, type AccessResult, type SecretsSource } from '../lib/index.ts';

/** The exception name shown when the simulator itself fails (a playground bug, not Python's). */
export const playgroundBug = 'PlaygroundBug';

/**
 * Runs the console's entries in order against the sources, as the Python REPL runs
 * what is typed into it (assignments and loads carry over; each expression's value is
 * echoed to `stdout`), and returns each result.
 * Never throws: a failure of the simulator is reported on every statement.
 */
export function runStatements(
	sources: readonly SecretsSource[],
	statements: readonly string[]
): AccessResult[] {
	try {
		return simulate(sources, { access: statements, interactive: true }).accesses;
	} catch (e) {
		return statements.map((expr) => ({ expr, raised: { type: playgroundBug, str: String(e) } }));
	}
}
