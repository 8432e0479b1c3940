import { expect, test, type Page } from '@playwright/test';
import { editor, loadExample, setText } from './helpers.ts';

// Writes the README's screenshots to docs/screenshots/. Not part of `npm test`:
// run `SCREENSHOTS=1 npx playwright test screenshots` after `npx vite build`.
test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to write docs/screenshots/');

const shot = (page: Page, name: string, fullPage = false) =>
	page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage });

test.use({ viewport: { width: 1280, height: 800 } });

/** Loads an example over the first draft and dismisses the offer to undo, which would cover the picture. */
async function example(page: Page, title: string) {
	await loadExample(page, title);
	const dismiss = page.getByRole('button', { name: 'Dismiss the offer to undo' });
	if (await dismiss.isVisible()) await dismiss.click();
	await expect(dismiss).toHaveCount(0);
}

test('light', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await example(page, 'Basic keys');
	await page.getByRole('button', { name: 'Show value of st.secrets["api_key"]' }).click();
	await page.getByRole('button', { name: 'Show value of st.secrets["timeout_seconds"]' }).click();
	await shot(page, 'light');
});

test('dark', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	await example(page, 'OAuth, several providers');
	await shot(page, 'dark');
});

test('phone', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await page.goto('/');
	await example(page, 'SQL database');
	await page.getByRole('tab', { name: 'Results' }).click();
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
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await example(page, 'Chatbot app');
	await page.getByRole('tab', { name: /^App code/ }).click();
	await page.getByRole('tab', { name: 'Reads' }).click();
	await expect(page.getByRole('tabpanel', { name: 'Reads' })).toContainText('missing');
	await shot(page, 'app-reads');
});

test('try-it', async ({ page }) => {
	await page.goto('/');
	await example(page, 'Basic keys');
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

test('share', async ({ page }) => {
	await page.goto('/');
	await example(page, 'Common mistakes');
	await setText(
		page,
		'api_key = "sk-proj-Q7mZ2xL9vR4tN8wK3pH6jB1cF5dG0sA2"\n\n[database]\nurl = "postgresql://admin:Tr0ub4dor3@db.internal.corp:5432/sales"\nuser = "svc_reporting"\nport = 5432\n'
	);
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Share a link' });
	await dialog.getByRole('radio', { name: /real values/ }).check();
	await expect(dialog.getByRole('list', { name: 'Credentials found' })).toBeVisible();
	await shot(page, 'share');
});

test('hygiene', async ({ page }) => {
	await page.goto('/');
	await setText(
		page,
		'api_key = "your-api-key"\n\n[database]\nhost = "db.example.com"\nuser = "app "\npassword = "changeme"\n'
	);
	await editor(page).getByText('"changeme"').hover();
	await expect(page.locator('.cm-tooltip-lint')).toBeVisible();
	await shot(page, 'hygiene');
});

test('export', async ({ page }) => {
	await page.goto('/');
	await example(page, 'Basic keys');
	await page.getByRole('button', { name: 'Export' }).click();
	const dialog = page.getByRole('dialog', { name: 'Export secrets' });
	await dialog.getByLabel('Format').selectOption('github');
	await shot(page, 'export');
});

test('import', async ({ page }) => {
	await page.goto('/');
	await setText(page, 'sheet_name = "Sales"\n');
	await page.getByRole('button', { name: 'Import' }).click();
	const dialog = page.getByRole('dialog', { name: 'Import secrets' });
	await dialog
		.getByLabel('Text to import')
		.fill(
			'DATABASE_URL="postgresql://app:s3cret@db.internal.corp/sales"\nOPENAI_API_KEY=sk-test-123\nDEBUG=true\n'
		);
	await expect(dialog.getByLabel('Imported TOML')).not.toHaveValue('');
	await shot(page, 'import');
});
