import type { Diagnostic, Severity } from '../diagnostic.ts';
import { lineEnd } from '../diagnostics/line-offsets.ts';
import type { AppRead, ConnectionCall } from '../app/read-types.ts';
import type { SecretsLayout } from '../app/missing-keys.ts';
import { PyDict, typeName, type PyValue } from '../python/values.ts';
import type { SecretsSource } from '../streamlit/sources.ts';

/** What the apps do with the sections, when apps are checked. */
export interface AppUse {
	/** Providers passed to `st.login` (`default` for `st.login()`). */
	providers: string[];
	/** True when some `st.login` call's provider is computed. */
	anyProvider: boolean;
	/** The `st.connection` calls with a literal name. */
	connections: ConnectionCall[];
	/** True when some `st.connection` call's name is computed. */
	anyConnection: boolean;
}

/** What the section rules read. */
export interface SectionContext {
	/** The secrets sources, for {@link simulate}. */
	sources: readonly SecretsSource[];
	/** The merged secrets. */
	merged: PyDict;
	/** Where keys are written. */
	layout: SecretsLayout;
	/** `server.port`, which `{port}` in `redirect_uri` stands for. */
	port: number;
	/** What the apps do, or null when no app is checked. */
	use: AppUse | null;
}

/** Returns what the apps' reads do with `[auth]` and `[connections.*]`. */
export function appUse(reads: readonly AppRead[]): AppUse {
	const use: AppUse = { providers: [], anyProvider: false, connections: [], anyConnection: false };
	for (const r of reads) {
		if (r.kind === 'login' && r.provider) {
			if (!use.providers.includes(r.provider)) use.providers.push(r.provider);
		} else if (r.kind === 'connection' && r.connection) use.connections.push(r.connection);
		else if (r.kind === 'unknown' && r.of === 'login') use.anyProvider = true;
		else if (r.kind === 'unknown' && r.of === 'connection') use.anyConnection = true;
	}
	return use;
}

/** A place in a secrets source. */
export interface Place {
	/** The source index. */
	source: number;
	/** Start offset. */
	from: number;
	/** End offset. */
	to: number;
}

/** Returns where `path` (or its nearest written ancestor) is written; `value` for the value's range. */
export function place(ctx: SectionContext, path: readonly string[], value = false): Place {
	const source = ctx.layout.sourceOf.get(path[0]) ?? lastText(ctx);
	const locator = ctx.layout.outlines[source];
	for (let n = path.length; n >= 1; n--) {
		const where = locator?.get(path.slice(0, n));
		if (where) return { source, ...(value && n === path.length ? where.value : where.key) };
	}
	return { source, from: 0, to: 0 };
}

/** Returns the index of the last source with a text (where new keys go). */
export function lastText(ctx: SectionContext): number {
	for (let i = ctx.layout.texts.length - 1; i >= 0; i--) if (ctx.layout.texts[i] !== null) return i;
	return Math.max(0, ctx.layout.texts.length - 1);
}

/**
 * Returns a fix that adds `lines` (TOML `key = value` lines) right under the
 * `[header]` of `path`, or undefined when the table is not written as a header.
 */
export function addToTable(
	ctx: SectionContext,
	path: readonly string[],
	lines: string[],
	label: string
): Diagnostic['fix'] {
	const source = ctx.layout.sourceOf.get(path[0]);
	if (source === undefined) return undefined;
	const text = ctx.layout.texts[source];
	const where = ctx.layout.outlines[source]?.get(path);
	if (text === null || !where || where.kind !== 'table') return undefined;
	const nl = text.includes('\r\n') ? '\r\n' : '\n';
	const at = lineEnd(text, where.value.to);
	return { label, from: at, to: at, insert: lines.map((l) => nl + l).join('') };
}

/** Returns the value at `path` of a table, or undefined. */
export function valueAt(dict: PyValue | undefined, path: readonly string[]): PyValue | undefined {
	let cur = dict;
	for (const k of path) {
		if (!(cur instanceof PyDict)) return undefined;
		cur = cur.map.get(k);
	}
	return cur;
}

/** Returns a value's Python type name, `table` for tables. */
export function typeOf(v: PyValue): string {
	return v instanceof PyDict ? 'table' : typeName(v);
}

/** Lowers errors to warnings for a section no checked app uses. */
export function downgrade(list: Diagnostic[], unused: boolean): Diagnostic[] {
	if (!unused) return list;
	return list.map((d) => (d.severity === 'error' ? { ...d, severity: 'warning' as Severity } : d));
}
