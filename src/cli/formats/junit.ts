import type { LocatedDiagnostic } from '../located.ts';

/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot hold. */
function xml(s: string): string {
	return s
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/**
 * Returns a JUnit XML report: one test suite per source file, one test case per diagnostic that
 * fails the check (a `<failure>`) or is only reported (passed, the text in `<system-out>`), and
 * one passing case for a file without diagnostics. `failing` says which diagnostics fail.
 */
export function junitReport(
	files: readonly string[],
	diagnostics: readonly LocatedDiagnostic[],
	failing: (d: LocatedDiagnostic) => boolean
): string {
	const suites: string[] = [];
	let totalTests = 0;
	let totalFailures = 0;
	for (const file of files) {
		const own = diagnostics.filter((d) => d.file === file);
		const cases = own.map((d) => {
			const name = xml(`${d.code} at ${d.line}:${d.column}`);
			const where = `${file}:${d.line}:${d.column}`;
			const text = xml(
				`${where} ${d.severity} ${d.code} ${d.message}${d.hint ? `\nhint: ${d.hint}` : ''}`
			);
			return failing(d)
				? `    <testcase classname="${xml(file)}" name="${name}" file="${xml(file)}" line="${d.line}">\n      <failure type="${xml(d.code)}" message="${xml(d.message)}">${text}</failure>\n    </testcase>`
				: `    <testcase classname="${xml(file)}" name="${name}" file="${xml(file)}" line="${d.line}">\n      <system-out>${text}</system-out>\n    </testcase>`;
		});
		if (!cases.length)
			cases.push(`    <testcase classname="${xml(file)}" name="no problems" file="${xml(file)}"/>`);
		const failures = own.filter(failing).length;
		totalTests += cases.length;
		totalFailures += failures;
		suites.push(
			`  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`
		);
	}
	return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="st-secrets check" tests="${totalTests}" failures="${totalFailures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
