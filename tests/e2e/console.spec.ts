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
	await expect(output.getByRole('listitem').nth(1)).toContainText("{'user': 'u'}");
	await expect(output.getByRole('listitem').nth(1)).not.toContainText('AttrDict');
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

test('print, type, for loops and dict(st.secrets) show what Python shows', async ({ page }) => {
	await openWith(page, 'api_key = "k-1"\nport = 5432\n[db]\nuser = "u"\n');
	await page.getByRole('tab', { name: 'Try it' }).click();
	const output = page.getByRole('list', { name: 'Console output' });
	const item = (i: number) => output.getByRole('listitem').nth(i);
	await run(page, 'print(st.secrets.api_key, st.secrets.port, sep=", ")');
	await expect(item(0).locator('.out')).toHaveText('k-1, 5432');
	await run(page, 'x = st.secrets.db');
	await expect(item(1).locator('.out')).toHaveCount(0);
	await run(page, 'type(x)');
	await expect(item(2).locator('.out')).toHaveText("<class 'streamlit.runtime.secrets.AttrDict'>");
	await run(page, 'for k in st.secrets: print(k)');
	await expect(item(3).locator('.out')).toHaveText('api_key\nport\ndb');
	await run(page, 'dict(st.secrets)');
	await expect(item(4).locator('.out')).toHaveText(
		"{'api_key': 'k-1', 'port': 5432, 'db': {'user': 'u'}}"
	);
	await run(page, 'st.secrets.items()');
	await expect(item(5).locator('.out')).toHaveText(
		"dict_items([('api_key', 'k-1'), ('port', 5432), ('db', {'user': 'u'})])"
	);
	await run(page, 'st.secrets["nope"]');
	await expect(item(6).locator('.out')).toHaveText(/^KeyError: 'st\.secrets has no key "nope"\./);
});

test('Enter after a colon opens an indented block and an empty line runs it', async ({ page }) => {
	await openWith(page, '[db]\nuser = "u"\nport = 1\n');
	await page.getByRole('tab', { name: 'Try it' }).click();
	const input = page.getByRole('textbox', { name: 'Python statement' });
	await input.click();
	await page.keyboard.type('for k, v in st.secrets.db.items():');
	await page.keyboard.press('Enter');
	await page.keyboard.type('print(k, v)');
	await page.keyboard.press('Enter');
	await expect(input).toHaveValue('for k, v in st.secrets.db.items():\n    print(k, v)\n    ');
	await page.keyboard.press('Enter');
	await expect(input).toHaveValue('');
	const entry = page.getByRole('list', { name: 'Console output' }).getByRole('listitem').nth(0);
	await expect(entry.locator('.in')).toHaveText(
		'>>>\u00a0for k, v in st.secrets.db.items():\n...\u00a0    print(k, v)'
	);
	await expect(entry.locator('.out')).toHaveText('user u\nport 1');
});

test('the output box scrolls inside itself instead of growing the page', async ({ page }) => {
	await openWith(page, 'a = 1\n');
	await page.getByRole('tab', { name: 'Try it' }).click();
	const output = page.getByRole('list', { name: 'Console output' });
	const pageHeight = () =>
		page.evaluate('document.documentElement.scrollHeight') as Promise<number>;
	const before = await pageHeight();
	await run(page, 'for i in list("abcdefghijklmnopqrstuvwxyz") * 4: print(i)');
	await expect(output.getByRole('listitem').nth(0).locator('.out')).toContainText('z');
	const box = await output.evaluate((el) => ({
		client: el.clientHeight,
		scroll: el.scrollHeight,
		top: el.scrollTop
	}));
	await expect(output).toHaveCSS('overflow-y', 'auto');
	expect(box.scroll).toBeGreaterThan(box.client);
	// The newest output is in view.
	expect(box.top + box.client).toBeGreaterThanOrEqual(box.scroll - 2);
	const after = await pageHeight();
	expect(after - before).toBeLessThan(box.client + 50);
});
