import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	appEditor,
	editor,
	inPage,
	loadExample,
	problems,
	results,
	selectedText,
	setText
} from './helpers.ts';

/** A file of the mistakes new users make, one per line or two. */
const mistakes = `api_key = sk-123
password = “value”
[database]
host = "localhost
port = 5432
[auth]
redirect_uri = "http://localhost:8501/oauth2callback"
cookie_secret = "short"
`;

const pageHeight = (page: Page) =>
	inPage<[number, number]>(page, '[document.documentElement.scrollHeight, innerHeight]');
const separator = (page: Page, name: RegExp) => page.getByRole('separator', { name });
const box = async (l: Locator) => (await l.boundingBox())!;
/** The visible editor's frame (its text box is as tall as the whole text). */
const editorFrame = (page: Page) => page.locator('.cm-editor:visible').first();
const problemsPane = (page: Page) => page.locator('#problems-pane');
const banner = (page: Page) => page.getByRole('alert');

for (const [width, height] of [
	[1024, 768],
	[1280, 800],
	[1920, 1080]
] as const)
	test(`at ${width}x${height} the page is a workbench that does not scroll`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		for (const fill of [
			() => loadExample(page, 'Basic keys'),
			() => setText(page, mistakes),
			() => loadExample(page, 'OAuth, several providers')
		]) {
			await fill();
			await expect(editor(page)).toBeVisible();
			const [scroll, inner] = await pageHeight(page);
			expect(scroll).toBe(inner);
			const edit = await box(editorFrame(page));
			const list = await box(problemsPane(page));
			const seen = await box(results(page));
			// Problems docked under the editor, results on the right, all within the window.
			expect(list.y).toBeGreaterThan(edit.y + edit.height - 1);
			expect(list.y).toBeLessThan(height);
			expect(seen.x).toBeGreaterThan(edit.x + edit.width - 1);
			expect(seen.y).toBeLessThan(height / 3);
		}
		// A long list of paths scrolls inside its panel, not the page.
		await page.getByRole('button', { name: 'Show all values' }).click();
		const panel = page.locator('#result-panel');
		const [own, shown] = await panel.evaluate((e) => [e.scrollHeight, e.clientHeight]);
		expect(own).toBeGreaterThan(shown);
		expect((await pageHeight(page))[0]).toBe(height);
	});

test('the separators resize the panes by keyboard and by pointer, for this tab only', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	const columns = separator(page, /editors and the results/);
	const rows = separator(page, /editor and the problems/);
	await expect(columns).toHaveAttribute('aria-valuenow', '50');
	await expect(columns).toHaveAttribute('aria-orientation', 'vertical');
	const before = await box(editorFrame(page));
	await columns.focus();
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
	await expect(columns).toHaveAttribute('aria-valuenow', '60');
	expect((await box(editorFrame(page))).width).toBeGreaterThan(before.width + 100);
	await page.keyboard.press('Home');
	await expect(columns).toHaveAttribute('aria-valuenow', '25');

	const c = await box(columns);
	await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2);
	await page.mouse.down();
	await page.mouse.move(800, c.y + 100, { steps: 5 });
	await page.mouse.up();
	const dragged = Number(await columns.getAttribute('aria-valuenow'));
	expect(dragged).toBeGreaterThan(58);
	expect(dragged).toBeLessThan(64);

	const list = await box(problemsPane(page));
	await rows.focus();
	await page.keyboard.press('Shift+ArrowUp');
	await page.keyboard.press('Shift+ArrowUp');
	expect((await box(problemsPane(page))).height).toBeGreaterThan(list.height + 80);
	const r = await box(rows);
	await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
	await page.mouse.down();
	await page.mouse.move(r.x + r.width / 2, 700, { steps: 5 });
	await page.mouse.up();
	expect((await box(problemsPane(page))).y).toBeGreaterThan(650);

	const sizes = await rows.getAttribute('aria-valuenow');
	await page.reload();
	await expect(separator(page, /editors and the results/)).toHaveAttribute(
		'aria-valuenow',
		String(dragged)
	);
	await expect(separator(page, /editor and the problems/)).toHaveAttribute('aria-valuenow', sizes!);
	expect(await inPage<number>(page, 'localStorage.length')).toBe(0);
});

