// Prints one line `N passed, N failed` over every suite `npm test` ran, read
// from the JSON reports Vitest and Playwright write into reports/.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const vitest = read('reports/vitest.json');
if (vitest) {
	passed += vitest.numPassedTests;
	failed += vitest.numFailedTests;
}
const playwright = read('reports/playwright.json');
if (playwright) {
	passed += playwright.stats.expected + (playwright.stats.flaky ?? 0);
	failed += playwright.stats.unexpected;
}
// A stage that failed before its suite wrote a report still counts as a failure.
const status = Number(process.argv[2] ?? 0);
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
