import { expect, test, type Page } from '@playwright/test';
import { editor, loadExample, setText } from './helpers.ts';

// Writes the README's screenshots to docs/screenshots/. Not part of `npm test`:
// run `SCREENSHOTS=1 npx playwright test screenshots` after `npx vite build`.
test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to write docs/screenshots/');

const shot = (page: Page, name: string, fullPage = false) =>
	page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage });

test.use({ viewport: { width: 1280, height: 800 } });

test('light', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await loadExample(page, 'Basic keys');
	await page.getByRole('button', { name: 'Show value of st.secrets["api_key"]' }).click();
	await page.getByRole('button', { name: 'Show value of st.secrets["timeout_seconds"]' }).click();
	await shot(page, 'light');
});

test('dark', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	await loadExample(page, 'OAuth, several providers');
	await shot(page, 'dark');
});

test('phone', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await page.goto('/');
	await loadExample(page, 'SQL database');
	await shot(page, 'phone');
});

test('errors', async ({ page }) => {
	await page.goto('/');
	await setText(page, 'api_key = sk-123\ndebug = True\n\n[database]\nuser = "app"\n');
	await editor(page).getByText('sk-123', { exact: true }).hover();
	await expect(page.locator('.cm-tooltip-lint')).toBeVisible();
	await shot(page, 'errors');
});

test('environment', async ({ page }) => {
	await page.goto('/');
	await setText(
		page,
		'OPENAI_API_KEY = "sk-live-123"\nPORT = 8501\nTEMPERATURE = 0.7\nPATH = "/opt/bin"\nDEBUG = true\n\n[database]\nuser = "app"\n'
	);
	await page.getByRole('tab', { name: 'Environment' }).click();
	await page.getByRole('button', { name: 'Show value of os.environ variable TEMPERATURE' }).click();
	await shot(page, 'environment');
});

test('app-reads', async ({ page }) => {
	// Tall enough for the app code below the secrets file.
	await page.setViewportSize({ width: 1280, height: 1320 });
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await loadExample(page, 'Chatbot app');
	await page.getByRole('tab', { name: 'Reads' }).click();
	await expect(page.getByRole('tabpanel', { name: 'Reads' })).toContainText('missing');
	await shot(page, 'app-reads');
});

test('try-it', async ({ page }) => {
	await page.goto('/');
	await loadExample(page, 'Basic keys');
	await page.getByRole('tab', { name: 'Try it' }).click();
	const input = page.getByRole('textbox', { name: 'Python statement' });
	for (const statement of [
		'st.secrets.database.user',
		'st.secrets["timeout_seconds"]',
		'st.secrets.database',
		'st.secrets["db"]',
		'os.environ["debug_level"]',
		'st.secrets.get("missing", "fallback")'
	]) {
		await input.fill(statement);
		await input.press('Enter');
	}
	await input.fill('st.secrets.feature_flags[0]');
	await expect(
		page.getByRole('list', { name: 'Console output' }).getByRole('listitem')
	).toHaveCount(6);
	await shot(page, 'try-it');
});
