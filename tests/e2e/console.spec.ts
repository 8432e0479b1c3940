import { expect, test } from '@playwright/test';
import { openWith, setText } from './helpers.ts';

async function run(page: import('@playwright/test').Page, statement: string) {
	const input = page.getByRole('textbox', { name: 'Python statement' });
	await input.fill(statement);
	await input.press('Enter');
}

test('the console shows values and the exact exceptions', async ({ page }) => {
	await openWith(page, 'api_key = "k-1"\nretries = 3.0\n[db]\nuser = "u"\n');
	await page.getByRole('tab', { name: 'Try it' }).click();
	const output = page.getByRole('list', { name: 'Console output' });
	await run(page, 'st.secrets.db.user');
	await expect(output.getByRole('listitem').nth(0)).toContainText("'u'");
	await run(page, 'st.secrets.db');
	await expect(output.getByRole('listitem').nth(1)).toContainText("AttrDict({'user': 'u'})");
	await run(page, 'st.secrets["retries"]');
	await expect(output.getByRole('listitem').nth(2)).toContainText('3.0');
	await run(page, 'st.secrets["nope"]');
	await expect(output.getByRole('listitem').nth(3)).toContainText(
		`KeyError: 'st.secrets has no key "nope".`
	);
	await run(page, 'os.environ["api_key"]');
	await expect(output.getByRole('listitem').nth(4)).toContainText("'k-1'");
	await run(page, 'st.secrets[');
	await expect(output.getByRole('listitem').nth(5)).toContainText('SyntaxError');
});

test('statements share state like a script and run again after an edit', async ({ page }) => {
	await openWith(page, '[db]\nuser = "first"\n');
	await page.getByRole('tab', { name: 'Try it' }).click();
	const output = page.getByRole('list', { name: 'Console output' });
	await run(page, 'os.environ["EXTRA"] = "set by the app"');
	await run(page, 'os.environ["EXTRA"]');
	await expect(output.getByRole('listitem').nth(1)).toContainText("'set by the app'");
	await run(page, 'st.secrets.db.user');
	await expect(output.getByRole('listitem').nth(2)).toContainText("'first'");
	await setText(page, '[db]\nuser = "second"\n');
	await expect(output.getByRole('listitem').nth(2)).toContainText("'second'");
});

test('arrow keys recall earlier statements', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('tab', { name: 'Try it' }).click();
	const input = page.getByRole('textbox', { name: 'Python statement' });
	await run(page, 'st.secrets.api_key');
	await run(page, 'len(st.secrets)');
	await input.press('ArrowUp');
	await expect(input).toHaveValue('len(st.secrets)');
	await input.press('ArrowUp');
	await expect(input).toHaveValue('st.secrets.api_key');
	await input.press('ArrowDown');
	await expect(input).toHaveValue('len(st.secrets)');
	await input.press('ArrowDown');
	await expect(input).toHaveValue('');
	await page.getByRole('button', { name: 'Clear' }).click();
	await expect(
		page.getByRole('list', { name: 'Console output' }).getByRole('listitem')
	).toHaveCount(0);
});
