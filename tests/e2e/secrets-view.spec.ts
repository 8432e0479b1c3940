import { expect, test } from '@playwright/test';
import { editor, inPage, openWith, results, selectedText } from './helpers.ts';

const file = `api_key = "sk-12345"
"my-key" = "v"
keys = "x"

[class]
name = "c"

[[users]]
name = "ann"
`;

test('every path is listed in bracket and attribute form, with type and source', async ({
	page
}) => {
	await openWith(page, file);
	const seen = results(page);
	const row = (text: string) => seen.getByRole('row').filter({ hasText: text }).first();
	await expect(row('st.secrets["api_key"]')).toContainText('st.secrets.api_key');
	await expect(row('st.secrets["api_key"]')).toContainText('str');
	await expect(row('st.secrets["api_key"]')).toContainText('.streamlit/secrets.toml');
	await expect(row('st.secrets["my-key"]')).toContainText('not a Python name');
	await expect(row('st.secrets["keys"]')).toContainText('a method of st.secrets');
	await expect(row('st.secrets["class"]["name"]')).toContainText('Python keyword');
	await expect(row('st.secrets["class"]')).toContainText('AttrDict');
	await expect(row('st.secrets["users"][0]["name"]')).toContainText('plain dicts');
	await expect(row('st.secrets["users"]')).toContainText('list');
});

test('values stay out of the page until revealed, one by one or all at once', async ({ page }) => {
	await openWith(page, 'password = "hunter2"\n[db]\nuser = "admin-user"\n');
	const seen = results(page);
	await expect(seen.getByRole('row')).toHaveCount(4);
	expect(await seen.innerHTML()).not.toContain('hunter2');
	await seen.getByRole('button', { name: 'Show value of st.secrets["password"]' }).click();
	await expect(seen).toContainText("'hunter2'");
	expect(await seen.innerHTML()).not.toContain('admin-user');
	await seen.getByRole('button', { name: 'Hide value of st.secrets["password"]' }).click();
	expect(await seen.innerHTML()).not.toContain('hunter2');

	await seen.getByRole('button', { name: 'Show all values' }).click();
	await expect(seen).toContainText("'hunter2'");
	await expect(seen).toContainText("{'user': 'admin-user'}");
	await seen.getByRole('button', { name: 'Hide all values' }).click();
	expect(await seen.innerHTML()).not.toContain('hunter2');
	expect(await seen.innerHTML()).not.toContain('admin-user');
});

test('copy buttons put paths and values on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openWith(page, '[db]\nuser = "admin"\n');
	const seen = results(page);
	const clipboard = () => inPage<string>(page, 'navigator.clipboard.readText()');
	const row = seen.getByRole('row').filter({ hasText: 'st.secrets["db"]["user"]' });
	// One button per thing to copy, each saying which: the path, and the value.
	await expect(row.getByRole('button', { name: /^Copy/ })).toHaveText(['Copy path', 'Copy value']);
	await seen.getByRole('button', { name: 'Copy path st.secrets["db"]["user"]' }).click();
	await expect.poll(clipboard).toBe('st.secrets["db"]["user"]');
	await seen.getByRole('button', { name: 'Copy value of st.secrets["db"]["user"]' }).click();
	await expect.poll(clipboard).toBe("'admin'");
	expect(await seen.innerHTML()).not.toContain('admin');
});

test('a selected row selects its key in the editor, and the cursor highlights its row', async ({
	page
}) => {
	await openWith(page, 'token = "t"\n\n[db]\nuser = "u"\npassword = "p"\n');
	const seen = results(page);
	await seen.getByRole('button', { name: 'st.secrets["db"]["user"]', exact: true }).click();
	await expect(editor(page)).toBeFocused();
	await expect.poll(() => selectedText(page)).toBe('user');
	const userRow = seen.getByRole('row').filter({ hasText: 'st.secrets["db"]["user"]' });
	await expect(userRow).toHaveAttribute('aria-current', 'true');

	await page.keyboard.press('ControlOrMeta+End');
	await page.keyboard.press('ArrowUp');
	const passwordRow = seen.getByRole('row').filter({ hasText: 'st.secrets["db"]["password"]' });
	await expect(passwordRow).toHaveAttribute('aria-current', 'true');
	await expect(userRow).not.toHaveAttribute('aria-current', 'true');
	await page.keyboard.press('ControlOrMeta+Home');
	await expect(seen.getByRole('row').filter({ hasText: 'st.secrets["token"]' })).toHaveAttribute(
		'aria-current',
		'true'
	);
});

test('when loading fails, the exception the app will raise comes first, verbatim', async ({
	page
}) => {
	await openWith(page, 'a = "x"\na = "y"\n');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Your app will crash on its first st.secrets access');
	await expect(alert).toContainText(
		'StreamlitSecretNotFoundError: Error parsing secrets file at .streamlit/secrets.toml'
	);
	await expect(results(page)).toContainText('Nothing: every access raises the exception above');
	// The alert precedes the results in reading order.
	const order = await inPage<number>(
		page,
		`document.querySelector('[role="alert"]').compareDocumentPosition(
			document.querySelector('#result-panel')
		) & Node.DOCUMENT_POSITION_FOLLOWING`
	);
	expect(order).toBeTruthy();
});
