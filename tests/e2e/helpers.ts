import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

/** The build folder under test (`E2E_DIST`, `dist` by default). */
export const distDir = process.env.E2E_DIST ?? 'dist';

/** Returns every file `vite build` wrote, as URL paths (`/assets/…`). */
export function builtFiles(dir = distDir, prefix = ''): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? builtFiles(join(dir, entry.name), `${prefix}/${entry.name}`)
			: [`${prefix}/${entry.name}`]
	);
}

/** The project file's editor. */
export const projectEditor = 'Editor for .streamlit/secrets.toml';

/** Returns the name of the editor of an app file. */
export const appEditor = (path = 'streamlit_app.py') => `Python editor for ${path}`;

/** Returns the text box of a source's editor. */
export function editor(page: Page, name = projectEditor): Locator {
	// Also in the editor column's other tab: its text is still there to be read.
	return page.getByRole('textbox', { name, exact: true, includeHidden: true });
}

/** Opens the page with the project file holding `text` (typed as a paste). */
export async function openWith(page: Page, text: string): Promise<void> {
	await page.goto('/');
	await setText(page, text);
}

/**
 * Brings the editor `name` on show: the Edit pane on a narrow screen, then the Secrets files
 * or App code tab of the editor column.
 */
export async function showEditor(page: Page, name = projectEditor): Promise<void> {
	const edit = page.getByRole('tab', { name: 'Edit', exact: true });
	if ((await edit.count()) && (await edit.getAttribute('aria-selected')) !== 'true')
		await edit.click();
	const tab = page.getByRole('tab', {
		name: name.startsWith('Python editor') ? /^App code/ : /^Secrets files/
	});
	if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
}

/** Replaces the text of an editor with a paste (a real clipboard event, as Ctrl+V sends). */
export async function setText(page: Page, text: string, name = projectEditor): Promise<void> {
	const box = editor(page, name);
	await showEditor(page, name);
	await box.click();
	await page.keyboard.press('ControlOrMeta+A');
	if (!text) return page.keyboard.press('Delete');
	await box.evaluate((element, pasted) => {
		// DOM classes through globalThis: the tests are type-checked without the DOM library.
		const dom = globalThis as unknown as {
			DataTransfer: new () => { setData(type: string, value: string): void };
			ClipboardEvent: new (type: string, init: object) => Event;
		};
		const data = new dom.DataTransfer();
		data.setData('text/plain', pasted);
		const init = { clipboardData: data, bubbles: true, cancelable: true };
		element.dispatchEvent(new dom.ClipboardEvent('paste', init));
	}, text);
}

/** Returns the region listing what the app sees. */
export function results(page: Page): Locator {
	return page.getByRole('tabpanel', { name: 'What your app sees' });
}

/** Returns the problems section. */
export function problems(page: Page): Locator {
	return page.getByRole('region', { name: 'Problems' });
}

/** Returns the Reads view. */
export function reads(page: Page): Locator {
	return page.getByRole('tabpanel', { name: 'Reads' });
}

/** Loads one of the examples through the menu. */
export async function loadExample(page: Page, title: string): Promise<void> {
	await page.getByRole('button', { name: 'Examples' }).click();
	await page.getByRole('button', { name: new RegExp(`^${title}`) }).click();
}

/** Returns the text currently selected in the focused editor. */
export function selectedText(page: Page): Promise<string> {
	return inPage(page, "document.getSelection()?.toString() ?? ''");
}

/**
 * Evaluates a JavaScript expression in the page. Written as text because the tests
 * are type-checked without the DOM library (they run in Node).
 */
export function inPage<T>(page: Page, expression: string): Promise<T> {
	return page.evaluate(expression) as Promise<T>;
}
