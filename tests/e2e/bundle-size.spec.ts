import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { distDir } from './helpers.ts';

test('the initial JavaScript stays under 150 KB gzipped', async ({ page }) => {
	const html = readFileSync(`${distDir}/index.html`, 'utf8');
	const initial = [
		...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+\.js)"/g)
	].map((m) => m[1]);
	expect(initial.length).toBeGreaterThan(0);
	const gzipped = initial.reduce(
		(sum, path) => sum + gzipSync(readFileSync(`${distDir}${path}`)).length,
		0
	);
	console.log(
		`initial JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped (${initial.join(', ')})`
	);
	expect(gzipped).toBeLessThan(150 * 1024);

	// The rest arrives on demand, and the page still shows its first report.
	const scripts: string[] = [];
	page.on(
		'request',
		(r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname)
	);
	await page.goto('/');
	await expect(
		page.getByRole('status').filter({ hasText: 'Streamlit loads these secrets' })
	).toBeVisible();
	expect(scripts.some((s) => s.includes('TryConsole'))).toBe(false);
	expect(scripts.some((s) => s.includes('examples'))).toBe(false);
	expect(scripts.some((s) => s.includes('ReadsView'))).toBe(false);
});
