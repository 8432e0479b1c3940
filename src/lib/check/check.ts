import { sortDiagnostics, withSource, type Diagnostic } from '../diagnostic.ts';
import { PyException } from '../python/exceptions.ts';
import { PyDict, typeName } from '../python/values.ts';
import type { EnvAssignment } from '../streamlit/environ.ts';
import type { SecretsSource } from '../streamlit/sources.ts';
import type { ParsedFiles } from '../streamlit/load.ts';
import { isExported, SecretsStore } from '../streamlit/store.ts';
import { decodeUtf8 } from '../toml/decode.ts';
import { listEntries, type Outlines, type SecretEntry } from '../streamlit/secret-entries.ts';
import { secretsAttributes, tableAttributes } from '../streamlit/identifiers.ts';
import { streamlitDiagnostic } from '../diagnostics/streamlit-messages.ts';
import { checkTomlSource } from './source-check.ts';
import { readApp } from '../app/read-app.ts';
import { checkApps, type AppFile } from '../app/cross-check.ts';
import type { ReadFinding } from '../app/read-finding.ts';
import type { UnreadSecret } from '../app/unread.ts';
import type { SecretsLayout } from '../app/missing-keys.ts';
import { defaultServerPort } from '../streamlit/auth.ts';
import { authRules } from '../rules/auth-rules.ts';
import { connectionRules } from '../rules/connection-rules.ts';
import { keyRules } from '../rules/key-rules.ts';
import { appUse } from '../rules/section-context.ts';
import { addHygiene, type HygieneSource } from './hygiene-check.ts';
import { mayWarn } from '../hygiene/diagnostics.ts';
import type { RecoveredSource } from './recovered-source.ts';
import { markAfterLoad, recoverLoad } from './recovered-load.ts';

/** What was checked for one source. */
export interface SourceReport {
	/** The path as given. */
	path: string;
	/** What the path holds: a secrets file, directory or nothing, or a Python app file. */
	kind: 'file' | 'directory' | 'missing' | 'app';
	/** The decoded text of a file (original line endings), or null. */
	text: string | null;
	/** Diagnostics located in `text` (or at 0 for directories). */
	diagnostics: Diagnostic[];
}

/** A root key Streamlit does not export to `os.environ`, and why. */
export interface SkippedVariable {
	/** The root key. */
	key: string;
	/** Python type of its value (only str, int and float are exported). */
	type: string;
	/** Index of the source that defines it. */
	source: number;
}

/** One variable Streamlit exports, with the source it comes from. */
export interface ExportedVariable extends EnvAssignment {
	/** Index of the source that defines the key. */
	source: number;
}

/** Everything the playground and `check` show for a set of sources. */
export interface CheckReport {
	/** Per-source results, in precedence order. */
	sources: SourceReport[];
	/** All diagnostics, each with its `source` index, sorted. */
	diagnostics: Diagnostic[];
	/** Whether `st.secrets` loads, or the exception every access raises. */
	load: { ok: true } | { ok: false; type: string; message: string };
	/** The merged secrets after a successful load (list them with {@link listSecrets}). */
	merged: PyDict | null;
	/** For each root key, the index of the source whose value Streamlit keeps. */
	sourceOf: Map<string, number>;
	/** Where each source's key paths are written, when its TOML could be outlined. */
	outlines: Outlines;
	/** The `os.environ` writes of a successful load, in order. */
	environment: ExportedVariable[];
	/** Root keys that are not exported. */
	skipped: SkippedVariable[];
	/** Every read of the checked apps with what it does at run time, in source order (empty without apps). */
	reads: ReadFinding[];
	/** Key paths of the merged secrets that no checked app reads (empty without apps). */
	unread: UnreadSecret[];
}

/** A Python file of the app (the main script, a page, a helper module). */
export interface AppSource {
	/** The path as given (shown in diagnostics). */
	path: string;
	/** The file's text. */
	text: string;
}

/** Options for {@link check}. */
export interface CheckOptions {
	/**
	 * Python app files whose reads are checked against the secrets. Each becomes a
	 * report source of kind `app`, after the secrets sources.
	 */
	apps?: readonly AppSource[];
	/** `server.port`, for `{port}` and the port of a local `redirect_uri` (default 8501). */
	port?: number;
	/**
	 * Whether to check `[auth]` and `[connections.*]` as `st.login` and
	 * `st.connection` will. Defaults to true.
	 */
	sections?: boolean;
	/**
	 * Whether to add the `hygiene/…` diagnostics to each TOML file: placeholders left in,
	 * whitespace around values, real-looking credentials (warnings and infos, never errors),
	 * and one reminder to keep the project file out of git. Defaults to true.
	 */
	hygiene?: boolean;
	/**
	 * The home directory, so that `<home>/.streamlit/secrets.toml` counts as the global file,
	 * which gets no git reminder (`~/.streamlit/secrets.toml` always does).
	 */
	home?: string;
}

