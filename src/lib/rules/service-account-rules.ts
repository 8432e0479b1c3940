import type { Diagnostic } from '../diagnostic.ts';
import { ruleDiagnostic } from '../diagnostics/rule-messages.ts';
import { PyDict } from '../python/values.ts';
import { place, type SectionContext } from './section-context.ts';

/** Fields google-auth cannot do without (`from_service_account_info`), then the rest of a key file. */
const required = ['private_key', 'client_email', 'token_uri'];
const expected = ['project_id', 'private_key_id', 'client_id'];

/** The keys a Google service-account table needs (`required`) and usually has (`expected`). */
export const serviceAccountKeys = { required, expected } as const;

/** Returns true for a table that holds a Google service-account key. */
export function isServiceAccount(table: PyDict): boolean {
	return (
		table.map.get('type') === 'service_account' ||
		(table.map.has('private_key') && table.map.has('client_email'))
	);
}

function pemProblem(key: string): 'escaped' | 'markers' | 'newlines' | null {
	const text = key.trim();
	const begin = /-----BEGIN ([A-Z ]*)PRIVATE KEY-----/.exec(text);
	const end = /-----END ([A-Z ]*)PRIVATE KEY-----/.exec(text);
	if (!begin || !end || end.index < begin.index)
		return text.includes('\\n') ? 'escaped' : 'markers';
	const body = text.slice(begin.index + begin[0].length, end.index);
	if (!body.includes('\n')) return body.includes('\\n') ? 'escaped' : 'newlines';
	if (body.includes('\\n')) return 'escaped';
	return null;
}

/**
 * Checks a Google service-account key stored as a table (`[connections.gsheets]`,
 * `[gcp_service_account]`, …): the fields of the JSON key file, and a
 * `private_key` that is a PEM block with real line breaks once TOML has
 * unescaped it.
 */
export function serviceAccountRules(
	ctx: SectionContext,
	path: string[],
	table: PyDict
): Diagnostic[] {
	const out: Diagnostic[] = [];
	const here = place(ctx, path);
	for (const key of [...required, ...expected]) {
		if (table.map.has(key)) continue;
		const isRequired = required.includes(key);
		out.push(
			ruleDiagnostic(
				'connections/service-account-field',
				{ key, required: isRequired },
				here.from,
				here.to,
				here.source,
				isRequired ? undefined : 'warning'
			)
		);
	}
	const key = table.map.get('private_key');
	if (key === undefined) return out;
	const problem = typeof key === 'string' ? pemProblem(key) : 'type';
	if (problem) {
		const at = place(ctx, [...path, 'private_key'], true);
		out.push(ruleDiagnostic('connections/private-key-pem', { problem }, at.from, at.to, at.source));
	}
	return out;
}
