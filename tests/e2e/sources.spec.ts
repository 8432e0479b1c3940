import { expect, test } from '@playwright/test';
import { loadExample, openWith, results, setText } from './helpers.ts';

const row = (page: import('@playwright/test').Page, text: string) =>
	results(page).getByRole('row').filter({ hasText: text }).first();

test('the global file merges under the project file, which replaces whole root keys', async ({
	page
}) => {
	await openWith(page, '[database]\nuser = "app"\n');
	await page.getByRole('tab', { name: /~\/\.streamlit\/secrets\.toml/ }).click();
	const globalPanel = page.getByRole('tabpanel', { name: /~\/\.streamlit\/secrets\.toml/ });
	await globalPanel.getByRole('checkbox', { name: 'This file does not exist' }).uncheck();
	await setText(
		page,
		'openai_key = "sk-global"\n[database]\nhost = "localhost"\n',
		'Editor for ~/.streamlit/secrets.toml'
	);
	await expect(row(page, 'st.secrets["openai_key"]')).toContainText('~/.streamlit/secrets.toml');
	await expect(row(page, 'st.secrets["database"]["user"]')).toContainText(
		'.streamlit/secrets.toml'
	);
	await expect(results(page)).not.toContainText('st.secrets["database"]["host"]');
	await expect(
		results(page).getByRole('heading', { name: 'Replaced whole by a later source' })
	).toBeVisible();
	await expect(results(page)).toContainText(
		'database is replaced as a whole by .streamlit/secrets.toml'
	);
});

test('an added file comes later in secrets.files and wins', async ({ page }) => {
	await openWith(page, 'api_key = "from project"\n');
	await page.getByRole('button', { name: 'Add file' }).click();
	await expect(page.getByRole('tab', { name: /app\/\.streamlit\/secrets\.toml/ })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await setText(page, 'api_key = "from script folder"\n', 'Editor for app/.streamlit/secrets.toml');
	await expect(row(page, 'st.secrets["api_key"]')).toContainText('app/.streamlit/secrets.toml');
	const panel = page.getByRole('tabpanel', { name: /app\/\.streamlit/ });
	await panel.getByRole('textbox', { name: 'Path' }).fill('extra.toml');
	await expect(page.getByRole('tab', { name: /extra\.toml/ })).toBeVisible();
	const renamed = page.getByRole('tabpanel', { name: /extra\.toml/ });
	await renamed.getByRole('button', { name: 'Remove this source' }).click();
	const sources = page.getByRole('tablist', { name: 'Secrets sources in secrets.files order' });
	await expect(sources.getByRole('tab')).toHaveCount(2);
	await expect(row(page, 'st.secrets["api_key"]')).toContainText('.streamlit/secrets.toml');
});

test('a Kubernetes-style folder adds one secret per sub-folder and refuses stray files', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Add folder' }).click();
	const panel = page.getByRole('tabpanel', { name: /\/run\/secrets/ });
	await panel.getByRole('textbox', { name: 'Content of file 1' }).fill('  sk-from-k8s \n');
	await expect(row(page, 'st.secrets["api_key"]')).toContainText('/run/secrets');
	await results(page).getByRole('button', { name: 'Show value of st.secrets["api_key"]' }).click();
	await expect(row(page, 'st.secrets["api_key"]')).toContainText("'sk-from-k8s'");

	await panel.getByRole('button', { name: 'Add a file' }).click();
	await panel.getByRole('textbox', { name: 'Name of file 2' }).fill('stray.txt');
	await expect(page.getByRole('alert')).toContainText('/run/secrets/stray.txt is not a folder');
});

test('without any file every access fails, and tabs move with the arrow keys', async ({ page }) => {
	await page.goto('/');
	const panel = page.getByRole('tabpanel', { name: /^2 \.streamlit/ });
	await panel.getByRole('checkbox', { name: 'This file does not exist' }).check();
	await expect(page.getByRole('alert')).toContainText('No secrets found');
	await page.getByRole('tab', { name: /^2 \.streamlit/ }).focus();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('tab', { name: /~\/\.streamlit/ })).toBeFocused();
	await expect(page.getByRole('tab', { name: /~\/\.streamlit/ })).toHaveAttribute(
		'aria-selected',
		'true'
	);
});

test('the merge example shows where each key comes from', async ({ page }) => {
	await page.goto('/');
	await loadExample(page, 'Global and project files');
	await expect(row(page, 'st.secrets["openai_key"]')).toContainText('~/.streamlit/secrets.toml');
	await expect(results(page)).toContainText('database is replaced as a whole');
});