/** Keeps no string value for a later look (no hygiene pass follows). */
const keepNone = () => false;

/** Common variables that a root key would silently replace for the whole process. */
const sensitiveVariables = new Set([
	'PATH',
	'HOME',
	'USER',
	'SHELL',
	'LANG',
	'PWD',
	'TMPDIR',
	'TEMP',
	'TMP',
	'PYTHONPATH',
	'PYTHONHOME',
	'LD_LIBRARY_PATH',
	'LD_PRELOAD',
	'PORT',
	'HOSTNAME',
	'TZ',
	'SSL_CERT_FILE',
	'REQUESTS_CA_BUNDLE',
	'HTTP_PROXY',
	'HTTPS_PROXY',
	'NO_PROXY',
	'VIRTUAL_ENV',
	'CONDA_PREFIX'
]);

function decodeSource(source: SecretsSource): { text: string | null; diagnostics: Diagnostic[] } {
	const node = source.node;
	if (node.kind !== 'file') return { text: null, diagnostics: [] };
	if (node.text !== undefined) return { text: node.text, diagnostics: [] };
	const decoded = decodeUtf8(node.bytes ?? new Uint8Array());
	if (decoded.error === undefined) return { text: decoded.text, diagnostics: [] };
	const d = decoded.error.diagnostic;
	return {
		text: decoded.error.replaced,
		diagnostics: [
			d,
			streamlitDiagnostic(
				'streamlit/unicode-decode-error',
				{ error: decoded.error.pythonMessage },
				d.from,
				d.to
			)
		]
	};
}

function keyRange(
	outlines: Outlines,
	source: number,
	path: string[]
): { from: number; to: number } {
	const where = outlines[source]?.get(path);
	return where ? where.key : { from: 0, to: 0 };
}

/**
 * Checks secrets sources the way the playground and `st-secrets check` do: each
 * file against TOML 1.1 and against Streamlit's own parser, then the merged
 * result as Streamlit loads it (merge, `os.environ` export, attribute names).
 * Sources are in `secrets.files` order. With `options.apps`, also reads the
 * apps' Python code, checks every secret read against the merged secrets
 * (`reads`, `unread`, `app/…` diagnostics in both kinds of file) and checks
 * `[auth]` and `[connections.*]` as `st.login` and `st.connection` will
 * (`auth/…`, `connections/…`, also without apps unless `options.sections` is
 * false), and adds `hygiene/…` warnings on each TOML file's values (unless
 * `options.hygiene` is false). Never throws on what the sources or apps hold.
 *
 * @example
 * const report = check([{ path: '.streamlit/secrets.toml', node: { kind: 'file', text: 'a = 1' } }])
 * listSecrets(report)[0].bracket // 'st.secrets["a"]'
 */
