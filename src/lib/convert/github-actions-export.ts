import type { PyDict } from '../python/values.ts';
import { convertNotes } from './notes.ts';
import type { ExportResult } from './results.ts';
import { quoteShell } from './shell-quote.ts';
import { writeToml } from './toml-write.ts';
import { yamlPlain } from './yaml-quote.ts';

/** Options for {@link exportGithubActions}. */
export interface GithubActionsOptions {
	/** The repository secret that holds the TOML; defaults to `STREAMLIT_SECRETS`. */
	secretName?: string;
	/** Where the step writes the file; defaults to `.streamlit/secrets.toml`. */
	path?: string;
}

/** A GitHub Actions step, and the TOML to store as the repository secret it reads. */
export interface GithubActionsExport extends ExportResult {
	/** The repository secret's name. */
	secretName: string;
	/** The secret's value: the secrets as TOML both parsers read back alike. */
	secretValue: string;
}

/**
 * Exports secrets as a GitHub Actions step (YAML, one item of `steps:`) that writes the
 * repository secret `secretName` to `.streamlit/secrets.toml`, plus that secret's value
 * (see {@link writeToml}). The secret reaches the script through `env:`, never spliced
 * into it, so nothing in it is run as shell code.
 */
export function exportGithubActions(
	secrets: PyDict,
	options: GithubActionsOptions = {}
): GithubActionsExport {
	const secretName = (options.secretName ?? 'STREAMLIT_SECRETS')
		.replace(/[^A-Za-z0-9_]/g, '_')
		.replace(/^(?=[0-9]|$)/, '_');
	const path = options.path ?? '.streamlit/secrets.toml';
	const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
	const run = [
		...(dir ? [`mkdir -p ${quoteShell(dir)}`] : []),
		`printf '%s\\n' "$${secretName}" > ${quoteShell(path)}`
	];
	const text = [
		`- name: ${yamlPlain(`Write ${path}`)}`,
		'  shell: bash',
		'  env:',
		`    ${secretName}: \${{ secrets.${secretName} }}`,
		'  run: |',
		...run.map((l) => '    ' + l)
	];
	const toml = writeToml(secrets);
	return {
		text: text.join('\n') + '\n',
		notes: [
			convertNotes.githubSecret(secretName),
			convertNotes.githubMasking(),
			convertNotes.githubGitignore(),
			...toml.notes
		],
		secretName,
		secretValue: toml.text
	};
}
