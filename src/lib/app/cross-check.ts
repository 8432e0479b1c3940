import { ruleDiagnostic } from '../diagnostics/rule-messages.ts';
import { lineColumnIn, lineStarts as startsOf, type Diagnostic } from '../diagnostic.ts';
import type { PyDict } from '../python/values.ts';
import { simulate } from '../streamlit/simulate.ts';
import type { SecretsSource } from '../streamlit/sources.ts';
import { isExported } from '../streamlit/store.ts';
import type { AppRead } from './read-types.ts';
import { connectionFinding, loginFinding } from './call-findings.ts';
import { environFinding, secretFinding } from './key-findings.ts';
import { missingKeyDiagnostics, type MissingKey, type SecretsLayout } from './missing-keys.ts';
import { walk, type ReadFinding } from './read-finding.ts';
import { unreadSecrets, type UnreadSecret } from './unread.ts';

/** One app file to check, with its index in the report's sources. */
export interface AppFile {
	/** The path as given. */
	path: string;
	/** Its reads, from {@link readApp}. */
	reads: AppRead[];
	/** Its index in the report's sources. */
	source: number;
	/** Its text (for `file:line` references). */
	text: string;
}

/** What checking the apps against the secrets finds. */
export interface AppCheck {
	/** Every read with its status, in app order. */
	findings: ReadFinding[];
	/** Key paths no app reads (empty when the secrets do not load). */
	unread: UnreadSecret[];
	/** Diagnostics in app files and in secrets sources, each with its `source`. */
	diagnostics: Diagnostic[];
}

const lineStarts = new WeakMap<AppFile, number[]>();

/** Returns the 1-based line of an offset in an app file (line starts computed once per file). */
function lineOf(app: AppFile, offset: number): number {
	let starts = lineStarts.get(app);
	if (!starts) lineStarts.set(app, (starts = startsOf(app.text)));
	return lineColumnIn(starts, app.text.length, offset).line;
}

/**
 * Checks every read of the apps against the secrets: evaluates it with
 * {@link simulate} for Streamlit's exact exception, decides whether the app
 * handles it, places a diagnostic at the read and, for a missing key, one
 * where the key belongs in the secrets (with a fix), and lists the keys no
 * app reads. `st.connection` and `st.login` reads are checked here for what
 * fails at the call; their sections are checked by the section rules.
 */
export function checkApps(
	sources: readonly SecretsSource[],
	merged: PyDict | null,
	layout: SecretsLayout,
	apps: readonly AppFile[]
): AppCheck {
	const all = apps.flatMap((app) => app.reads.map((read) => ({ app, read })));
	const access: string[] = [];
	const index = new Map<AppRead, number>();
	const providers = new Set<string>();
	for (const { read } of all) {
		if (read.kind === 'secret' || read.kind === 'to_dict' || read.kind === 'environ') {
			index.set(read, access.length);
			access.push(read.expr);
		} else if (
			read.kind === 'connection' &&
			read.connection?.name &&
			!read.connection.name.startsWith('env:')
		) {
			index.set(read, access.length);
			access.push(`st.secrets["connections"][${JSON.stringify(read.connection.name)}]["type"]`);
		} else if (read.kind === 'login' && read.provider) providers.add(read.provider);
	}
	const simulation = simulate(sources, { access, auth: [...providers] });
	const diagnostics: Diagnostic[] = [];
	const missing: MissingKey[] = [];
	const readPaths = new Set<string>();
	for (const { read } of all)
		if (read.kind === 'secret' || read.kind === 'to_dict') readPaths.add(read.path.join('\0'));
		else if (read.kind === 'environ') readPaths.add(String(read.path[0]));
	const findings = all.map(({ app, read }) => {
		const at = `${app.path}:${lineOf(app, read.from)}`;
		const context = { app, read, at, merged, layout, simulation, diagnostics, missing, readPaths };
		const outcome = index.has(read) ? simulation.accesses[index.get(read)!] : undefined;
		switch (read.kind) {
			case 'unknown':
				diagnostics.push(
					ruleDiagnostic('app/computed-key', { text: read.text }, read.from, read.to, app.source)
				);
				return { read, source: app.source, status: 'unknown' } satisfies ReadFinding;
			case 'environ':
				return environFinding(context, outcome);
			case 'connection':
				return connectionFinding(context, outcome);
			case 'login':
				return loginFinding(context);
			default:
				return secretFinding(context, outcome);
		}
	});
	diagnostics.push(...missingKeyDiagnostics(missing, layout));
	const unread = merged
		? unreadSecrets(
				merged,
				layout.sourceOf,
				all.map((a) => a.read)
			)
		: [];
	for (const u of unread) {
		const where = layout.outlines[u.source]?.get(u.path)?.key ?? { from: 0, to: 0 };
		const value = merged ? walk(merged, u.path).value : undefined;
		const exported = u.path.length === 1 && value !== undefined && isExported(value);
		diagnostics.push(
			ruleDiagnostic(
				'app/unread-secret',
				{ path: u.path.join('.'), exported },
				where.from,
				where.to,
				u.source
			)
		);
	}
	return { findings, unread, diagnostics };
}
