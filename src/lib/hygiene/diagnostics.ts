import { KeyLocator } from '../toml/key-locator.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { PyDict, type PyValue } from '../python/values.ts';
import { quoteTomlString } from '../toml/strings.ts';
import { detectSecrets, mayHoldSecret, type Finding } from './detect.ts';
import { hygieneDiagnostic, type WhitespaceSide } from './messages.ts';
import {
	findPlaceholder,
	hasPrintableEnds,
	holdsPlaceholder,
	type Placeholder
} from './placeholders.ts';

/** Options for {@link hygieneDiagnostics}. */
export interface HygieneOptions {
	/** The file's path, named in the git reminder; defaults to `.streamlit/secrets.toml`. */
	path?: string;
	/** Where the text's keys are written; built from the text when not given. */
	locator?: KeyLocator;
	/** Whether to add the `hygiene/keep-out-of-git` reminder; defaults to true. */
	gitReminder?: boolean;
}

/** One step of a key path, linked to the step before it (paths are built only when needed). */
interface Step {
	/** The key, or the index of an array element. */
	name: string;
	/** True for an array element. */
	inArray: boolean;
	/** The nearest enclosing key that is not an array index. */
	key: string;
	parent: Step | null;
	/** How many steps lead here. */
	depth: number;
}

/** Containers nested deeper than this are not searched (no real secrets file comes close). */
const maxDepth = 500;

/**
 * Calls `f` for every string in `root`, depth-first in order, with the step of its
 * container and its own key or index. Steps are made only for containers.
 */
function forEachString(
	root: PyDict,
	f: (value: string, parent: Step | null, name: string | number, inArray: boolean) => void
): void {
	const visit = (value: PyValue, parent: Step | null, name: string | number, inArray: boolean) => {
		if (typeof value === 'string') f(value, parent, name, inArray);
		else if (value instanceof PyDict || Array.isArray(value)) {
			const depth = parent === null ? 1 : parent.depth + 1;
			if (depth > maxDepth) return;
			const key = inArray ? (parent?.key ?? '') : (name as string);
			const step: Step = { name: String(name), inArray, key, parent, depth };
			if (value instanceof PyDict) value.map.forEach((v, k) => visit(v, step, k, false));
			else value.forEach((v, i) => visit(v, step, i, true));
		}
	};
	root.map.forEach((v, k) => visit(v, null, k, false));
}

/** The path of `name` under `parent`, and which of its steps are array indexes. */
function pathOf(
	parent: Step | null,
	name: string | number,
	inArray: boolean
): { path: string[]; inArray: boolean[] } {
	const path = [String(name)];
	const flags = [inArray];
	for (let s = parent; s; s = s.parent) {
		path.unshift(s.name);
		flags.unshift(s.inArray);
	}
	return { path, inArray: flags };
}

export interface Located {
	from: number;
	to: number;
	/** True when the range is the string itself, not an array or table around it. */
	exact: boolean;
}

function locate(locator: KeyLocator, path: readonly string[]): Located {
	for (let n = path.length; n > 0; n--) {
		const entry = locator.get(path.slice(0, n));
		if (entry) return { ...entry.value, exact: n === path.length && entry.kind === 'value' };
	}
	return { from: 0, to: 0, exact: false };
}

/** True for a key written bare: letters, digits, `_` and `-` only. */
function isBare(key: string): boolean {
	if (key.length === 0) return false;
	for (let i = 0; i < key.length; i++) {
		const c = key.charCodeAt(i);
		const letter = (c | 32) >= 97 && (c | 32) <= 122;
		if (!letter && !(c >= 48 && c <= 57) && c !== 95 && c !== 45) return false;
	}
	return true;
}

/** The path as shown in messages: `db.hosts[0]`, `"a.b".c`. */
export function displayPath(path: readonly string[], inArray: readonly boolean[]): string {
	let out = '';
	for (let i = 0; i < path.length; i++) {
		const k = path[i];
		if (inArray[i]) out += '[' + k + ']';
		else {
			if (i) out += '.';
			out += isBare(k) ? k : JSON.stringify(k);
		}
	}
	return out;
}

/**
 * Returns the {@link displayPath} of key `key` of a table whose own display path is
 * `table`, and of element `index` of its value when given: the same text, without
 * walking the table's path again.
 */
export function displayChild(table: string, key: string, index?: number): string {
	const step = isBare(key) ? key : JSON.stringify(key);
	const path = table ? table + '.' + step : step;
	return index === undefined ? path : path + '[' + index + ']';
}

