import { PyDict } from '../python/values.ts';
import type { JsonNode } from './json-read.ts';
import { importedToml, readJsonObject } from './json-import.ts';
import { convertNotes } from './notes.ts';
import { convertProblem } from './problems.ts';
import type { ImportProblem, ImportResult } from './results.ts';

/** Options for {@link importServiceAccount}. */
export interface ServiceAccountOptions {
	/**
	 * `gsheets` (default): a `[connections.<connection>]` table for st-gsheets-connection.
	 * `gcp_service_account`: a `[gcp_service_account]` table for google-auth.
	 */
	target?: 'gsheets' | 'gcp_service_account';
	/** The connection name for `gsheets`; defaults to `gsheets`. */
	connection?: string;
}

/** What google-auth cannot do without, then the rest of a key file as Google writes it. */
const required = ['private_key', 'client_email', 'token_uri'];
const expected = ['project_id', 'private_key_id', 'client_id'];

function describe(node: Extract<JsonNode, { kind: 'object' }>, type: unknown): string {
	const keys = new Set(node.entries.map((e) => e.key));
	if (keys.has('installed') || keys.has('web')) return 'an OAuth client file';
	if (typeof type === 'string') return `a credentials file of type \`${type.replace(/`/g, "'")}\``;
	return 'a JSON file without `"type": "service_account"`';
}

/**
 * Imports a Google service-account key file (the JSON Google Cloud downloads) as a
 * TOML table, `private_key` as a basic string whose `\n` escapes both parsers turn
 * into a PEM block with real line breaks (a key pasted with `\\n` is repaired, with a
 * problem saying so). Missing fields and other credential files (OAuth clients,
 * `authorized_user`) are problems located in the JSON. Never throws.
 */
export function importServiceAccount(
	input: string,
	options: ServiceAccountOptions = {}
): ImportResult {
	const problems: ImportProblem[] = [];
	const read = readJsonObject(input, problems);
	if (!read) return importedToml(new PyDict(), [], problems);
	const { node, secrets: key } = read;
	const at = (name: string) =>
		[...node.entries].reverse().find((e) => e.key === name)?.value ?? node;
	const type = key.map.get('type');
	if (type !== 'service_account') {
		const where = key.map.has('type') ? at('type') : node;
		const found = describe(node, type);
		problems.push(
			convertProblem('convert/service-account-type', { found }, input, where.from, where.to)
		);
		return importedToml(new PyDict(), [], problems);
	}
	for (const field of [...required, ...expected])
		if (typeof key.map.get(field) !== 'string') {
			const isRequired = required.includes(field);
			const p = convertProblem(
				'convert/service-account-field',
				{ key: field, required: isRequired },
				input,
				node.from,
				node.from + 1
			);
			if (!isRequired) p.severity = 'info';
			problems.push(p);
		}
	const pem = key.map.get('private_key');
	if (typeof pem === 'string' && !pem.includes('\n') && pem.includes('\\n')) {
		key.map.set('private_key', pem.replace(/\\n/g, '\n'));
		const where = at('private_key');
		problems.push(convertProblem('convert/private-key-escaped', {}, input, where.from, where.to));
	}
	const secrets = new PyDict();
	if (options.target === 'gcp_service_account') {
		secrets.map.set('gcp_service_account', key);
		return importedToml(secrets, [convertNotes.importGcpUsage()], problems);
	}
	const name = options.connection ?? 'gsheets';
	const connections = new PyDict();
	connections.map.set(name, key);
	secrets.map.set('connections', connections);
	const result = importedToml(
		secrets,
		[convertNotes.importSpreadsheet(name), convertNotes.importGsheetsType(name)],
		problems
	);
	// A commented-out line shows where the sheet goes, without a value that looks real.
	const lines = result.text.split('\n');
	const header = lines.findIndex((l) => l.startsWith('[connections.'));
	lines.splice(header + 1, 0, '# spreadsheet = "https://docs.google.com/spreadsheets/d/…"');
	return { ...result, text: lines.join('\n') };
}
