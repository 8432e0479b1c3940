import { expect, test } from '@playwright/test';

test('typing a broken line shows a located problem', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('secrets.toml').fill('password = secret\n');
	const problems = page.getByRole('region', { name: 'Problems' });
	await expect(problems).toContainText('1:12 error toml/unquoted-string');
	await expect(page.getByRole('alert')).toContainText('StreamlitSecretNotFoundError');
});

test('a valid file lists the paths the app can read', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('secrets.toml').fill('[db]\nuser = "u"\n');
	const seen = page.getByRole('region', { name: 'What your app sees' });
	await expect(seen).toContainText('st.secrets["db"]["user"]');
});
