import { expect, test } from '@playwright/test';
import { inPage, openWith, problems, results, setText } from './helpers.ts';

const img = '<img src=x onerror=window.pwned=1>';
const long = 'k'.repeat(10_000);
const file = `html = ${JSON.stringify(img)}
"${long}" = "long key"

[table]
script = "<script>window.pwned=2</script>"
${JSON.stringify(img)} = ${JSON.stringify(img)}
`;

test('hostile keys and values render as inert text everywhere', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await openWith(page, file);
	const seen = results(page);
	await seen.getByRole('button', { name: 'Show all values' }).click();
	await expect(
		seen.getByRole('button', { name: `st.secrets["table"]["${img}"]`, exact: true })
	).toBeVisible();
	await expect(seen).toContainText(`'${img}'`);
	await expect(
		seen.getByRole('button', { name: 'st.secrets["table"]["script"]', exact: true })
	).toBeVisible();
	await expect(seen).toContainText('<script>window.pwned=2</script>');
	await expect(
		seen.getByRole('button', { name: `st.secrets["${long}"]`, exact: true })
	).toBeVisible();

	await page.getByRole('tab', { name: 'Environment' }).click();
	const env = page.getByRole('tabpanel', { name: 'Environment' });
	// "Show all values" covers the environment too.
	await expect(
		env.getByRole('button', { name: 'Hide value of os.environ variable html' })
	).toBeVisible();
	await expect(env).toContainText(img);

	await page.getByRole('tab', { name: 'Try it' }).click();
	const input = page.getByRole('textbox', { name: 'Python statement' });
	await input.fill('st.secrets.table');
	await input.press('Enter');
	await expect(page.getByRole('list', { name: 'Console output' })).toContainText(
		'<script>window.pwned=2</script>'
	);

	await setText(page, `bad = ${img}\n`);
	await expect(problems(page)).toContainText('is not quoted');
	await expect(problems(page).locator('code').filter({ hasText: '<img' }).first()).toBeVisible();

	expect(await page.locator('main img, main script').count()).toBe(0);
	expect(await inPage(page, 'window.pwned')).toBeUndefined();
	expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(
		page.viewportSize()!.width
	);
	expect(dialogs).toEqual([]);
});

const objectNames = `__proto__ = "proto value"
constructor = "ctor"

[toString]
valueOf = "v"
hasOwnProperty = 1
`;

test('keys named like JavaScript object internals stay plain text and pollute nothing', async ({
	page
}) => {
	await openWith(page, objectNames);
	await expect(page.getByRole('textbox', { name: /^Editor for/ })).toContainText('__proto__');
	// Whatever the core answers, the page never shows a report of older text.
	await expect(results(page)).not.toContainText('st.secrets["api_key"]');
	await page.getByRole('tab', { name: 'Try it' }).click();
	const input = page.getByRole('textbox', { name: 'Python statement' });
	await input.fill('st.secrets.to_dict()');
	await input.press('Enter');
	await expect(
		page.getByRole('list', { name: 'Console output' }).getByRole('listitem')
	).toHaveCount(1);
	const polluted = await inPage<boolean>(
		page,
		"Object.keys(Object.prototype).length > 0 || typeof ({}).valueOf !== 'function' || 'proto value' in {}"
	);
	expect(polluted).toBe(false);
	// CodeMirror's own source-less widget buffers (around a lint point) are the only images.
	expect(await page.locator('main img:not(.cm-widgetBuffer:not([src])), main script').count()).toBe(
		0
	);
});

// Needs the core: check() throws `s.replace is not a function` for root keys named like
// Object.prototype members (identifier look-ups on plain objects), and simulate() drops
// `__proto__` keys from the dicts it returns.
test('keys named like JavaScript object internals are listed like any other', async ({ page }) => {
	await openWith(page, objectNames);
	const seen = results(page);
	await seen.getByRole('button', { name: 'Show all values' }).click();
	await expect(
		seen.getByRole('button', { name: 'st.secrets["__proto__"]', exact: true })
	).toBeVisible();
	await expect(seen).toContainText("'proto value'");
	await expect(
		seen.getByRole('button', { name: 'st.secrets["constructor"]', exact: true })
	).toBeVisible();
	await expect(
		seen.getByRole('button', { name: 'st.secrets["toString"]["valueOf"]', exact: true })
	).toBeVisible();
	await page.getByRole('tab', { name: 'Try it' }).click();
	const input = page.getByRole('textbox', { name: 'Python statement' });
	await input.fill('st.secrets.to_dict()');
	await input.press('Enter');
	await expect(page.getByRole('list', { name: 'Console output' })).toContainText(
		"'__proto__': 'proto value'"
	);
});
