import type { Diagnostic } from '../diagnostic.ts';
import { parseLegacyToml, type LegacyOutcome } from '../legacy-toml/index.ts';
import { formatWithoutArguments } from '../python/format.ts';
import { PyException } from '../python/exceptions.ts';
import { pyRepr, reprLimited } from '../python/repr.ts';
import { PyDict, type PyValue } from '../python/values.ts';
import { universalNewlines } from '../streamlit/sources.ts';
import { parseErrorText } from '../streamlit/texts.ts';
import { KeyLocator } from '../toml/key-locator.ts';
import { parseToml } from '../toml/parse.ts';
import { diffValues } from './compare.ts';
import { readPlainTomlWithPositions } from '../plain-toml/read.ts';
import type { PlainPositions, TextFilter } from '../plain-toml/positions.ts';
import {
	lastLineStart,
	lineRange,
	lineStart,
	originalOffset
} from '../diagnostics/line-offsets.ts';
import { legacyHint } from '../diagnostics/legacy-hints.ts';
import { streamlitDiagnostic } from '../diagnostics/streamlit-messages.ts';
import { recoverSource, type RecoveredSource } from './recovered-source.ts';

/** What checking one TOML text finds. */
export interface TomlSourceCheck {
	/** Diagnostics in the text's own offsets. */
	diagnostics: Diagnostic[];
	/** What Streamlit's parser makes of the text. */
	legacy: LegacyOutcome;
	/** Key paths and where they are written, when the text is valid TOML. */
	outline: KeyLocator | null;
	/** The positions the plain reader recorded, when the text is plain TOML. */
	plain?: PlainPositions;
	/**
	 * When the text is not valid TOML or Streamlit cannot read it: the rest of it without the
	 * statements that fail, for the checks that look past the first error.
	 */
	recovered?: RecoveredSource;
}

/** Said on Streamlit's verdict: the other problems listed come from looking past it. */
const firstErrorOnly =
	'its parser stops at this first error, so Streamlit reports the problems after it only once it is fixed';

function legacyFailure(
	text: string,
	path: string,
	legacy: Extract<LegacyOutcome, { ok: false }>,
	fallback: number
): Diagnostic {
	const { type, text: error, decode } = legacy.error;
	const { from, to } = lineRange(text, decode ? originalOffset(text, decode.from) : fallback);
	if (type !== 'TomlDecodeError' && type !== 'TypeError')
		return streamlitDiagnostic('streamlit/parser-crash', { type, error }, from, to);
	try {
		formatWithoutArguments(parseErrorText(path, error));
	} catch (e) {
		if (e instanceof PyException)
			return streamlitDiagnostic(
				'streamlit/error-message-crash',
				{ type: e.type, error: e.text, reason: decode?.msg ?? error, path },
				from,
				to
			);
		throw e;
	}
	const d = streamlitDiagnostic('streamlit/parse-error', { error }, from, to);
	const advice = decode ? legacyHint(decode.msg) : undefined;
	d.hint = `${advice ?? d.hint}; ${firstErrorOnly}`;
	return d;
}

