import { expect, test } from '@playwright/test';
import { inPage, loadExample, openWith } from './helpers.ts';

const scrollWidth = (page: import('@playwright/test').Page) =>
	inPage<number>(page, 'document.documentElement.scrollWidth');

const background = (page: import('@playwright/test').Page) =>
	inPage<string>(page, 'getComputedStyle(document.body).backgroundColor');

test('the theme follows the system and can be switched for this tab', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	expect(await background(page)).toBe('rgb(15, 17, 21)');
	const theme = page.getByRole('combobox', { name: 'Theme' });
	await theme.selectOption('light');
	expect(await background(page)).toBe('rgb(246, 247, 249)');
	await page.emulateMedia({ colorScheme: 'light' });
	await theme.selectOption('dark');
	expect(await background(page)).toBe('rgb(15, 17, 21)');
	await page.reload();
	await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
	expect(await background(page)).toBe('rgb(15, 17, 21)');
	await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
	expect(await background(page)).toBe('rgb(246, 247, 249)');
});

test('a 360 px phone shows one pane at a time without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/');
	await loadExample(page, 'Google Sheets service account');
	const editorBox = (await page.getByRole('textbox', { name: /^Editor for/ }).boundingBox())!;
	expect(editorBox.y).toBeLessThan(740);
	expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
	// The results are one tap away, at the top of the screen, in place of the editor.
	await page.getByRole('tab', { name: 'Results' }).click();
	await expect(page.getByRole('textbox', { name: /^Editor for/ })).toBeHidden();
	await page.getByRole('button', { name: 'Show all values' }).click();
	expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
	const results = (await page.getByRole('tabpanel', { name: 'What your app sees' }).boundingBox())!;
	expect(results.y).toBeLessThan(740);
	await page.getByRole('tab', { name: 'Environment' }).click();
	expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
	await loadExample(page, 'Chatbot app');
	await page.getByRole('tab', { name: 'Results' }).click();
	await page.getByRole('tab', { name: 'Reads' }).click();
	await expect(page.getByRole('tabpanel', { name: 'Reads' })).toContainText('missing');
	expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
});

test('a wide screen shows the file and the results side by side', async ({ page }) => {
	await page.setViewportSize({ width: 1600, height: 900 });
	await openWith(page, `${'k'.repeat(300)} = "${'v'.repeat(300)}"\n`);
	const editorBox = (await page.getByRole('textbox', { name: /^Editor for/ }).boundingBox())!;
	const results = (await page.getByRole('tabpanel', { name: 'What your app sees' }).boundingBox())!;
	expect(results.x).toBeGreaterThan(editorBox.x + editorBox.width - 1);
	expect(await scrollWidth(page)).toBeLessThanOrEqual(1600);
});
