import type { PyDict } from '../python/values.ts';
import { envVariables, type EnvOptions } from './env-vars.ts';
import { convertNotes } from './notes.ts';
import type { ExportResult } from './results.ts';
import { quoteShell } from './shell-quote.ts';
import { quoteYaml, yamlPlain } from './yaml-quote.ts';

/** Options for {@link exportDockerRun}. */
export interface DockerRunOptions extends EnvOptions {
	/** The image name at the end of the command; defaults to `IMAGE`. */
	image?: string;
}

/** Options for {@link exportCompose}. */
export interface ComposeOptions extends EnvOptions {
	/** The service the `environment:` block belongs to; defaults to `app`. */
	service?: string;
}

/**
 * Exports secrets as a `docker run` command with one `-e 'NAME=value'` argument each,
 * single-quoted for a POSIX shell (line breaks in values survive). By default holds
 * what Streamlit exports to `os.environ`; see {@link EnvOptions}.
 */
export function exportDockerRun(secrets: PyDict, options: DockerRunOptions = {}): ExportResult {
	const { variables, notes } = envVariables(
		secrets,
		{ accepts: () => true, describe: 'docker' },
		options
	);
	const words = ['docker run', ...variables.map((v) => `-e ${quoteShell(`${v.name}=${v.value}`)}`)];
	words.push(quoteShell(options.image ?? 'IMAGE').replace(/^'([A-Za-z0-9_./:@-]+)'$/, '$1'));
	return {
		text: words.join(' \\\n  ') + '\n',
		notes: [
			convertNotes.envNotSecrets(),
			convertNotes.envShellQuoting(),
			convertNotes.envDockerEnvFile(),
			...notes
		]
	};
}

/**
 * Exports secrets as a Docker Compose `services.<service>.environment` mapping, every
 * value a YAML double-quoted string with each `$` doubled, as Compose expects. By
 * default holds what Streamlit exports to `os.environ`; see {@link EnvOptions}.
 */
export function exportCompose(secrets: PyDict, options: ComposeOptions = {}): ExportResult {
	const { variables, notes } = envVariables(
		secrets,
		// Compose interpolates `$` in keys as well as values; such names are left out.
		{ accepts: (name) => !name.includes('$'), describe: 'Docker Compose' },
		options
	);
	const lines = ['services:', `  ${yamlPlain(options.service ?? 'app')}:`];
	if (variables.length === 0) lines.push('    environment: {}');
	else lines.push('    environment:');
	for (const v of variables)
		lines.push(`      ${yamlPlain(v.name)}: ${quoteYaml(v.value.replace(/\$/g, '$$$$'))}`);
	return {
		text: lines.join('\n') + '\n',
		notes: [
			convertNotes.envNotSecrets(),
			convertNotes.envComposeDollar(),
			convertNotes.envComposeMount(),
			...notes
		]
	};
}
