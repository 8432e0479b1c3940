import { expect, test } from '@playwright/test';
import { openWith } from './helpers.ts';

test('root strings and numbers are exported as exact strings, masked until shown', async ({
	page
}) => {
	await openWith(page, 'api_key = "sk-env"\nport = 8501\nratio = 1e16\nflag = true\n[db]\nx = 1\n');
	await page.getByRole('tab', { name: 'Environment' }).click();
	const env = page.getByRole('tabpanel', { name: 'Environment' });
	const row = (text: string) => env.getByRole('row').filter({ hasText: text });
	await expect(row("os.environ['api_key']")).toBeVisible();
	expect(await env.innerHTML()).not.toContain('sk-env');
	await env.getByRole('button', { name: 'Show value of os.environ variable ratio' }).click();
	await expect(row("os.environ['ratio']")).toContainText('1e+16');
	await env.getByRole('button', { name: 'Show value of os.environ variable port' }).click();
	await expect(row("os.environ['port']")).toContainText('8501');
	expect(await env.innerHTML()).not.toContain('sk-env');
	await expect(row('flag')).toContainText('It is a bool');
	await expect(row('db')).toContainText('It is a dict');
});

test('names that clobber variables or break the load are called out', async ({ page }) => {
	await openWith(page, 'PATH = "/opt/bin"\n');
	await page.getByRole('tab', { name: 'Environment' }).click();
	const env = page.getByRole('tabpanel', { name: 'Environment' });
	await expect(env.getByRole('list', { name: 'Environment warnings' })).toContainText(
		'replaces the environment variable PATH'
	);

	await openWith(page, 'ok = "1"\n"A=B" = "x"\n');
	await page.getByRole('tab', { name: 'Environment' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'ValueError: illegal environment variable name'
	);
	await expect(env.getByRole('list', { name: 'Environment warnings' })).toContainText('A=B');
	await expect(env).toContainText('Nothing: loading fails');
});
