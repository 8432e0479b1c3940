import { expect, test, type Page } from '@playwright/test';
import {
	appEditor,
	editor,
	inPage,
	loadExample,
	openWith,
	projectEditor,
	setText,
	showEditor
} from './helpers.ts';

const secrets = 'api_key = "sk-undo-me"\n\n[db]\nuser = "app"\n';
const code = 'import streamlit as st\n\nkey = st.secrets["api_key"]\n';
const notice = (page: Page) => page.getByRole('status').filter({ hasText: /Undo/ });
const undoButton = (page: Page) => notice(page).getByRole('button', { name: /^Undo/ });

/** Opens the page with a draft in the project file, the main script and an added file. */
async function draft(page: Page): Promise<void> {
	await openWith(page, secrets);
	await setText(page, code, appEditor());
	// The app editor is in the App code tab; Add file is with the secrets files.
	await showEditor(page, projectEditor);
	await page.getByRole('button', { name: 'Add file' }).click();
	await setText(page, 'extra = "third file"\n', 'Editor for app/.streamlit/secrets.toml');
	await expect(editor(page, 'Editor for app/.streamlit/secrets.toml')).toHaveText(
		'extra = "third file"'
	);
	// The draft reaches sessionStorage once typing pauses.
	await expect.poll(() => inPage(page, 'sessionStorage.length')).toBeGreaterThan(0);
}

/** Returns the exact text of an editor (its CodeMirror document, not what is drawn of it). */
function docOf(page: Page, label: string): Promise<string> {
	return inPage<string>(
		page,
		`document.querySelector('.cm-content[aria-label=${JSON.stringify(label)}]').cmTile.root.view.state.doc.toString()`
	);
}

async function expectDraftBack(page: Page): Promise<void> {
	await expect(page.getByRole('tab', { name: /app\/\.streamlit\/secrets\.toml/ })).toBeVisible();
	expect(await docOf(page, 'Editor for app/.streamlit/secrets.toml')).toBe(
		'extra = "third file"\n'
	);
	await page.getByRole('tab', { name: /^2 \.streamlit\/secrets\.toml/ }).click();
	await expect.poll(() => docOf(page, projectEditor)).toBe(secrets);
	await expect.poll(() => docOf(page, appEditor())).toBe(code);
}

test('Ctrl+Z right after Forget brings every file back, while storage stays empty', async ({
	page
}) => {
	await draft(page);
	await page.getByRole('button', { name: 'Forget' }).click();
	await expect(notice(page)).toContainText('Forgotten');
	await expect(undoButton(page)).toBeVisible();
	await expect(editor(page)).toHaveText('');
	await expect(editor(page, appEditor())).not.toContainText('api_key');
	// The draft to undo is in memory only: Forget still empties this tab's storage.
	await page.waitForTimeout(1000);
	expect(await inPage(page, 'sessionStorage.length')).toBe(0);
	expect(await inPage(page, 'JSON.stringify(Object.entries(sessionStorage))')).not.toContain(
		'sk-undo-me'
	);

	await page.keyboard.press('ControlOrMeta+Z');
	await expect(notice(page)).toHaveCount(0);
	await expectDraftBack(page);
	// Undone, the draft is a draft again: it is saved and survives a reload.
	await expect.poll(() => inPage(page, 'sessionStorage.length')).toBeGreaterThan(0);
	await page.reload();
	await expectDraftBack(page);
});

test('the Undo button brings back the exact text after Forget', async ({ page }) => {
	const exact = 'a = "x"  \r\n\t# tabs, CRLF and trailing spaces\n\ufeffz = 1\n';
	await openWith(page, exact);
	await page.getByRole('button', { name: 'Forget' }).click();
	await undoButton(page).click();
	await expect(notice(page)).toHaveCount(0);
	await expect.poll(() => docOf(page, projectEditor)).toBe(exact.replace(/\r\n/g, '\n'));
});

test('an example loaded over a draft can be undone; over nothing, there is nothing to undo', async ({
	page
}) => {
	await draft(page);
	await loadExample(page, 'Basic keys');
	await expect(notice(page)).toContainText('Example loaded in place of your draft.');
	await expect(editor(page)).toContainText('[database]');
	await undoButton(page).click();
	await expectDraftBack(page);

	await page.getByRole('button', { name: 'Forget' }).click();
	await notice(page).getByRole('button', { name: 'Dismiss the offer to undo' }).click();
	await expect(notice(page)).toHaveCount(0);
	await loadExample(page, 'Basic keys');
	// Nothing was lost: the page was empty, so no offer to undo.
	await expect(notice(page)).toHaveCount(0);
});

test('the next edit, or a few seconds, end the offer to undo', async ({ page }) => {
	await openWith(page, secrets);
	await loadExample(page, 'Basic keys');
	await expect(undoButton(page)).toBeVisible();
	await editor(page).click();
	await page.keyboard.press('ControlOrMeta+End');
	await page.keyboard.type('\nnew = 1');
	await expect(notice(page)).toHaveCount(0);
	// Ctrl+Z is the editor's own again: it undoes the typing, not the example.
	await page.keyboard.press('ControlOrMeta+Z');
	await expect(editor(page)).toContainText('[database]');

	await page.clock.install();
	await page.getByRole('button', { name: 'Forget' }).click();
	await expect(undoButton(page)).toBeVisible();
	await page.clock.runFor(11_000);
	await expect(notice(page)).toHaveCount(0);
	await page.keyboard.press('ControlOrMeta+Z');
	await expect(editor(page)).toHaveText('');
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the undo notice (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await openWith(page, secrets);
		await page.getByRole('button', { name: 'Forget' }).click();
		await expect(undoButton(page)).toBeVisible();
		const box = await undoButton(page).boundingBox();
		expect(box!.height).toBeGreaterThanOrEqual(24);
		await page.screenshot({ path: test.info().outputPath(`undo-${colorScheme}.png`) });
	});
}
