import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../lib/index.ts';
import type { LocatedDiagnostic } from '../located.ts';
import { ruleFor, type DiagnosticRule } from '../rules.ts';

/** The published SARIF 2.1.0 schema the output declares. */
export const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json';

const levels: Record<Severity, 'error' | 'warning' | 'note'> = {
	error: 'error',
	warning: 'warning',
	info: 'note'
};

/** A file's URI relative to `cwd` (with `%SRCROOT%` as its base), or a `file:` URI outside it. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
	const inside = isAbsolute(file) ? relative(cwd, file) : file;
	if (isAbsolute(inside) || inside.split(sep)[0] === '..' || inside === '')
		return { uri: pathToFileURL(file).href };
	const uri = inside
		.split(sep)
		.filter((s) => s !== '.' && s !== '')
		.map(encodeURIComponent)
		.join('/');
	return { uri, uriBaseId: '%SRCROOT%' };
}

/**
 * Returns a SARIF 2.1.0 log of one run: every rule in `rules` (id, help text and documentation
 * link), plus one for any code missing from them, and one result per diagnostic, located by file, line and column (UTF-16 code units).
 * It carries no text of the files, so no secret value ends up in a code-scanning upload.
 */
export function sarifLog(
	diagnostics: readonly LocatedDiagnostic[],
	rules: readonly DiagnosticRule[],
	tool: { name: string; version: string },
	cwd: string
): object {
	const index = new Map(rules.map((r, i) => [r.code, i]));
	const allRules = [...rules];
	for (const d of diagnostics)
		if (!index.has(d.code)) {
			index.set(d.code, allRules.length);
			allRules.push(ruleFor(d.code, d.severity));
		}
	return {
		$schema: sarifSchemaUri,
		version: '2.1.0',
		runs: [
			{
				tool: {
					driver: {
						name: tool.name,
						version: tool.version,
						rules: allRules.map((r) => ({
							id: r.code,
							name: r.code,
							shortDescription: { text: r.code },
							fullDescription: { text: r.why },
							...(r.url ? { helpUri: r.url } : {}),
							help: {
								text: r.url ? `${r.why} See ${r.title}: ${r.url}` : r.why,
								markdown: r.url ? `${r.why} See [${r.title}](${r.url}).` : r.why
							},
							defaultConfiguration: { level: levels[r.severity] }
						}))
					}
				},
				originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + sep).href } },
				results: diagnostics.map((d) => ({
					ruleId: d.code,
					ruleIndex: index.get(d.code),
					level: levels[d.severity],
					message: { text: d.hint ? `${d.message}. ${d.hint}` : d.message },
					locations: [
						{
							physicalLocation: {
								artifactLocation: artifactLocation(d.file, cwd),
								region: {
									startLine: d.line,
									startColumn: d.column,
									endLine: d.endLine,
									endColumn: d.endColumn
								}
							}
						}
					]
				}))
			}
		]
	};
}