export function check(sources: readonly SecretsSource[], options: CheckOptions = {}): CheckReport {
	const reports: SourceReport[] = [];
	const outlines: Outlines = [];
	const rootKeys: (PyDict | null)[] = [];
	const parsed: ParsedFiles = new WeakMap();
	const tomlFiles: HygieneSource[] = [];
	const recovered: (RecoveredSource | undefined)[] = [];
	const hygiene = options.hygiene ?? true;
	// The reader keeps the values the hygiene pass will look at, while it reads them.
	const keep = hygiene ? mayWarn : keepNone;
	sources.forEach((source, index) => {
		const { text, diagnostics } = decodeSource(source);
		const report: SourceReport = { path: source.path, kind: source.node.kind, text, diagnostics };
		outlines.push(null);
		rootKeys.push(null);
		if (text !== null && source.path.endsWith('.toml') && diagnostics.length === 0) {
			const checked = checkTomlSource(text, source.path, keep);
			report.diagnostics.push(...checked.diagnostics);
			outlines[index] = checked.outline;
			parsed.set(source.node, checked.legacy);
			if (checked.legacy.ok) rootKeys[index] = checked.legacy.value;
			recovered[index] = checked.recovered;
			// A file Streamlit cannot parse is still checked for hygiene, on the rest of it.
			const rest = checked.legacy.ok ? undefined : checked.recovered;
			tomlFiles.push({
				...report,
				text,
				secrets: rest?.secrets ?? rootKeys[index],
				outline: rest?.outline ?? checked.outline,
				plain: checked.plain
			});
		}
		reports.push(report);
	});

	const store = new SecretsStore(sources, undefined, parsed);
	let load: CheckReport['load'] = { ok: true };
	let merged: PyDict | null = null;
	try {
		const value = store.parse();
		merged = value instanceof PyDict ? value : null;
	} catch (e) {
		if (!(e instanceof PyException)) throw e;
		load = { ok: false, type: e.type, message: e.text };
	}

	const sourceOf = new Map<string, number>();
	rootKeys.forEach((dict, i) => dict?.map.forEach((_v, k) => sourceOf.set(k, i)));
	sources.forEach((s, i) => {
		if (s.node.kind === 'directory') for (const e of s.node.entries) sourceOf.set(e.name, i);
	});
	addMergeDiagnostics(reports, sources, rootKeys, outlines, load, store);

	const environment: ExportedVariable[] = [];
	const skipped: SkippedVariable[] = [];
	if (merged) {
		for (const a of store.environ.log)
			if (typeof a.key === 'string' && typeof a.value === 'string')
				environment.push({ key: a.key, value: a.value, source: sourceOf.get(a.key) ?? 0 });
		for (const [k, v] of merged.map) {
			if (!isExported(v)) skipped.push({ key: k, type: typeName(v), source: sourceOf.get(k) ?? 0 });
		}
		addNameDiagnostics(reports, merged, sourceOf, outlines);
	}
	const texts = reports.map((r) => r.text);
	const layout: SecretsLayout = { texts, outlines, sourceOf };
	// Streamlit stops at the first parse error; the rest of each failing file is still checked
	// for what the app will meet once it loads, and says so.
	const rest = load.ok ? null : recoverLoad(sources, parsed, recovered, outlines);
	let sections: Sections | null = merged ? { sources, merged, layout } : null;
	if (rest) {
		const found = reports.map(() => ({ diagnostics: [] as Diagnostic[] }));
		addNameDiagnostics(found, rest.merged, rest.sourceOf, rest.outlines);
		found.forEach((f, i) => reports[i].diagnostics.push(...f.diagnostics.map(markAfterLoad)));
		const restLayout = { texts, outlines: rest.outlines, sourceOf: rest.sourceOf };
		sections = { sources: rest.sources, merged: rest.merged, layout: restLayout, after: true };
	}
	const { reads, unread } = addAppDiagnostics(reports, sources, merged, layout, sections, options);
	if (hygiene) addHygiene(tomlFiles, options.home);
	const all: Diagnostic[] = [];
	// Each source's list sorted, in source order, is the whole list sorted (the sort is stable).
	reports.forEach((r, i) => {
		for (const d of sortDiagnostics(r.diagnostics)) all.push(withSource(d, i));
	});
	return {
		sources: reports,
		diagnostics: all,
		load,
		merged,
		sourceOf,
		outlines,
		environment,
		skipped,
		reads,
		unread
	};
}

/** What `[auth]` and `[connections.*]` are checked on. */
interface Sections {
	/** The sources as Streamlit loads them. */
	sources: readonly SecretsSource[];
	/** Their merged secrets. */
	merged: PyDict;
	/** Where their keys are written. */
	layout: SecretsLayout;
	/** True for the rest of files that do not load yet ({@link markAfterLoad}). */
	after?: boolean;
}

/** Adds the apps as report sources, checks their reads and the sections; returns the findings. */
function addAppDiagnostics(
	reports: SourceReport[],
	sources: readonly SecretsSource[],
	merged: PyDict | null,
	layout: SecretsLayout,
	sections: Sections | null,
	options: CheckOptions
): { reads: ReadFinding[]; unread: UnreadSecret[] } {
	const apps: AppFile[] = (options.apps ?? []).map((app) => {
		reports.push({ path: app.path, kind: 'app', text: app.text, diagnostics: [] });
		return { path: app.path, text: app.text, source: reports.length - 1, reads: readApp(app.text) };
	});
	const found: Diagnostic[] = [];
	let result: { reads: ReadFinding[]; unread: UnreadSecret[] } = { reads: [], unread: [] };
	if (options.apps !== undefined) {
		const checked = checkApps(sources, merged, layout, apps);
		found.push(...checked.diagnostics);
		result = { reads: checked.findings, unread: checked.unread };
	}
	if (sections && (options.sections ?? true)) {
		const use = options.apps !== undefined ? appUse(apps.flatMap((a) => a.reads)) : null;
		const port = options.port ?? defaultServerPort;
		const context = { ...sections, port, use };
		const rules = [...authRules(context), ...connectionRules(context), ...keyRules(context)];
		found.push(...(sections.after ? rules.map(markAfterLoad) : rules));
	}
	for (const { source, ...d } of found) reports[source ?? 0]?.diagnostics.push(d);
	return result;
}

