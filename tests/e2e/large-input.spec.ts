import { expect, test, type Page } from '@playwright/test';
import { editor, inPage, openWith, results, setText } from './helpers.ts';

/** About 1 MB of TOML: many tables of a few keys. */
function bigFile(): string {
	const parts: string[] = [];
	for (let i = 0; parts.join('').length < 1_000_000; i++) {
		const chunk: string[] = [];
		for (let j = 0; j < 500; j++, i++)
			chunk.push(
				`[service_${i}]\nuser = "user-${i}"\npassword = "pw-${i}-abcdefgh"\nport = ${i}\n\n`
			);
		parts.push(chunk.join(''));
	}
	return parts.join('');
}

async function watchLongTasks(page: Page) {
	await inPage(
		page,
		`window.longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
		}).observe({ type: 'longtask' })`
	);
}

const longest = (page: Page) => inPage<number>(page, 'Math.max(0, ...window.longTasks)');

test('a 1 MB paste is analysed in a worker without freezing the page', async ({ page }) => {
	test.setTimeout(60_000);
	await page.goto('/');
	await watchLongTasks(page);
	const text = bigFile();
	expect(text.length).toBeGreaterThan(1_000_000);
	await setText(page, text);
	await expect(
		page.getByRole('status').filter({ hasText: 'Analysing the large text' })
	).toBeVisible();
	await expect(
		page.getByRole('status').filter({ hasText: 'Streamlit loads these secrets' })
	).toContainText('5000+ paths', { timeout: 20_000 });
	await expect(results(page)).toContainText('st.secrets["service_0"]["user"]');
	const afterPaste = await longest(page);

	await inPage(page, 'window.longTasks = []');
	await page.keyboard.press('ControlOrMeta+End');
	await page.keyboard.type('extra = 1');
	await expect(editor(page)).toContainText('extra = 1');
	const whileTyping = await longest(page);
	console.log(
		`longest task: ${afterPaste.toFixed(0)} ms after the paste, ${whileTyping.toFixed(0)} ms while typing`
	);
	expect(afterPaste).toBeLessThan(500);
	expect(whileTyping).toBeLessThan(200);
});

test('a stale result from the worker never replaces a newer one', async ({ page }) => {
	test.setTimeout(60_000);
	await page.goto('/');
	await setText(page, bigFile());
	await expect(
		page.getByRole('status').filter({ hasText: 'Analysing the large text' })
	).toBeVisible();
	await setText(page, 'only = "small"\n');
	await expect(results(page).getByRole('row')).toHaveCount(2);
	// Give the worker time to answer for the large text; the page must keep the small one.
	await page.waitForTimeout(4000);
	await expect(results(page).getByRole('row')).toHaveCount(2);
	await expect(results(page)).toContainText('st.secrets["only"]');
	await expect(page.getByRole('status').filter({ hasText: 'Analysing' })).toHaveCount(0);
});

test('a file just over the worker threshold gets the same report', async ({ page }) => {
	const padding = `# ${'x'.repeat(60_000)}\n`;
	await openWith(page, `${padding}password = secret\n`);
	await expect(page.getByRole('region', { name: 'Problems' })).toContainText('is not quoted', {
		timeout: 10_000
	});
	await expect(page.getByRole('alert')).toContainText('StreamlitSecretNotFoundError');
});

test('a draft over the worker threshold survives a reload of the tab', async ({ page }) => {
	await page.goto('/');
	await setText(page, `kept = "large"\n${'# padding line\n'.repeat(4_000)}`);
	await expect(results(page)).toContainText('st.secrets["kept"]', { timeout: 10_000 });
	await page.reload();
	await expect(editor(page)).toContainText('kept = "large"');
	await expect(results(page)).toContainText('st.secrets["kept"]', { timeout: 10_000 });
});

test('a long table renders more rows as they come into view, or on request', async ({ page }) => {
	await openWith(page, Array.from({ length: 120 }, (_, i) => `key_${i} = ${i}\n`).join(''));
	const rows = results(page).getByRole('row');
	const more = results(page).getByRole('button', { name: /^Show more paths/ });
	await expect(results(page)).toContainText('120 paths');
	await expect(more).toBeVisible();
	const first = await rows.count();
	expect(first).toBeLessThan(121);
	await more.click();
	await expect.poll(() => rows.count()).toBeGreaterThan(first);
	await expect(async () => {
		await page.mouse.wheel(0, 4000);
		await expect(rows).toHaveCount(121, { timeout: 500 });
	}).toPass();
	await expect(more).toHaveCount(0);
	await expect(results(page)).toContainText('st.secrets["key_119"]');
});
