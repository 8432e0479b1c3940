import { lineColumnIn, lineStarts } from '../diagnostic.ts';
import { detectSecrets } from '../hygiene/detect.ts';
import { fillText } from './fill.ts';
import { redactToml, writtenString } from './redact-toml.ts';
import { redactValue } from './redact-value.ts';
import type { SharedState } from './shared-state.ts';
import { tomlPieces } from './toml-pieces.ts';

/** A real-looking credential in what would be shared. */
export interface ShareRisk {
	/** The file's path (a secrets file, a secrets folder or an app file). */
	file: string;
	/** 1-based line in the file (1 for folder files). */
	line: number;
	/** Where in the file: a key path, a folder entry, `comment` or `code`. */
	where: string;
	/** What it looks like, for a sentence: "an OpenAI API key". */
	label: string;
}

function decodedString(token: string): string {
	const { written } = writtenString(token);
	return written.decode(written.raw);
}

function tomlRisks(file: string, text: string): ShareRisk[] {
	const out: ShareRisk[] = [];
	const starts = lineStarts(text);
	const lineOf = (pos: number) => lineColumnIn(starts, text.length, pos).line;
	for (const piece of tomlPieces(text)) {
		const token = text.slice(piece.from, piece.to);
		const value =
			piece.kind === 'string'
				? decodedString(token)
				: piece.kind === 'comment'
					? token.slice(1)
					: token;
		const [found] = detectSecrets(value, { key: piece.key });
		if (found)
			out.push({
				file,
				line: lineOf(piece.from),
				where: piece.kind === 'comment' ? 'comment' : piece.path.join('.') || 'value',
				label: found.label
			});
	}
	return out;
}

const assigned = (line: string, before: number) =>
	/([A-Za-z_][A-Za-z0-9_]*)\s*[:=]\s*[^=]*$/.exec(line.slice(0, before))?.[1] ?? '';

function codeRisks(file: string, text: string): ShareRisk[] {
	const out: ShareRisk[] = [];
	text.split('\n').forEach((line, i) => {
		for (const f of detectSecrets(line, { key: assigned(line, line.length) }))
			out.push({ file, line: i + 1, where: 'code', label: f.label });
	});
	return out;
}

/**
 * Returns the real-looking credentials (see `detectSecrets`) in the values and comments
 * of every secrets file, every secrets-folder file and every app file of `state`, in
 * file order, for the confirmation before real values are shared. Placeholders are
 * never listed.
 */
export function findShareRisks(state: SharedState): ShareRisk[] {
	const out: ShareRisk[] = [];
	for (const s of state.sources) {
		if (s.kind !== 'directory') out.push(...tomlRisks(s.path, s.text));
		for (const f of s.files)
			for (const found of detectSecrets(f.content, { key: f.folder || f.name }).slice(0, 1))
				out.push({
					file: s.path,
					line: 1,
					where: [f.folder, f.name].filter(Boolean).join('/'),
					label: found.label
				});
	}
	for (const f of state.code) out.push(...codeRisks(f.path, f.text));
	return out;
}

/**
 * Returns app code with every real-looking credential (see `detectSecrets`) replaced by
 * same-length filler (`mmmm-MMM-4444`, which reads as no key), line by line; the rest of the code is kept, since the Reads view
 * needs it and code is not a secret.
 */
export function maskCredentials(code: string): string {
	return code
		.split('\n')
		.map((line) => {
			const found = detectSecrets(line, { key: assigned(line, line.length) });
			if (found.length === 0) return line;
			const keep = Array.from({ length: line.length }, () => true);
			for (const f of found) for (let i = f.from; i < f.to; i++) keep[i] = false;
			return fillText(line, { kind: 'mono' }, keep);
		})
		.join('\n');
}

/**
 * Returns `state` with every value replaced by a stand-in of the same type and shape:
 * secrets files through `redactToml`, secrets-folder files through `redactValue` (the
 * folder name as the key), and credentials in app code through {@link maskCredentials}.
 * Paths, keys, names and layout are kept.
 */
export function redactSharedState(state: SharedState): SharedState {
	return {
		...state,
		redacted: true,
		sources: state.sources.map((s) => ({
			...s,
			text: redactToml(s.text),
			files: s.files.map((f) => ({ ...f, content: redactValue(f.content, f.folder || f.name) }))
		})),
		code: state.code.map((f) => ({ ...f, text: maskCredentials(f.text) }))
	};
}