function addMergeDiagnostics(
	reports: SourceReport[],
	sources: readonly SecretsSource[],
	rootKeys: (PyDict | null)[],
	outlines: Outlines,
	load: CheckReport['load'],
	store: SecretsStore
): void {
	if (!load.ok) {
		if (load.message.startsWith('No secrets found')) {
			const target = Math.max(0, reports.length - 1);
			if (reports.length)
				reports[target].diagnostics.push(
					streamlitDiagnostic('streamlit/no-secrets', { error: load.message }, 0, 0)
				);
		} else if (store.environ.log.some((a) => a.error && typeof a.key === 'string')) {
			const failed = store.environ.log.find((a) => a.error)! as { key: string; error: string };
			let index = rootKeys.length - 1;
			while (index >= 0 && !rootKeys[index]?.map.has(failed.key)) index--;
			if (index >= 0) {
				const r = keyRange(outlines, index, [failed.key]);
				reports[index].diagnostics.push(
					streamlitDiagnostic(
						'streamlit/env-illegal-name',
						{ key: failed.key, error: failed.error ?? '' },
						r.from,
						r.to
					)
				);
			}
		} else if (sources.some((s) => s.node.kind !== 'file' && !s.path.endsWith('.toml'))) {
			const index = sources.findIndex((s) => s.node.kind !== 'file' && !s.path.endsWith('.toml'));
			const already = reports[index].diagnostics.length > 0;
			if (!already)
				reports[index].diagnostics.push(
					streamlitDiagnostic(
						'streamlit/source-error',
						{ type: load.type, error: load.message },
						0,
						0
					)
				);
		}
	}
	// A later source replaces a root key as a whole (dict.update is shallow).
	for (let later = 1; later < rootKeys.length; later++) {
		const dict = rootKeys[later];
		if (!dict) continue;
		for (const [k, v] of dict.map) {
			for (let earlier = 0; earlier < later; earlier++) {
				const prev = rootKeys[earlier]?.map.get(k);
				if (prev === undefined || !(prev instanceof PyDict || v instanceof PyDict)) continue;
				const r = keyRange(outlines, earlier, [k]);
				reports[earlier].diagnostics.push(
					streamlitDiagnostic(
						'streamlit/replaced-by-later-source',
						{ key: k, by: sources[later].path },
						r.from,
						r.to
					)
				);
			}
		}
	}
}

/** A key on the way down the merged secrets, linked to the one above it. */
interface KeyStep {
	key: string;
	up: KeyStep | null;
	depth: number;
}

function pathTo(step: KeyStep | null, key: string): string[] {
	const path = [key];
	for (let s = step; s; s = s.up) path.unshift(s.key);
	return path;
}

function addNameDiagnostics(
	reports: { diagnostics: Diagnostic[] }[],
	merged: PyDict,
	sourceOf: Map<string, number>,
	outlines: Outlines
): void {
	const visit = (dict: PyDict, step: KeyStep | null, source: number) => {
		const root = step === null;
		dict.map.forEach((v, k) => {
			const here = root ? (sourceOf.get(k) ?? 0) : source;
			const qualname = (root ? secretsAttributes : tableAttributes).get(k);
			if (qualname && reports[here]) {
				const r = keyRange(outlines, here, pathTo(step, k));
				reports[here].diagnostics.push(
					streamlitDiagnostic('streamlit/shadowed-by-method', { key: k, qualname }, r.from, r.to)
				);
			}
			if (root && isExported(v) && sensitiveVariables.has(k) && reports[here]) {
				const r = keyRange(outlines, here, [k]);
				reports[here].diagnostics.push(
					streamlitDiagnostic('streamlit/env-overrides-variable', { key: k }, r.from, r.to)
				);
			}
			const depth = step ? step.depth + 1 : 1;
			if (v instanceof PyDict && depth <= 32) visit(v, { key: k, up: step, depth }, here);
		});
	};
	visit(merged, null, 0);
}

/**
 * Returns every path an app can read from a checked set of sources (empty when
 * loading fails), depth-first in merged order, at most `limit` of them. Kept
 * apart from {@link check} because a view usually needs only the rows it shows.
 */
export function listSecrets(report: CheckReport, limit = 100_000): SecretEntry[] {
	return report.merged ? listEntries(report.merged, report.sourceOf, report.outlines, limit) : [];
}
