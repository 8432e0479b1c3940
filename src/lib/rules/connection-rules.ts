import type { Diagnostic, Severity } from '../diagnostic.ts';
import { ruleDiagnostic } from '../diagnostics/rule-messages.ts';
import type { ConnectionCall } from '../app/read-types.ts';
import {
	invalidConnectionText,
	isFirstParty,
	typeFromName
} from '../streamlit/connection-types.ts';
import { reprString } from '../python/repr.ts';
import { PyDict, type PyValue } from '../python/values.ts';
import { missingKeyText } from '../streamlit/texts.ts';
import { addToTable, downgrade, place, typeOf, type SectionContext } from './section-context.ts';
import { isServiceAccount, serviceAccountRules } from './service-account-rules.ts';
import { snowflakeRules } from './snowflake-rules.ts';
import { sqlRules } from './sql-rules.ts';

const sqlTypes = ['sql', 'SQLConnection', 'streamlit.connections.SQLConnection'];
const snowflakeTypes = [
	'snowflake',
	'snowflake-callers-rights',
	'SnowflakeConnection',
	'SnowflakeCallersRightsConnection',
	'streamlit.connections.SnowflakeConnection'
];

/**
 * Returns the type a table's name or keys suggest, for a hint and a fix: a package's own
 * name (`gsheets`, `supabase`) first, then the keys, then a database name (`postgresql`).
 */
function guessType(name: string, section: PyDict): string | null {
	const named = typeFromName(name);
	if (named !== null && named.includes('.')) return named;
	if (section.map.has('url') || section.map.has('dialect')) return 'sql';
	if (section.map.has('account')) return 'snowflake';
	if (section.map.has('spreadsheet') || isServiceAccount(section))
		return 'streamlit_gsheets.GSheetsConnection';
	return named;
}

/** Returns the connection name a call resolves to (`env:VAR` through the exported root key). */
function callName(ctx: SectionContext, call: ConnectionCall): string | null {
	if (!call.name?.startsWith('env:')) return call.name;
	const v: PyValue | undefined = ctx.merged.map.get(call.name.slice(4));
	if (typeof v === 'string') return v;
	return typeof v === 'bigint' ? String(v) : null;
}

/** The problems with how `st.connection(name)` without `type=` finds the class. */
function typeRules(
	ctx: SectionContext,
	name: string,
	section: PyDict,
	calls: ConnectionCall[]
): Diagnostic[] {
	if (isFirstParty(name)) return [];
	const untyped = calls.some((c) => c.type === null);
	// Every call passes type=: the table's `type` is not used to pick the class.
	if (calls.length && !untyped) return [];
	// Without app code, a call may pass type=; say so as a warning.
	const severity: Severity | undefined = ctx.use === null ? 'warning' : undefined;
	const path = ['connections', name];
	const type = section.map.get('type');
	const call = `st.connection(${JSON.stringify(name)})`;
	if (type === undefined) {
		const at = place(ctx, path);
		const guess = guessType(name, section);
		const error = `KeyError: ${reprString(missingKeyText('type'))}`;
		const d = ruleDiagnostic(
			'connections/missing-type',
			{ name, error, guess },
			at.from,
			at.to,
			at.source,
			severity
		);
		// Offer the fix only when the table then passes that type's checks: otherwise adding
		// `type` would trade this problem for others (a missing `host`, an empty `account`).
		const kwargs = [...new Set(calls.flatMap((c) => c.kwargs))];
		const clean = guess !== null && builtInRules(ctx, name, section, kwargs, guess).length === 0;
		const fix = clean && addToTable(ctx, path, [`type = "${guess}"`], `Add \`type = "${guess}"\``);
		if (fix) d.fix = fix;
		return [d];
	}
	const at = place(ctx, [...path, 'type'], true);
	if (typeof type !== 'string') {
		const error = `TypeError: issubclass() arg 1 must be a class`;
		return [
			ruleDiagnostic(
				'connections/invalid-type',
				{ call, error },
				at.from,
				at.to,
				at.source,
				severity
			)
		];
	}
	if (type.includes('.') || isFirstParty(type)) return [];
	// st-gsheets-connection's documented layout: the key's own `type` and `type=` in the call.
	if (type === 'service_account' && ctx.use === null) return [];
	const error = `StreamlitAPIException: ${invalidConnectionText(type)}`;
	return [
		ruleDiagnostic('connections/invalid-type', { call, error }, at.from, at.to, at.source, severity)
	];
}

/** The checks of the built-in `sql` and `snowflake` (or `snowpark`) connections for `type`. */
function builtInRules(
	ctx: SectionContext,
	name: string,
	section: PyDict,
	kwargs: readonly string[],
	type: string
): Diagnostic[] {
	if (sqlTypes.includes(type)) return sqlRules(ctx, name, section, kwargs);
	if (snowflakeTypes.includes(type)) return snowflakeRules(ctx, name, section, kwargs);
	if (type !== 'snowpark') return [];
	const path = ['connections', name];
	const at = place(ctx, section.map.get('type') === 'snowpark' ? [...path, 'type'] : path);
	return [
		ruleDiagnostic('connections/snowpark-deprecated', { name }, at.from, at.to, at.source),
		...snowflakeRules(ctx, name, section, kwargs)
	];
}

function sectionRules(
	ctx: SectionContext,
	name: string,
	section: PyValue,
	calls: ConnectionCall[]
): Diagnostic[] {
	const path = ['connections', name];
	if (!(section instanceof PyDict)) {
		const at = place(ctx, path);
		return [
			ruleDiagnostic(
				'connections/not-a-table',
				{ name, type: typeOf(section) },
				at.from,
				at.to,
				at.source
			)
		];
	}
	const out = typeRules(ctx, name, section, calls);
	const sectionType = section.map.get('type');
	const type =
		calls.find((c) => c.type !== null)?.type ??
		(isFirstParty(name) ? name : typeof sectionType === 'string' ? sectionType : null);
	const kwargs = [...new Set(calls.flatMap((c) => c.kwargs))];
	if (type !== null) out.push(...builtInRules(ctx, name, section, kwargs, type));
	if (isServiceAccount(section)) out.push(...serviceAccountRules(ctx, path, section));
	return out;
}

/**
 * Checks every `[connections.NAME]` table as `st.connection` will read it: how
 * the class is found without `type=` (Streamlit's exceptions), then the keys
 * of the built-in `sql` and `snowflake` connections, and Google service-account
 * keys (in connections and in any other table). With apps, the calls' `type=`
 * and keyword arguments count, and a table no call uses is only warned about.
 */
export function connectionRules(ctx: SectionContext): Diagnostic[] {
	const out: Diagnostic[] = [];
	const connections = ctx.merged.map.get('connections');
	const calls = ctx.use?.connections ?? [];
	if (connections instanceof PyDict) {
		for (const [name, section] of connections.map) {
			const used = calls.filter((c) => callName(ctx, c) === name);
			const unused = ctx.use !== null && used.length === 0 && !ctx.use.anyConnection;
			out.push(...downgrade(sectionRules(ctx, name, section, used), unused));
		}
	}
	for (const [key, value] of ctx.merged.map)
		if (key !== 'connections' && value instanceof PyDict && isServiceAccount(value))
			out.push(...serviceAccountRules(ctx, [key], value));
	return out;
}
