import type { Diagnostic } from '../diagnostic.ts';
import { ruleDiagnostic } from '../diagnostics/rule-messages.ts';
import type { PyDict } from '../python/values.ts';
import { place, type SectionContext } from './section-context.ts';

/** The keys of Snowflake key-pair authentication, any one of which names the key. */
export const keyPair = ['private_key_file', 'private_key_path', 'private_key'];

/**
 * Checks a Snowflake connection's table as `snowflake.connector.connect` will
 * use it: an `account` identifier, a `user`, and exactly one complete way to
 * authenticate. An empty table is fine: the connector then reads its own
 * `connections.toml`.
 */
export function snowflakeRules(
	ctx: SectionContext,
	name: string,
	section: PyDict,
	kwargs: readonly string[]
): Diagnostic[] {
	const path = ['connections', name];
	if (kwargs.includes('**')) return [];
	const keys = new Set([...section.map.keys(), ...kwargs]);
	keys.delete('type');
	if (keys.size === 0) return [];
	const out: Diagnostic[] = [];
	const here = place(ctx, path);
	const authenticator = String(section.map.get('authenticator') ?? '').toLowerCase();
	const byToken = authenticator === 'oauth' || authenticator === 'programmatic_access_token';
	for (const key of byToken ? ['account'] : ['account', 'user']) {
		if (keys.has(key)) continue;
		// No fix: an empty account or user only moves the failure to the connector.
		out.push(
			ruleDiagnostic('connections/snowflake-missing-key', { key }, here.from, here.to, here.source)
		);
	}
	const account = section.map.get('account');
	if (typeof account === 'string' && /:\/\/|snowflakecomputing\.com/i.test(account)) {
		const at = place(ctx, [...path, 'account'], true);
		out.push(
			ruleDiagnostic('connections/snowflake-account', { value: account }, at.from, at.to, at.source)
		);
	}
	const methods = [
		...(keys.has('password') ? ['`password`'] : []),
		...(keyPair.some((k) => keys.has(k)) ? ['a key pair'] : []),
		...(keys.has('token') ? ['`token`'] : [])
	];
	let problem: 'none' | 'several' | 'incomplete' | null = null;
	let detail = '';
	if (authenticator === 'snowflake_jwt' && !keyPair.some((k) => keys.has(k))) {
		problem = 'incomplete';
		detail = '`authenticator = "snowflake_jwt"` needs `private_key_file` or `private_key`';
	} else if (byToken && !keys.has('token')) {
		problem = 'incomplete';
		detail = `\`authenticator = "${authenticator}"\` needs \`token\``;
	} else if (authenticator === 'username_password_mfa' && !keys.has('password')) {
		problem = 'incomplete';
		detail = '`authenticator = "username_password_mfa"` needs `password`';
	} else if (!authenticator && methods.length === 0) problem = 'none';
	else if (!authenticator && methods.length > 1) {
		problem = 'several';
		detail = methods.join(' and ');
	}
	if (problem) {
		const severity = problem === 'several' ? 'warning' : undefined;
		out.push(
			ruleDiagnostic(
				'connections/snowflake-auth',
				{ problem, detail },
				here.from,
				here.to,
				here.source,
				severity
			)
		);
	}
	return out;
}
