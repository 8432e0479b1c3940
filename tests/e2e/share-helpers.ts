import { expect, type Page } from '@playwright/test';
import { problems, results } from './helpers.ts';

/** Returns the JSON a share link carries, inflated in the page. */
export function linkJson(page: Page, link: string): Promise<string> {
	return page.evaluate(async (l) => {
		const b64 = l
			.slice(l.indexOf('#share=1.') + 9)
			.replace(/-/g, '+')
			.replace(/_/g, '/');
		const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
		const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
		const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
		return new Response(stream).text();
	}, link);
}

/** Returns a `#share=1.` fragment carrying `bytes` (text, or a count of zero bytes), deflated in the page. */
export function fragmentOf(page: Page, content: string | { zeros: number }): Promise<string> {
	return page.evaluate(async (c) => {
		const bytes = typeof c === 'string' ? new TextEncoder().encode(c) : new Uint8Array(c.zeros);
		const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
		const packed = new Uint8Array(await new Response(stream).arrayBuffer());
		let binary = '';
		for (const b of packed) binary += String.fromCharCode(b);
		const b64 = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
		return `share=1.${b64}`;
	}, content);
}

/** Opens the Share dialog and returns it. */
export async function openShare(page: Page) {
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Share a link' });
	await expect(dialog).toBeVisible();
	return dialog;
}

/** Returns the link the dialog made, once it is made. */
export async function madeLink(page: Page): Promise<string> {
	const box = page.getByRole('dialog').getByRole('textbox', { name: 'Link' });
	await expect(box).toHaveValue(/#share=1\./);
	return box.inputValue();
}

/** Returns what the page shows of the secrets: the rows of paths and each problem's severity, place and code. */
export async function shown(page: Page): Promise<{ rows: string[]; problems: string[] }> {
	await expect(page.getByRole('status').filter({ hasText: 'Analysing' })).toHaveCount(0);
	const rows = await results(page).getByRole('row').allInnerTexts();
	const items = problems(page).getByRole('listitem');
	const list: string[] = [];
	for (const item of await items.all()) {
		const where = await item.locator('.where').allInnerTexts();
		const code = await item.locator('.code').innerText();
		const severity = await item.locator('.severity').innerText();
		list.push(`${severity} ${where.join(' ')} ${code}`);
	}
	return { rows, problems: list };
}
