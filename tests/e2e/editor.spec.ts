import { expect, test } from '@playwright/test';
import { editor, openWith, problems, selectedText, setText } from './helpers.ts';

test('a broken line shows an underline, a gutter marker and a located problem', async ({
	page
}) => {
	await openWith(page, 'password = secret\n');
	await expect(page.locator('.cm-lintRange-error').first()).toBeVisible();
	await expect(page.locator('.cm-lint-marker-error').first()).toBeVisible();
	const item = problems(page).getByRole('listitem').filter({ hasText: 'is not quoted' });
	await expect(item).toContainText('line 1, column 12');
	// User text from the message is rendered as code.
	await expect(item.locator('code').first()).toHaveText('secret');
});

test('hovering a problem explains it and links the documentation', async ({ page }) => {
	await openWith(page, 'debug = True\n');
	await editor(page).getByText('True', { exact: true }).hover();
	const tooltip = page.locator('.cm-tooltip-lint');
	await expect(tooltip).toContainText('is not a TOML boolean');
	await expect(tooltip).toContainText('TOML booleans are lowercase');
	await expect(tooltip.getByRole('link', { name: 'Docs: TOML v1.0.0' })).toHaveAttribute(
		'href',
		'https://toml.io/en/v1.0.0'
	);
});

test('a quick fix in the problems list clears the problem', async ({ page }) => {
	await openWith(page, 'password = secret\n');
	await problems(page).getByRole('button', { name: 'Fix: Quote the value' }).click();
	await expect(editor(page)).toHaveText('password = "secret"');
	await expect(problems(page)).not.toContainText('is not quoted');
	// Left: `secret` is a placeholder password, and the reminder to keep the file out of git.
	await expect(problems(page)).toContainText('1 warning, 1 info');
});

test('a quick fix from the editor tooltip applies the core fix', async ({ page }) => {
	await openWith(page, 'debug = True\n');
	await editor(page).getByText('True', { exact: true }).hover();
	await page
		.locator('.cm-tooltip-lint')
		.getByRole('button', { name: /lowercase boolean/ })
		.click();
	await expect(editor(page)).toHaveText('debug = true');
	await expect(problems(page)).not.toContainText('is not a TOML boolean');
	await expect(problems(page)).toContainText('1 info');
});

test('clicking a problem selects it in the editor and F8 steps through problems', async ({
	page
}) => {
	await openWith(page, 'a = 1\n"a-b" = 2\nPATH = "x"\nkeys = 3\n');
	const list = problems(page);
	// The reminder to keep the file out of git comes first, at the start of the file.
	await expect(list.getByRole('listitem')).toHaveCount(3);
	await list.getByRole('button', { name: /replaces the environment variable/ }).click();
	await expect(editor(page)).toBeFocused();
	await expect.poll(() => selectedText(page)).toBe('PATH');
	await page.keyboard.press('F8');
	await expect.poll(() => selectedText(page)).toBe('keys');
	await expect(list.getByRole('listitem').nth(2)).toHaveAttribute('aria-current', 'true');
	await page.keyboard.press('F8');
	await expect(list.getByRole('listitem').nth(0)).toHaveAttribute('aria-current', 'true');
	await page.keyboard.press('F8');
	await expect.poll(() => selectedText(page)).toBe('PATH');
	await page.keyboard.press('Shift+F8');
	await expect(list.getByRole('listitem').nth(0)).toHaveAttribute('aria-current', 'true');
	await page.keyboard.press('Shift+F8');
	await expect.poll(() => selectedText(page)).toBe('keys');
});

test('completion offers Streamlit sections and the keys of each section', async ({ page }) => {
	await openWith(page, '');
	const box = editor(page);
	await page.keyboard.type('[au');
	const options = page.getByRole('listbox');
	await expect(options.getByRole('option', { name: /^auth\.google/ })).toBeVisible();
	await page.keyboard.press('Escape');
	await setText(page, '[auth]\n');
	await page.keyboard.type('co');
	await options.getByRole('option', { name: /^cookie_secret/ }).click();
	await expect(box).toContainText('cookie_secret = ');

	await setText(page, '[connections.warehouse]\ntype = "snowflake"\n');
	await page.keyboard.type('wa');
	await expect(options.getByRole('option', { name: /^warehouse/ })).toBeVisible();
	await page.keyboard.press('Escape');

	await setText(page, '[connections.gsheets]\n');
	await page.keyboard.type('private_');
	await expect(options.getByRole('option', { name: /^private_key_id/ })).toBeVisible();
});

test('undo, bracket matching and search work in the editor', async ({ page }) => {
	await page.goto('/');
	const box = editor(page);
	await box.click();
	await page.keyboard.press('ControlOrMeta+End');
	await page.keyboard.type('extra = 1');
	await expect(box).toContainText('extra = 1');
	await page.keyboard.press('ControlOrMeta+Z');
	await expect(box).not.toContainText('extra = 1');
	await expect(box).toContainText('password = "change me"');

	await setText(page, 'a = [1, 2]\n');
	await page.keyboard.press('ControlOrMeta+Home');
	await page.keyboard.press('End');
	await expect(page.locator('.cm-matchingBracket')).toHaveCount(2);
	await page.keyboard.press('ControlOrMeta+F');
	await expect(page.getByRole('textbox', { name: 'Find' })).toBeFocused();
});

test('the editor highlights TOML and numbers its lines', async ({ page }) => {
	await openWith(page, '# comment\n[database]\nuser = "app"\nport = 5432\n');
	const box = editor(page);
	const color = (text: string) =>
		box.getByText(text, { exact: true }).evaluate((element) => {
			// Runs in the page; the tests are type-checked without the DOM library.
			const dom = globalThis as unknown as { getComputedStyle(e: unknown): { color: string } };
			return dom.getComputedStyle(element).color;
		});
	const colors = new Set([
		await color('# comment'),
		await color('[database]'),
		await color('"app"'),
		await color('5432')
	]);
	expect(colors.size).toBe(4);
	await expect(page.locator('.cm-lineNumbers').getByText('4', { exact: true })).toBeVisible();
});
