import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { editor, inPage, openWith, results } from './helpers.ts';
import { fragmentOf, linkJson, madeLink, openShare, shown } from './share-helpers.ts';

/** Values that must never be in a redacted link. */
const values = [
	'sk-proj-Q7mZ2xL9pR4tW8vN3kB6yH1cJ5dF0gSa',
	'Q7mZ2xL9pR4tW8vN3kB6yH1cJ5dF0gSa',
	'hunter2-Orchid',
	'Tr0ub4dor-3',
	'svc_reporting',
	'db.internal.corp',
	'5432',
	'7.5'
];

const secrets = `# The reporting app's secrets
api_key = "${values[0]}"
password = "${values[2]}"
keys = "shadowed by a method"
timeout = 7.5

[database]
url = "postgresql://admin:${values[3]}@${values[5]}:${values[6]}/sales"
user = "${values[4]}"
port = ${values[6]}

[connections.sql]
dialect = "postgresql"
host = "${values[5]}"
`;

test('a redacted link opens with the same paths and problems and holds no value', async ({
	page,
	browser
}) => {
	await openWith(page, secrets);
	await expect(results(page).getByRole('row').first()).toBeVisible();
	const before = await shown(page);
	expect(before.problems.length).toBeGreaterThan(2);

	const dialog = await openShare(page);
	await expect(dialog.getByRole('radio', { name: /Placeholders/ })).toBeChecked();
	const link = await madeLink(page);
	const json = await linkJson(page, link);
	expect(JSON.parse(json).redacted).toBe(true);
	for (const value of values) expect(json).not.toContain(value);

	// A fresh browser, as the person the link is sent to.
	const other = await (await browser.newContext()).newPage();
	await other.goto(link);
	await expect(other.getByRole('status').filter({ hasText: 'Opened a shared link' })).toContainText(
		'placeholders'
	);
	await expect(results(other).getByRole('row')).toHaveCount(before.rows.length);
	expect(await shown(other)).toEqual(before);
	const text = await editor(other).innerText();
	for (const value of values) expect(text).not.toContain(value);
	expect(text).toContain('[connections.sql]');
	expect(text).toContain('dialect = "postgresql"');
});

test('a link with real values lists the credentials and needs a confirmation', async ({ page }) => {
	await openWith(page, secrets);
	const dialog = await openShare(page);
	await dialog.getByRole('radio', { name: /real values/ }).check();
	const found = dialog.getByRole('list', { name: 'Credentials found' });
	await expect(found).toContainText('an OpenAI API key');
	await expect(found).toContainText('a URL with a password');
	const box = dialog.getByRole('textbox', { name: 'Link' });
	await expect(box).toHaveValue('');
	await expect(dialog.getByRole('button', { name: 'Copy link' })).toHaveCount(0);

	await dialog.getByRole('checkbox', { name: /anyone with this link can read/ }).check();
	const link = await madeLink(page);
	const json = await linkJson(page, link);
	expect(JSON.parse(json).redacted).toBe(false);
	expect(json).toContain(values[0]);

	// Back to placeholders and again to real values: the confirmation is asked again.
	await dialog.getByRole('radio', { name: /Placeholders/ }).check();
	await dialog.getByRole('radio', { name: /real values/ }).check();
	await expect(dialog.getByRole('checkbox', { name: /anyone with this link/ })).not.toBeChecked();
	await expect(box).toHaveValue('');
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();

	await page.goto('/');
	await page.goto(link);
	await expect(page.getByRole('status').filter({ hasText: 'Opened a shared link' })).toContainText(
		'real values'
	);
	await expect(editor(page)).toContainText(values[2]);
});

test('app code is shared, with a pasted key masked in a redacted link', async ({ page }) => {
	const key = 'sk-ant-api03-Zq8Lm2Rt7Wx1Np5Kd9Hs3Jv6Bc0FyQ4';
	await openWith(page, 'token = "abc"\n');
	const code = `import streamlit as st\nclient = Client(api_key="${key}")\nst.write(st.secrets["token"])\n`;
	await page.getByRole('tab', { name: /^App code/ }).click();
	await page.getByRole('textbox', { name: 'Python editor for streamlit_app.py' }).click();
	await page.keyboard.insertText(code);
	const dialog = await openShare(page);
	const json = await linkJson(page, await madeLink(page));
	expect(json).not.toContain(key.slice(14));
	expect(json).toContain('st.secrets[\\"token\\"]');
	await dialog.getByRole('radio', { name: /real values/ }).check();
	await expect(dialog.getByRole('list', { name: 'Credentials found' })).toContainText(
		'streamlit_app.py line 2'
	);
});

test('a damaged or hostile link loads nothing and says why', async ({ page }) => {
	await page.goto('/');
	const starter = (await editor(page).textContent()) ?? '';
	const cases: [string, RegExp][] = [
		['share=1.AAAA', /does not unpack/],
		['share=7.AAAA', /format 7/],
		['share=1.%%%', /damaged/],
		[await fragmentOf(page, '{"version":1}'), /does not say if it is redacted/],
		[await fragmentOf(page, '{"version":3,"redacted":true}'), /newer playground/],
		[await fragmentOf(page, 'not json'), /not valid JSON/],
		// 20 MB of zeros packs into about 20 KB: reading stops at the limit.
		[await fragmentOf(page, { zeros: 20_000_000 }), /more than 8 MB/]
	];
	for (const [fragment, why] of cases) {
		await page.goto(`/#${fragment}`);
		const alert = page.getByRole('alert').filter({ hasText: 'This share link was not loaded' });
		await expect(alert).toContainText(why);
		await expect(editor(page)).toHaveText(starter);
	}
});

test('opening a link over a draft says so and brings the draft back on request', async ({
	page
}) => {
	await openWith(page, 'shared = "from the link"\n');
	await openShare(page);
	const link = await madeLink(page);
	await page.keyboard.press('Escape');
	await openWith(page, 'draft = "my own work"\n');
	await inPage(page, 'new Promise((r) => setTimeout(r, 800))');
	await page.goto(link);
	const notice = page.getByRole('status').filter({ hasText: 'Opened a shared link' });
	await expect(notice).toContainText('It replaced the draft of this tab');
	await expect(editor(page)).toContainText('shared = "');
	await notice.getByRole('button', { name: 'Restore my draft' }).click();
	await expect(editor(page)).toContainText('draft = "my own work"');
	// A reload of the same link keeps the draft (the edits made since) instead of opening it again.
	await page.reload();
	await expect(editor(page)).toContainText('draft = "my own work"');
});

test('the share dialog and the notices pass the accessibility checks', async ({ page }) => {
	await openWith(page, secrets);
	const dialog = await openShare(page);
	await dialog.getByRole('radio', { name: /real values/ }).check();
	await expect(dialog.getByRole('list', { name: 'Credentials found' })).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await page.goto('/#share=1.AAAA');
	await expect(page.getByRole('alert').filter({ hasText: 'not loaded' })).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