const keyLine = /^[ \t]*([A-Za-z0-9_-]+)[ \t]*=/;
const headerLine = /^[ \t]*\[([A-Za-z0-9_. -]+)\][ \t]*(#.*)?$/;

/**
 * For a line Streamlit accepts but TOML does not, returns the simple `key` on
 * it and the repr of what Streamlit stores there (under the nearest plain
 * `[table]` header above), when that can be told.
 */
function readAtLine(text: string, at: number, legacy: PyDict): { key?: string; value?: string } {
	const start = lineStart(text, at);
	const m = keyLine.exec(text.slice(start, start + 200));
	if (!m) return {};
	const lines = text.slice(0, start).split(/\r\n|\r|\n/);
	let table: string[] = [];
	for (let i = lines.length - 1; i >= 0; i--) {
		const h = headerLine.exec(lines[i]);
		if (h) {
			table = h[1].split('.').map((s) => s.trim());
			break;
		}
	}
	let node: PyValue | undefined = legacy;
	for (const k of [...table, m[1]]) node = node instanceof PyDict ? node.map.get(k) : undefined;
	if (node === undefined) return {};
	return { key: [...table, m[1]].join('.'), value: reprLimited(node, 200) };
}

function firstKeyEnd(text: string): number {
	const m = /^\ufeff[^\s=]*/.exec(text);
	return m ? m[0].length : 1;
}

/**
 * Checks one secrets TOML text (already decoded, original line endings): TOML
 * 1.1 validity, what Streamlit's `toml` 0.10.2 reads instead, and where the two
 * disagree. `path` is the path Streamlit would print. A plain text's positions keep
 * the string values `keep` picks (see {@link readPlainTomlWithPositions}).
 */
export function checkTomlSource(text: string, path: string, keep?: TextFilter): TomlSourceCheck {
	const plain = readPlainTomlWithPositions(text, keep);
	if (plain !== null) {
		const outline = new KeyLocator(text, () => plain.positions);
		return {
			diagnostics: [],
			legacy: { ok: true, value: plain.value },
			outline,
			plain: plain.positions
		};
	}
	return checkTomlSourceFully(text, path);
}

/**
 * Returns the diagnostics for where Streamlit's parser reads a value or key differently from
 * TOML, located with `outline`.
 */
function differences(
	toml: Record<string, unknown>,
	legacy: PyDict,
	outline: KeyLocator | null
): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const d of diffValues(toml, legacy)) {
		const where = outline?.get(d.path);
		const from = where ? (d.streamlitKey !== undefined ? where.key.from : where.value.from) : 0;
		const to = where ? (d.streamlitKey !== undefined ? where.key.to : where.value.to) : 0;
		const shown = d.path.join('.');
		if (d.streamlitKey !== undefined) {
			if (d.streamlitKey.startsWith('\ufeff')) continue;
			out.push(
				streamlitDiagnostic(
					'streamlit/key-differs',
					{ path: shown, streamlit: d.streamlitKey },
					from,
					to
				)
			);
		} else {
			const streamlit = d.streamlit === undefined ? '(missing)' : pyRepr(d.streamlit);
			out.push(
				streamlitDiagnostic(
					'streamlit/value-differs',
					{ path: shown, streamlit, toml: pyRepr(d.toml) },
					from,
					to
				)
			);
		}
	}
	return out;
}

/** The differences of the two parsers in the rest of a recovered file. */
function recoveredDifferences(recovered: RecoveredSource | undefined): Diagnostic[] {
	if (!recovered?.toml) return [];
	return differences(recovered.toml, recovered.secrets, recovered.outline);
}

/**
 * {@link checkTomlSource} with both full parsers, also for text in the plain subset. A text
 * that fails gets every problem found past the first error ({@link recoverSource}); Streamlit's
 * own verdict stays the first error of its parser.
 */
export function checkTomlSourceFully(text: string, path: string): TomlSourceCheck {
	const toml = parseToml(text);
	const legacy = parseLegacyToml(universalNewlines(text));
	const diagnostics = [...toml.diagnostics];
	const recovered = recoverSource(text, toml, legacy) ?? undefined;
	const outline =
		toml.value !== null ? new KeyLocator(text) : legacy.ok ? (recovered?.outline ?? null) : null;
	const tomlError = toml.diagnostics.find((d) => d.severity === 'error');
	if (!legacy.ok) {
		diagnostics.push(legacyFailure(text, path, legacy, tomlError?.from ?? lastLineStart(text)));
		diagnostics.push(...(recovered?.diagnostics ?? []), ...recoveredDifferences(recovered));
		return { diagnostics, legacy, outline, recovered };
	}
	if (tomlError) {
		diagnostics.push(
			streamlitDiagnostic(
				'streamlit/accepts-invalid-toml',
				readAtLine(text, tomlError.from, legacy.value),
				tomlError.from,
				tomlError.to
			),
			...recoveredDifferences(recovered)
		);
		return { diagnostics, legacy, outline, recovered };
	}
	if (text.startsWith('\ufeff') && [...legacy.value.map.keys()][0]?.startsWith('\ufeff')) {
		const key = [...legacy.value.map.keys()][0].slice(1);
		const d = streamlitDiagnostic('streamlit/bom-in-key', { key }, 0, firstKeyEnd(text));
		d.fix = { label: 'Remove the byte order mark', from: 0, to: 1, insert: '' };
		diagnostics.push(d);
	}
	diagnostics.push(...differences(toml.value!, legacy.value, outline));
	return { diagnostics, legacy, outline };
}
