import { expect, test, type Page } from '@playwright/test';
import {
	appEditor,
	editor,
	inPage,
	loadExample,
	openWith,
	problems,
	reads,
	selectedText,
	setText
} from './helpers.ts';

const secrets = 'OPENAI_API_KEY = "sk-live-secret-value"\n\n[db]\nuser = "app"\n';
const app = `import streamlit as st

key = st.secrets["OPENAI_API_KEY"]
password = st.secrets.db.password
`;

/** Opens the page with `secrets` in the project file and `code` in the main script. */
async function openApp(page: Page, code: string, toml = secrets): Promise<void> {
	await openWith(page, toml);
	await setText(page, code, appEditor());
}

const readRow = (page: Page, text: string) =>
	reads(page).getByRole('row').filter({ hasText: text }).first();

test('a read of a missing key shows in the app editor and in the TOML, and the quick fix there resolves it', async ({
	page
}) => {
	await openApp(page, app);
	await expect(editor(page, appEditor()).locator('.cm-lintRange-error')).toHaveText(
		'st.secrets.db.password'
	);
	await expect(editor(page).locator('.cm-lintRange-error')).toHaveText('db');
	const list = problems(page);
	await expect(list).toContainText('st.secrets.db.password raises AttributeError');
	await expect(list).toContainText('db.password is read by the app (streamlit_app.py:4)');
	await expect(page.getByRole('tab', { name: /streamlit_app\.py/ })).toContainText('1');

	await page.getByRole('tab', { name: 'Reads' }).click();
	const row = readRow(page, 'st.secrets.db.password');
	await expect(row).toContainText('missing');
	await expect(row).toContainText(
		'AttributeError: st.secrets has no attribute "password". Did you forget to add it to secrets.toml'
	);
	await expect(row.getByRole('button', { name: '.streamlit/secrets.toml:3' })).toBeVisible();
	await expect(readRow(page, 'st.secrets["OPENAI_API_KEY"]')).toContainText('found');

	// The fix offered where the key belongs, in the TOML editor's hover.
	await page.getByRole('tab', { name: /^Secrets files/ }).click();
	await editor(page).locator('.cm-lintRange-error').hover();
	await page.locator('.cm-tooltip-lint').getByRole('button', { name: 'Add db.password' }).click();
	await expect(editor(page)).toContainText('[db]password = ""user = "app"');
	await expect(editor(page, appEditor()).locator('.cm-lintRange-error')).toHaveCount(0);
	await expect(list).not.toContainText('db.password');
	await expect(readRow(page, 'st.secrets.db.password')).toContainText('found');
	await expect(readRow(page, 'st.secrets.db.password')).not.toContainText('AttributeError');
});

test('the Reads view jumps to the read in the app and to the key in the TOML', async ({ page }) => {
	await openApp(page, app);
	await page.getByRole('tab', { name: 'Reads' }).click();
	const row = readRow(page, 'st.secrets["OPENAI_API_KEY"]');
	await row.getByRole('button', { name: 'streamlit_app.py:3' }).click();
	await expect(editor(page, appEditor())).toBeFocused();
	await expect.poll(() => selectedText(page)).toBe('st.secrets["OPENAI_API_KEY"]');
	await row.getByRole('button', { name: '.streamlit/secrets.toml:1' }).click();
	await expect(editor(page)).toBeFocused();
	await expect.poll(() => selectedText(page)).toBe('OPENAI_API_KEY');
	// A missing key's place is where it belongs: the problem there offers the fix.
	await readRow(page, 'st.secrets.db.password')
		.getByRole('button', { name: '.streamlit/secrets.toml:3' })
		.click();
	await expect(editor(page)).toBeFocused();
	await expect.poll(() => selectedText(page)).toBe('db');
	// No secret value reaches the page from this view.
	expect(await reads(page).innerHTML()).not.toContain('sk-live-secret-value');
});

test('F8 steps through the problems of the secrets and of the app code', async ({ page }) => {
	await openApp(page, app);
	await page.getByRole('tab', { name: /^Secrets files/ }).click();
	await editor(page).click();
	await page.keyboard.press('ControlOrMeta+Home');
	await page.keyboard.press('F8');
	await expect.poll(() => selectedText(page)).toBe('db');
	await page.keyboard.press('F8');
	// `db.user` is never read: information, at the key.
	await expect.poll(() => selectedText(page)).toBe('user');
	await page.keyboard.press('F8');
	await expect(editor(page, appEditor())).toBeFocused();
	await expect.poll(() => selectedText(page)).toBe('st.secrets.db.password');
});

