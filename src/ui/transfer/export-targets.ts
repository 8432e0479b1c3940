import {
	check,
	exportCompose,
	exportDockerRun,
	exportDotenv,
	exportGithubActions,
	exportJson,
	exportKubernetes,
	exportPython,
	exportSecretDirectory,
	exportShell,
	type CheckReport
} from '../../lib/index.ts';
import { toSecretsSources, type SourceDraft } from '../sources.ts';

/** The secrets Streamlit loads, as the exporters take them. */
export type Secrets = NonNullable<CheckReport['merged']>;

/** An exported text with the notes on what Streamlit makes of it. */
export interface ExportOutput {
	/** The text to copy or download. */
	text: string;
	/** What Streamlit will and will not read from it, and what was left out or changed. */
	notes: string[];
	/** A second text that belongs with the first (the GitHub repository secret's value). */
	extra?: { label: string; text: string; file: string };
}

/** One format the Export dialog offers. */
export interface ExportTarget {
	/** Stable id, the option's value. */
	id: string;
	/** The option's text. */
	label: string;
	/** The name a download gets. */
	file: string;
	/** True for environment-variable formats, which can also flatten nested tables. */
	env: boolean;
	/** Exports `secrets`; `flatten` only matters when `env` is true. */
	run: (secrets: Secrets, flatten: boolean) => ExportOutput;
}

const nested = (flatten: boolean): Parameters<typeof exportDotenv>[1] => ({
	nested: flatten ? 'flatten' : 'omit'
});

/** Every export format, in the order the dialog lists them. */
export const exportTargets: readonly ExportTarget[] = [
	{
		id: 'dotenv',
		label: '.env file (python-dotenv)',
		file: 'secrets.env',
		env: true,
		run: (s, f) => exportDotenv(s, nested(f))
	},
	{
		id: 'shell',
		label: 'Shell (export NAME=…)',
		file: 'secrets.sh',
		env: true,
		run: (s, f) => exportShell(s, nested(f))
	},
	{
		id: 'docker',
		label: 'docker run -e',
		file: 'docker-run.sh',
		env: true,
		run: (s, f) => exportDockerRun(s, nested(f))
	},
	{
		id: 'compose',
		label: 'Docker Compose environment',
		file: 'compose.yaml',
		env: true,
		run: (s, f) => exportCompose(s, nested(f))
	},
	{
		id: 'kubernetes',
		label: 'Kubernetes Secrets (secret directory)',
		file: 'secrets.yaml',
		env: false,
		run: (s) => exportKubernetes(s)
	},
	{
		id: 'kubernetes-file',
		label: 'Kubernetes Secret (whole secrets.toml)',
		file: 'secret.yaml',
		env: false,
		run: (s) => exportKubernetes(s, { layout: 'file' })
	},
	{
		id: 'directory',
		label: 'Secret-directory layout (shell script)',
		file: 'write-secrets.sh',
		env: false,
		run: (s) => exportSecretDirectory(s)
	},
	{
		id: 'github',
		label: 'GitHub Actions step',
		file: 'write-secrets-step.yml',
		env: false,
		run: (s) => {
			const out = exportGithubActions(s);
			return {
				...out,
				extra: {
					label: `Value of the repository secret ${out.secretName}`,
					text: out.secretValue,
					file: 'secrets.toml'
				}
			};
		}
	},
	{
		id: 'python',
		label: 'Python dict (AppTest)',
		file: 'secrets.py',
		env: false,
		run: (s) => exportPython(s)
	},
	{ id: 'json', label: 'JSON', file: 'secrets.json', env: false, run: (s) => exportJson(s) }
];

/**
 * Returns the secrets Streamlit loads from the drafts (all sources merged, as the app
 * sees them), or why there are none: the exception every access would raise.
 */
export function loadSecrets(
	drafts: readonly SourceDraft[]
): { ok: true; secrets: Secrets } | { ok: false; error: string } {
	const report = check(toSecretsSources(drafts), { sections: false, hygiene: false });
	if (report.merged) return { ok: true, secrets: report.merged };
	return {
		ok: false,
		error: report.load.ok
			? 'Streamlit loads no secrets'
			: `${report.load.type}: ${report.load.message}`
	};
}

/** Offers `text` as a download named `file`, through a Blob URL that never leaves the page. */
export function download(text: string, file: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = file;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
