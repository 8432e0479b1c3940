import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { editor, inPage, loadExample, setText } from './helpers.ts';

async function expectNoViolations(page: Page) {
	// target-size (WCAG 2.2, 24 by 24 CSS pixels) is off in axe by default.
	const { violations } = await new AxeBuilder({ page })
		.options({ rules: { 'target-size': { enabled: true } } })
		.analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violations in the ${colorScheme} theme`, async ({ page }) => {
		// Five axe runs over the whole page: slow on a shared two-core machine.
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		await loadExample(page, 'Common mistakes');
		await expect(page.getByRole('alert')).toBeVisible();
		await expectNoViolations(page);
		await loadExample(page, 'Basic keys');
		await page.getByRole('button', { name: 'Show all values' }).click();
		await expectNoViolations(page);
		await page.getByRole('tab', { name: 'Environment' }).click();
		await expectNoViolations(page);
		await page.getByRole('tab', { name: 'Try it' }).click();
		const input = page.getByRole('textbox', { name: 'Python statement' });
		await input.fill('st.secrets["missing"]');
		await input.press('Enter');
		await input.fill('st.secrets.database');
		await input.press('Enter');
		await expect(
			page.getByRole('list', { name: 'Console output' }).getByRole('listitem')
		).toHaveCount(2);
		await expectNoViolations(page);
		await loadExample(page, 'Chatbot app');
		await page.getByRole('tab', { name: 'Reads' }).click();
		await expect(
			page.getByRole('tabpanel', { name: 'Reads' }).getByRole('row').filter({ hasText: 'missing' })
		).toHaveCount(1);
		await expect(page.locator('.cm-lintRange-error')).toHaveCount(2);
		await expectNoViolations(page);
	});
}

test('axe finds no violations at phone width with a folder source and hover text', async ({
	page
}) => {
	// Four axe runs over the whole page: slow on a shared two-core machine.
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('/');
	await setText(page, 'debug = True\n');
	await editor(page).getByText('True', { exact: true }).hover();
	await expect(page.locator('.cm-tooltip-lint')).toBeVisible();
	await expectNoViolations(page);
	await page.getByRole('button', { name: 'Add folder' }).click();
	await page.getByRole('button', { name: 'Examples' }).click();
	await expectNoViolations(page);
	await page.keyboard.press('Escape');
	for (const pane of ['Problems', 'Results']) {
		await page.getByRole('tab', { name: new RegExp(`^${pane}`) }).click();
		await expectNoViolations(page);
	}
});

test('every control is reachable and usable with the keyboard alone', async ({ page }) => {
	await page.goto('/');
	const names: string[] = [];
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		names.push(
			await inPage<string>(
				page,
				"document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim().slice(0, 40) ?? ''"
			)
		);
	}
	for (const name of [
		'Examples',
		'Forget',
		'Add file',
		'Add folder',
		'Editor for .streamlit/secrets.toml',
		'Resize the editor and the problems',
		'Resize the editors and the results',
		'What your app sees',
		'Show all values',
		'Show value of st.secrets["api_key"]'
	])
		expect(names).toContain(name);
	// The app code is the editor column's second tab: arrow keys open it, Tab goes on into it.
	await page.getByRole('tab', { name: /^Secrets files/ }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tab', { name: /^App code/ })).toBeFocused();
	const inside: string[] = [];
	for (let i = 0; i < 6; i++) {
		await page.keyboard.press('Tab');
		inside.push(
			await inPage<string>(
				page,
				"document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim().slice(0, 40) ?? ''"
			)
		);
	}
	for (const name of ['Add page', 'Open .py files', 'Python editor for streamlit_app.py'])
		expect(inside).toContain(name);

	await page.getByRole('button', { name: 'Examples' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('list', { name: 'Examples' }).getByRole('button')).toHaveCount(9);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: /^Basic keys/ })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('list', { name: 'Examples' })).toHaveCount(0);

	await page.getByRole('tab', { name: 'What your app sees' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tab', { name: 'Environment' })).toBeFocused();
	await expect(page.getByRole('tabpanel', { name: 'Environment' })).toBeVisible();
});
