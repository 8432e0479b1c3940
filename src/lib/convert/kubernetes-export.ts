import type { PyDict } from '../python/values.ts';
import { convertNotes } from './notes.ts';
import type { ExportResult } from './results.ts';
import { secretFolders } from './secret-folders.ts';
import { writeToml } from './toml-write.ts';
import { quoteYaml, yamlPlain } from './yaml-quote.ts';

/** Options for {@link exportKubernetes}. */
export interface KubernetesOptions {
	/**
	 * `directory` (default): one Secret per root key, mounted as Streamlit's secret
	 * directory (Streamlit ≥ 1.38). `file`: one Secret holding the whole `secrets.toml`,
	 * mounted over `.streamlit/secrets.toml` with `subPath`; it keeps every type and table.
	 */
	layout?: 'directory' | 'file';
	/** The Secret's name, or the prefix of each Secret's name; defaults to `streamlit-secrets`. */
	name?: string;
	/** `metadata.namespace`, when given. */
	namespace?: string;
	/**
	 * Where the Secrets are mounted in the container: the secret directory (default
	 * `/etc/streamlit/secrets`), or the file path (default `/app/.streamlit/secrets.toml`).
	 */
	mountPath?: string;
}

/** True for a key Kubernetes accepts in a Secret's `data` or `stringData`. */
export function isSecretKey(key: string): boolean {
	return /^[-._a-zA-Z0-9]+$/.test(key) && key !== '.' && key !== '..';
}

/** Returns a DNS-1123 name made from `text` (at most `max` characters), never empty. */
function dnsName(text: string, max: number): string {
	const name = text
		.toLowerCase()
		.replace(/[^a-z0-9-]+/g, '-')
		.slice(0, max)
		.replace(/^-+|-+$/g, '');
	return name || 'key';
}

function manifest(name: string, namespace: string | undefined, entries: string[]): string {
	const lines = ['apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${yamlPlain(name)}`];
	if (namespace !== undefined) lines.push(`  namespace: ${yamlPlain(namespace)}`);
	lines.push('type: Opaque');
	lines.push(entries.length ? 'stringData:' : 'stringData: {}', ...entries);
	return lines.join('\n') + '\n';
}

/** Returns the text as a YAML block scalar when every line can be one, else null. */
function blockScalar(text: string, indent: string): string | null {
	const unsafe =
		/[^\t\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]/u;
	if (!/^\S[^]*\n$/.test(text) || unsafe.test(text) || / \n/.test(text)) return null;
	return (
		'|\n' +
		text
			.replace(/\n$/, '')
			.split('\n')
			.map((l) => (l ? indent + l : ''))
			.join('\n')
	);
}

function directoryLayout(secrets: PyDict, o: KubernetesOptions): ExportResult {
	const prefix = o.name ?? 'streamlit-secrets';
	const mount = o.mountPath ?? '/etc/streamlit/secrets';
	const { folders, notes, rejected } = secretFolders(secrets, isSecretKey);
	const used = new Set<string>();
	const docs: string[] = [];
	const mounts: string[] = [];
	for (const folder of folders) {
		let volume = dnsName(folder.key, 55);
		for (let n = 2; used.has(volume); n++) volume = `${dnsName(folder.key, 50)}-${n}`;
		used.add(volume);
		const name = `${dnsName(prefix, 190)}-${volume}`;
		const entries = folder.files.map((f) => `  ${yamlPlain(f.name)}: ${quoteYaml(f.content)}`);
		docs.push(manifest(name, o.namespace, entries));
		mounts.push(
			`#   volumes: [{ name: ${volume}, secret: { secretName: ${name} } }]`,
			`#   volumeMounts: [{ name: ${volume}, mountPath: ${quoteYaml(`${mount}/${folder.key}`)}, readOnly: true }]`
		);
	}
	const header = [
		`# Mount each Secret in the app's container at ${mount}/<root key>:`,
		...mounts,
		`# and add to .streamlit/config.toml: [secrets] files = [${JSON.stringify(mount)}]`
	];
	const all = [convertNotes.k8sMount(mount), ...notes];
	if (rejected.length) all.push(convertNotes.k8sBadKey(rejected));
	return { text: header.join('\n') + '\n' + docs.join('---\n'), notes: all };
}

function fileLayout(secrets: PyDict, o: KubernetesOptions): ExportResult {
	const name = dnsName(o.name ?? 'streamlit-secrets', 253);
	const mount = o.mountPath ?? '/app/.streamlit/secrets.toml';
	const toml = writeToml(secrets);
	const value = blockScalar(toml.text, '    ') ?? quoteYaml(toml.text);
	const header = [
		`# Mount the key secrets.toml in the app's container at ${mount}:`,
		`#   volumes: [{ name: streamlit-secrets, secret: { secretName: ${name} } }]`,
		`#   volumeMounts: [{ name: streamlit-secrets, mountPath: ${quoteYaml(mount)}, subPath: secrets.toml, readOnly: true }]`
	];
	return {
		text: header.join('\n') + '\n' + manifest(name, o.namespace, [`  secrets.toml: ${value}`]),
		notes: [convertNotes.k8sFile(mount), ...toml.notes]
	};
}

/**
 * Exports secrets as Kubernetes `Secret` manifests (`stringData`, values as YAML
 * double-quoted strings), with comments showing how to mount them. See
 * {@link KubernetesOptions} for the two layouts; the notes say what Streamlit will
 * read back differently.
 */
export function exportKubernetes(secrets: PyDict, options: KubernetesOptions = {}): ExportResult {
	return options.layout === 'file'
		? fileLayout(secrets, options)
		: directoryLayout(secrets, options);
}
