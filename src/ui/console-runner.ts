import { simulate, type AccessResult, type SecretsSource } from '../lib/index.ts';

/** The exception name shown when the simulator itself fails (a playground bug, not Python's). */
export const playgroundBug = 'PlaygroundBug';

/**
 * Runs the console's statements in order against the sources, as the statements
 * of one app run (so assignments and loads carry over), and returns each result.
 * Never throws: a failure of the simulator is reported on every statement.
 */
export function runStatements(
	sources: readonly SecretsSource[],
	statements: readonly string[]
): AccessResult[] {
	try {
		return simulate(sources, { access: statements }).accesses;
	} catch (e) {
		return statements.map((expr) => ({ expr, raised: { type: playgroundBug, str: String(e) } }));
	}
}
