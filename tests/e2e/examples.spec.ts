import { expect, test } from '@playwright/test';
import { loadExample, problems, results } from './helpers.ts';

const loading: [string, string][] = [
	['Basic keys', 'st.secrets["database"]["password"]'],
	['SQL database', 'st.secrets["connections"]["sql"]["dialect"]'],
	['Snowflake', 'st.secrets["connections"]["snowflake"]["warehouse"]'],
	['Google Sheets service account', 'st.secrets["connections"]["gsheets"]["private_key"]'],
	['OAuth, one provider', 'st.secrets["auth"]["server_metadata_url"]'],
	['OAuth, several providers', 'st.secrets["auth"]["microsoft"]["client_kwargs"]["prompt"]'],
	['Global and project files', 'st.secrets["openai_key"]']
];

test('each example loads with one click and is read cleanly', async ({ page }) => {
	await page.goto('/');
	for (const [title, path] of loading) {
		await loadExample(page, title);
		await expect(
			page.getByRole('status').filter({ hasText: 'Streamlit loads these secrets' })
		).toBeVisible();
		await expect(results(page).getByRole('button', { name: path, exact: true })).toBeVisible();
		// Errors are counted by kind: `1 TOML error`, `2 connection problems`.
		await expect(problems(page).getByText(/No problems found|step through them/)).not.toContainText(
			/\d+ [\w ]*(errors?|problems?)\b/
		);
	}
});

test('the examples menu closes when focus leaves it', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Examples' }).click();
	await expect(page.getByRole('list', { name: 'Examples' })).toBeVisible();
	await page.getByRole('heading', { name: 'Problems' }).click();
	await expect(page.getByRole('list', { name: 'Examples' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Examples' })).toHaveAttribute(
		'aria-expanded',
		'false'
	);
});

test('the common mistakes example fails to load and walks through fixes', async ({ page }) => {
	await page.goto('/');
	await loadExample(page, 'Common mistakes');
	await expect(page.getByRole('alert')).toContainText('StreamlitSecretNotFoundError');
	const list = problems(page);
	await list.getByRole('button', { name: 'Fix: Rewrite as TOML' }).click();
	await list.getByRole('button', { name: 'Fix: Quote the value' }).click();
	await list.getByRole('button', { name: 'Fix: Use a lowercase boolean' }).click();
	await list
		.getByRole('button', { name: /^Fix: / })
		.first()
		.click();
	await list.getByRole('button', { name: 'Fix: Use = instead of :' }).click();
	await expect(list).toContainText('replaces the environment variable PATH');
	await expect(page.getByRole('alert')).toHaveCount(0);
});
