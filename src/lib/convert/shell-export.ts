import type { PyDict } from '../python/values.ts';
import { envVariables, type EnvOptions } from './env-vars.ts';
import { convertNotes } from './notes.ts';
import type { ExportResult } from './results.ts';
import { isShellName, quoteShell } from './shell-quote.ts';

/**
 * Exports secrets as POSIX shell `export NAME='value'` lines (for `source` or
 * `eval`), single-quoted so that nothing in a value is expanded. By default holds
 * what Streamlit exports to `os.environ`; see {@link EnvOptions}.
 */
export function exportShell(secrets: PyDict, options: EnvOptions = {}): ExportResult {
	const { variables, notes } = envVariables(
		secrets,
		{ accepts: isShellName, describe: 'a POSIX shell' },
		options
	);
	return {
		text: variables.map((v) => `export ${v.name}=${quoteShell(v.value)}\n`).join(''),
		notes: [convertNotes.envNotSecrets(), convertNotes.envShellQuoting(), ...notes]
	};
}