/** Where `value` has whitespace the app will get, or null; a PEM-style final line break is fine. */
function whitespaceSide(value: string): WhitespaceSide | null {
	if (hasPrintableEnds(value)) return null;
	const body = value.endsWith('\n') && value.trimEnd().includes('\n') ? value.slice(0, -1) : value;
	const leading = /^\s/.test(body);
	const trailing = /\s$/.test(body);
	return leading && trailing ? 'both' : leading ? 'leading' : trailing ? 'trailing' : null;
}

/** What one string value holds that is worth a warning (see {@link inspectValue}). */
export interface ValueFindings {
	placeholder: Placeholder | null;
	side: WhitespaceSide | null;
	/** The first real-looking credential, when there is no placeholder. */
	finding: Finding | undefined;
}

/**
 * Returns what is worth a warning in one string value, or null when nothing is (most
 * values, found without allocating). `key` is the nearest key above it.
 */
export function inspectValue(value: string, key: string): ValueFindings | null {
	const placeholder = findPlaceholder(value, key);
	const side = whitespaceSide(value);
	const finding =
		placeholder || !mayHoldSecret(value) ? undefined : detectSecrets(value, { key })[0];
	if (!placeholder && !side && !finding) return null;
	return { placeholder, side, finding };
}

/**
 * Whether {@link inspectValue} finds anything in `value`, without building what it
 * finds: the test a reader runs on every string value it reads.
 */
export function mayWarn(value: string, key: string): boolean {
	if (holdsPlaceholder(value, key) || whitespaceSide(value) !== null) return true;
	return mayHoldSecret(value) && detectSecrets(value, { key }).length > 0;
}

/** Adds the diagnostics of what {@link inspectValue} found in `value` to `out`. */
export function addValueDiagnostics(
	out: Diagnostic[],
	text: string,
	value: string,
	found: ValueFindings,
	shown: string,
	at: Located
): void {
	const { placeholder, side, finding } = found;
	if (placeholder)
		out.push(
			hygieneDiagnostic(
				'hygiene/placeholder-value',
				{ path: shown, text: placeholder.text, kind: placeholder.kind },
				at.from,
				at.to
			)
		);
	if (side) {
		const d = hygieneDiagnostic(
			'hygiene/surrounding-whitespace',
			{ path: shown, side },
			at.from,
			at.to
		);
		const written = text.slice(at.from, at.to);
		const trimmed = value.trim();
		if (at.exact && /^(["'])(?!\1\1)/.test(written) && !trimmed.startsWith('"'))
			d.fix = {
				label: 'Remove the whitespace',
				from: at.from,
				to: at.to,
				insert: quoteTomlString(trimmed)
			};
		out.push(d);
	}
	if (finding)
		out.push(
			hygieneDiagnostic(
				'hygiene/real-credential',
				{ path: shown, label: finding.label },
				at.from,
				at.to
			)
		);
}

/** The git reminder, when asked for. */
export function gitReminder(options: HygieneOptions): Diagnostic[] {
	if (!(options.gitReminder ?? true)) return [];
	return [
		hygieneDiagnostic(
			'hygiene/keep-out-of-git',
			{ path: options.path ?? '.streamlit/secrets.toml' },
			0,
			0
		)
	];
}

/**
 * Returns the hygiene diagnostics of one secrets file: `hygiene/placeholder-value` for
 * values still holding a placeholder (`your-password`, `xxx`, `changeme`, `${VAR}`),
 * `hygiene/surrounding-whitespace` for strings with spaces or line breaks at either end
 * (with a fix when the value is a one-line string), `hygiene/real-credential` for
 * values that look like real credentials (see {@link detectSecrets}), each on the value
 * as written in `text`; and one `hygiene/keep-out-of-git` reminder at 0–0. `secrets` is
 * what Streamlit's parser read from `text`. Never throws.
 */
export function hygieneDiagnostics(
	text: string,
	secrets: PyDict,
	options: HygieneOptions = {}
): Diagnostic[] {
	const locator = options.locator ?? new KeyLocator(text);
	const out = gitReminder(options);
	forEachString(secrets, (value, parent, name, inArray) => {
		const key = inArray ? (parent?.key ?? '') : (name as string);
		const found = inspectValue(value, key);
		if (!found) return;
		const { path, inArray: inArrays } = pathOf(parent, name, inArray);
		addValueDiagnostics(
			out,
			text,
			value,
			found,
			displayPath(path, inArrays),
			locate(locator, path)
		);
	});
	return out;
}
