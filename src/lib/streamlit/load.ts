import { parseLegacyToml, type LegacyOutcome } from '../legacy-toml/index.ts';
import { readPlainToml } from '../plain-toml/read.ts';
import { pyError, type PyException } from '../python/exceptions.ts';
import { formatWithoutArguments } from '../python/format.ts';
import { pyStrip } from '../python/text.ts';
import { PyDict, type PyValue } from '../python/values.ts';
import { decodeUtf8 } from '../toml/decode.ts';
import { joinPath, universalNewlines, type SecretsSource, type SourceNode } from './sources.ts';
import { invalidPathText, noSecretsText, notAFolderText, parseErrorText } from './texts.ts';

/** The outcome of reading one `secrets.files` entry. */
interface PathSecrets {
	/** The top-level secrets of the entry. */
	secrets: PyDict;
	/** Whether the entry counts as a found secrets file. */
	found: boolean;
}

/**
 * Raises `StreamlitSecretNotFoundError(message)`. Its constructor runs
 * `message.format()`, so braces in the message raise KeyError/ValueError instead
 * (Streamlit's brace bug, ≥ 1.44).
 */
export function secretNotFound(message: string): PyException {
	return pyError('StreamlitSecretNotFoundError', formatWithoutArguments(message));
}

/** Returns the text Python reads from a file node, or raises its UnicodeDecodeError. */
export function readText(node: { bytes?: Uint8Array; text?: string }): string {
	if (node.text !== undefined) return universalNewlines(node.text);
	const decoded = decodeUtf8(node.bytes ?? new Uint8Array());
	if (decoded.error) throw pyError('UnicodeDecodeError', decoded.error.pythonMessage);
	return universalNewlines(decoded.text);
}

/** Results of `toml.loads` already computed for some file nodes, to avoid parsing twice. */
export type ParsedFiles = WeakMap<SourceNode, LegacyOutcome>;

/** `toml.loads(text)`: read in one pass when the text is plain TOML, else by the full model. */
function loadToml(text: string): LegacyOutcome {
	const plain = readPlainToml(text);
	return plain ? { ok: true, value: plain } : parseLegacyToml(text);
}

function parseTomlFile(path: string, node: SourceNode, parsed?: ParsedFiles): PathSecrets {
	if (node.kind === 'missing') return { secrets: new PyDict(), found: false };
	if (node.kind === 'directory')
		throw pyError('IsADirectoryError', `[Errno 21] Is a directory: '${path}'`);
	const outcome = parsed?.get(node) ?? loadToml(readText(node));
	if (outcome.ok) return { secrets: outcome.value, found: true };
	const { type, text } = outcome.error;
	// Streamlit wraps only TomlDecodeError and TypeError; the rest escape as they are.
	if (type === 'TomlDecodeError' || type === 'TypeError')
		throw secretNotFound(parseErrorText(path, text));
	throw pyError(type, text);
}

function parseDirectory(path: string, entries: readonly { name: string; node: SourceNode }[]) {
	const secrets = new PyDict();
	let found = false;
	for (const { name, node } of entries) {
		const folder = joinPath(path, name);
		if (node.kind !== 'directory') throw secretNotFound(notAFolderText(folder));
		const files = new PyDict();
		for (const child of node.entries) {
			if (child.node.kind !== 'file') continue;
			files.map.set(child.name, pyStrip(readText(child.node)));
			found = true;
		}
		const values = [...files.map.values()];
		secrets.map.set(name, values.length === 1 ? values[0] : files);
	}
	return { secrets, found };
}

function parseEntry(source: SecretsSource, parsed?: ParsedFiles): PathSecrets {
	const { path, node } = source;
	if (path.endsWith('.toml')) return parseTomlFile(path, node, parsed);
	if (node.kind === 'directory') return parseDirectory(path, node.entries);
	throw secretNotFound(invalidPathText(path));
}

/**
 * Runs Streamlit's `Secrets._parse` merge: every entry in order, shallow
 * `dict.update`, and the not-found error when no entry counted. Raises the
 * Python exception Streamlit raises; exports nothing.
 */
export function mergeSources(sources: readonly SecretsSource[], parsed?: ParsedFiles): PyDict {
	const merged = new PyDict();
	let found = false;
	for (const source of sources) {
		const entry = parseEntry(source, parsed);
		found = found || entry.found;
		for (const [k, v] of entry.secrets.map) merged.map.set(k, v as PyValue);
	}
	if (!found) throw secretNotFound(noSecretsText(sources.map((s) => s.path)));
	return merged;
}