test('reads the app handles show as protected, and unread keys as information', async ({
	page
}) => {
	const guarded = `import streamlit as st

model = st.secrets.get("MODEL", "gpt-4o-mini")
try:
    limit = st.secrets["LIMIT"]
except KeyError:
    limit = 50
if "region" in st.secrets:
    region = st.secrets["region"]
`;
	await openApp(page, guarded);
	await page.getByRole('tab', { name: 'Reads' }).click();
	const view = reads(page);
	await expect(view).toContainText('4 reads: 4 protected.');
	await expect(readRow(page, 'st.secrets.get("MODEL", "gpt-4o-mini")')).toContainText(
		'protected returns the default'
	);
	const caught = readRow(page, 'st.secrets["LIMIT"]');
	await expect(caught).toContainText('protected the app catches it');
	await expect(caught).toContainText(`KeyError: 'st.secrets has no key "LIMIT".`);
	await expect(problems(page).getByText(/No problems found|step through them/)).not.toContainText(
		/\d+ [\w ]*(errors?|problems?)\b/
	);
	await expect(view.getByRole('heading', { name: 'Defined but never read' })).toBeVisible();
	await expect(view.getByRole('listitem').filter({ hasText: 'st.secrets["db"]' })).toBeVisible();
	await view.getByRole('button', { name: '.streamlit/secrets.toml:1' }).click();
	await expect.poll(() => selectedText(page)).toBe('OPENAI_API_KEY');
});