test('the banner says what will happen and offers the first fix', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await setText(page, mistakes);
	const alert = banner(page);
	await expect(alert.getByRole('heading')).toHaveText(
		'Your app will crash on its first st.secrets access'
	);
	await expect(alert).toContainText('First of 5 errors (line 1): The value sk-123 is not quoted');
	// The exact exception stays on show, for searching.
	await expect(alert).toContainText('raises StreamlitSecretNotFoundError: Error parsing secrets');
	expect((await box(alert)).y + (await box(alert)).height).toBeLessThan(250);

	await alert.getByRole('button', { name: 'Show in the editor' }).click();
	await expect(editor(page)).toBeFocused();
	expect(await selectedText(page)).toBe('sk-123');

	await alert.getByRole('button', { name: 'Apply the fix: Quote the value' }).click();
	await expect(editor(page)).toContainText('api_key = "sk-123"');
	await expect(alert).toContainText('(line 2)');
	await expect(alert).not.toContainText('sk-123');

	await setText(page, 'api_key = "sk-123"\n[auth]\nredirect_uri = "x"\n');
	const status = page.getByRole('status').filter({ hasText: 'Streamlit loads these secrets' });
	await expect(status).toContainText('st.secrets holds 3 paths');
	await expect(status).toContainText(/First of 3 errors \(line 2\)/);
});

test('the app code is a tab of the editor column, and a jump to its problems opens it', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await loadExample(page, 'Chatbot app');
	await expect(editor(page, appEditor())).toBeHidden();
	await page.getByRole('tab', { name: /^App code/ }).click();
	await expect(editor(page, appEditor())).toBeVisible();
	await expect(editor(page)).toBeHidden();
	expect((await pageHeight(page))[0]).toBe(800);
	await page.getByRole('tab', { name: /^Secrets files/ }).click();
	await problems(page)
		.getByRole('listitem')
		.filter({ hasText: 'st.secrets.db.password raises' })
		.first()
		.getByRole('button')
		.first()
		.click();
	await expect(editor(page, appEditor())).toBeFocused();
});

test('on a phone the results are one tap away', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/');
	await setText(page, mistakes);
	const bar = page.getByRole('tablist', { name: 'Show' });
	await expect(bar.getByRole('tab', { name: /^Problems/ })).toContainText('6');
	const barBox = await box(bar);
	expect(barBox.y).toBeLessThan(740);
	await bar.getByRole('tab', { name: /^Results/ }).click();
	const seen = results(page);
	await expect(seen).toBeVisible();
	expect((await box(seen)).y).toBeLessThan(740);
	await expect(editor(page)).toBeHidden();
	await bar.getByRole('tab', { name: /^Problems/ }).click();
	await expect(problems(page)).toBeVisible();
	expect((await box(problems(page))).y).toBeLessThan(740);
	expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBe(360);
	// Choosing a problem goes back to the editor, at the problem.
	await problems(page).getByText('is not quoted').first().click();
	await expect(editor(page)).toBeVisible();
	await expect(bar.getByRole('tab', { name: 'Edit' })).toHaveAttribute('aria-selected', 'true');
});

for (const width of [360, 800, 1024, 1280, 1920])
	test(`the Examples menu opens inside the viewport at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 740 });
		await page.goto('/');
		await page.getByRole('button', { name: 'Examples' }).click();
		const list = page.getByRole('list', { name: 'Examples' });
		await expect(list.getByRole('button')).toHaveCount(9);
		const b = await box(list);
		expect(b.x).toBeGreaterThanOrEqual(0);
		expect(b.y).toBeGreaterThanOrEqual(0);
		expect(b.x + b.width).toBeLessThanOrEqual(width);
		expect(b.y + b.height).toBeLessThanOrEqual(740);
		await list.getByRole('button').last().scrollIntoViewIfNeeded();
		const last = await box(list.getByRole('button').last());
		expect(last.y + last.height).toBeLessThanOrEqual(740);
	});