test('pages are added, opened from disk or dropped, and all of them are checked', async ({
	page
}) => {
	await openWith(page, secrets);
	await page.getByRole('tab', { name: /^App code/ }).click();
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Open .py files', exact: true }).click();
	await (
		await chooser
	).setFiles([
		{ name: 'app.py', mimeType: 'text/x-python', buffer: Buffer.from(app) },
		{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not python') }
	]);
	// An empty main script takes the first file's name.
	await expect(page.getByRole('tab', { name: 'app.py' })).toHaveAttribute('aria-selected', 'true');
	await expect(editor(page, appEditor('app.py'))).toContainText('st.secrets.db.password');
	await expect(page.getByRole('status').filter({ hasText: 'Opened app.py' })).toContainText(
		'Skipped notes.txt (not a .py file)'
	);

	// Dropped files become pages; the editor does not paste them into itself.
	await editor(page, appEditor('app.py')).evaluate((element) => {
		const dom = globalThis as unknown as {
			DataTransfer: new () => { items: { add(file: unknown): void } };
			File: new (parts: string[], name: string) => unknown;
			DragEvent: new (type: string, init: object) => Event;
		};
		const data = new dom.DataTransfer();
		data.items.add(new dom.File(['import streamlit as st\nst.secrets["PAGE_KEY"]\n'], 'stats.py'));
		for (const type of ['dragenter', 'dragover', 'drop'])
			element.dispatchEvent(
				new dom.DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true })
			);
	});
	await expect(page.getByRole('tab', { name: 'pages/stats.py' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(editor(page, appEditor('pages/stats.py'))).toHaveText(
		'import streamlit as stst.secrets["PAGE_KEY"]'
	);
	await expect(problems(page)).toContainText('pages/stats.py');
	await page.getByRole('tab', { name: /^app\.py/ }).click();
	await expect(editor(page, appEditor('app.py'))).not.toContainText('PAGE_KEY');

	await page.getByRole('button', { name: 'Add page', exact: true }).click();
	await expect(page.getByRole('tab', { name: 'pages/page_1.py' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	const panel = page.getByRole('tabpanel', { name: 'pages/page_1.py' });
	await panel.getByRole('textbox', { name: 'Path' }).fill('pages/2_Settings.py');
	await setText(
		page,
		'import streamlit as st\nst.secrets.db.user\n',
		appEditor('pages/2_Settings.py')
	);
	await page.getByRole('tab', { name: 'Reads' }).click();
	await expect(readRow(page, 'st.secrets.db.user')).toContainText('pages/2_Settings.py:2');
	await page
		.getByRole('tabpanel', { name: 'pages/2_Settings.py' })
		.getByRole('button', { name: 'Remove this file' })
		.click();
	await expect(page.getByRole('tablist', { name: 'App files' }).getByRole('tab')).toHaveCount(2);
	await expect(reads(page)).not.toContainText('pages/2_Settings.py');
});

test('app code survives a reload of the tab, and Forget clears it', async ({ page }) => {
	await openApp(page, app);
	await page.getByRole('button', { name: 'Add page', exact: true }).click();
	await setText(page, 'import streamlit as st\nst.secrets.db.user\n', appEditor('pages/page_1.py'));
	await page.reload();
	await expect(editor(page, appEditor('pages/page_1.py'))).toContainText('st.secrets.db.user');
	await page.getByRole('tab', { name: /^App code/ }).click();
	await page.getByRole('tab', { name: 'streamlit_app.py' }).click();
	await expect(editor(page, appEditor())).toContainText('password = st.secrets.db.password');
	await expect(problems(page)).toContainText('st.secrets.db.password raises');

	await page.getByRole('button', { name: 'Forget', exact: true }).click();
	await expect(editor(page, appEditor())).toHaveText('');
	await expect(page.getByRole('tablist', { name: 'App files' }).getByRole('tab')).toHaveCount(1);
	await expect(problems(page)).not.toContainText('st.secrets');
	await page.getByRole('tab', { name: 'Reads' }).click();
	await expect(reads(page)).toContainText('No app code yet');
	expect(await inPage(page, 'sessionStorage.length')).toBe(0);
	await page.reload();
	await expect(editor(page, appEditor())).toHaveText('');
	expect(await page.content()).not.toContain('st.secrets.db.password');
});

test('the chatbot example loads an app and a page whose reads are checked', async ({ page }) => {
	await page.goto('/');
	await loadExample(page, 'Chatbot app');
	await page.getByRole('tab', { name: /^App code/ }).click();
	await expect(page.getByRole('tab', { name: 'pages/1_History.py' })).toBeVisible();
	await expect(editor(page, appEditor())).toContainText('st.secrets["OPENAI_API_KEY"]');
	await expect(page.getByRole('status').filter({ hasText: 'Streamlit loads' })).toContainText(
		'1 app read fails'
	);
	await problems(page).getByRole('button', { name: 'Fix: Add db.password' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Streamlit loads' })).not.toContainText(
		'fails'
	);
	await page.getByRole('tab', { name: 'Reads' }).click();
	await expect(readRow(page, 'st.secrets.db.password')).toContainText('found');
	await expect(readRow(page, 'st.secrets["HISTORY_LIMIT"]')).toContainText('protected');
	// Loading an example without app code empties the app code.
	await loadExample(page, 'Basic keys');
	await expect(editor(page, appEditor())).toHaveText('');
});

test('large sources are checked with the app code in the worker', async ({ page }) => {
	await openApp(page, app, `big = "${'x'.repeat(60_000)}"\n${secrets}`);
	await expect(problems(page)).toContainText('st.secrets.db.password raises AttributeError');
	await page.getByRole('tab', { name: 'Reads' }).click();
	await expect(readRow(page, 'st.secrets.db.password')).toContainText('missing');
	await expect(reads(page)).toContainText('st.secrets["big"]');
});

const img = '<img src=x onerror=window.pwned=1>';
const hostile = `import streamlit as st
# ${img}
a = st.secrets["${img}"]
b = st.secrets["<script>window.pwned=2</script>"]
c = st.secrets.get("${'k'.repeat(5000)}")
`;

test('hostile app code renders as inert text', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await openApp(page, hostile);
	await expect(problems(page).locator('code').filter({ hasText: '<img' }).first()).toBeVisible();
	await page.getByRole('tab', { name: 'Reads' }).click();
	await expect(readRow(page, `st.secrets["${img}"]`)).toContainText('missing');
	await expect(reads(page)).toContainText('<script>window.pwned=2</script>');
	await page.reload();
	await expect(editor(page, appEditor())).toContainText(img);
	// CodeMirror's own empty images beside a zero-width problem marker are the only ones.
	expect(await page.locator('main img:not(.cm-widgetBuffer), main script').count()).toBe(0);
	expect(await inPage(page, 'window.pwned')).toBeUndefined();
	expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(
		page.viewportSize()!.width
	);
	expect(dialogs).toEqual([]);
});
