import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	editor,
	inPage,
	loadExample,
	openWith,
	problems,
	results,
	selectedText
} from './helpers.ts';

const loadStatus = (page: Page) =>
	page.getByRole('status').filter({ hasText: 'Streamlit loads these secrets' });
const summary = (page: Page) => problems(page).locator('.summary');

test('problem counts name the kind of problem and are singular for one', async ({ page }) => {
	await openWith(page, '[connections]\ndb = 1\n');
	await expect(loadStatus(page)).toContainText(
		'2 paths, 0 environment variables; 1 connection problem.'
	);
	await expect(loadStatus(page)).not.toContainText('TOML');
	await expect(summary(page)).toHaveText(
		'1 connection problem, 1 info · F8 / Shift+F8 step through them'
	);

	await openWith(page, '[auth]\nredirect_uri = "x"\n');
	await expect(loadStatus(page)).toContainText('; 3 login problems.');
	await expect(summary(page)).toContainText('3 login problems, 1 info');

	await openWith(page, 'clé = "v"\n');
	await expect(loadStatus(page)).toContainText(
		'1 path, 1 environment variable; 1 TOML error other tools would reject.'
	);
	await expect(summary(page)).toContainText('1 TOML error, 2 infos');

	await openWith(page, 'a = "x"\nb = "y"\n');
	await expect(loadStatus(page)).toContainText('2 paths, 2 environment variables.');
	await expect(results(page)).toContainText('2 paths.');
	await expect(summary(page)).toContainText('1 info ·');
});

test('the note on masking says what is on show', async ({ page }) => {
	await openWith(page, 'password = "hunter2"\n[db]\nuser = "admin-user"\n');
	const seen = results(page);
	const note = seen.locator('.count');
	await expect(note).toHaveText('3 paths. Values are masked until you show them.');
	await seen.getByRole('button', { name: 'Show all values' }).click();
	await expect(note).toHaveText('3 paths. All values are shown.');
	await seen.getByRole('button', { name: 'Hide value of st.secrets["password"]' }).click();
	await expect(note).toHaveText('3 paths. Values are shown, except those you hid.');
	await seen.getByRole('button', { name: 'Hide all values' }).click();
	await expect(note).toHaveText('3 paths. Values are masked until you show them.');
	await seen.getByRole('button', { name: 'Show value of st.secrets["password"]' }).click();
	await expect(note).toHaveText(
		'3 paths. Values you showed are in the page; the others are masked.'
	);
});

/** `count` root keys `k0000` …: `k0000=1` when `width` is 0, else `k0000 = 0` padded to `width` characters. */
function manyKeys(count: number, width: number): string {
	return Array.from({ length: count }, (_, i) => {
		const key = `k${String(i).padStart(4, '0')}`;
		if (!width) return `${key}=1\n`;
		const line = `${key} = ${i}`;
		return line + ' '.repeat(Math.max(0, width - 1 - line.length)) + '\n';
	}).join('');
}

for (const [where, width] of [
	['on the main thread', 0],
	['in the worker', 16]
] as const) {
	test(`the path filter searches every path, past the first 5000 (${where})`, async ({ page }) => {
		test.setTimeout(60_000);
		const text = manyKeys(6000, width);
		// Under 50,000 characters the page analyses on the main thread, above in a worker.
		expect(text.length > 50_000).toBe(width > 0);
		await openWith(page, text);
		const seen = results(page);
		await expect(loadStatus(page)).toContainText('5000+ paths', { timeout: 20_000 });
		const filter = seen.getByRole('searchbox', { name: 'Filter paths' });
		await filter.fill('k5999');
		await expect(seen.locator('.count')).toHaveText(
			'1 path matches. Values are masked until you show them.',
			{ timeout: 20_000 }
		);
		await expect(seen.getByRole('row')).toHaveCount(2);
		const row = seen.getByRole('button', { name: 'st.secrets["k5999"]', exact: true });
		await row.click();
		await expect.poll(() => selectedText(page)).toBe('k5999');

		// Keys with a 5 in them, before and after the first 5000; the table lists 300 of them.
		const fives = Array.from({ length: 6000 }, (_, i) => String(i)).filter((k) => k.includes('5'));
		await filter.fill('5');
		await expect(seen.locator('.count')).toContainText(
			`${fives.length} paths match, first 300 shown.`,
			{ timeout: 20_000 }
		);
		await filter.fill('k4');
		await expect(seen.locator('.count')).toContainText('1000 paths match, first 300 shown.');
	});
}

const controls = (scope: Locator) => scope.getByRole('button', { name: /^(Copy|Show|Hide) / });

async function expectTargetsOf24(scope: Locator) {
	const boxes = await controls(scope).evaluateAll((buttons) =>
		buttons.map((b) => {
			const r = b.getBoundingClientRect();
			return { name: b.getAttribute('aria-label'), width: r.width, height: r.height };
		})
	);
	expect(boxes.length).toBeGreaterThan(0);
	for (const box of boxes) {
		expect(box.width, `${box.name} width`).toBeGreaterThanOrEqual(24);
		expect(box.height, `${box.name} height`).toBeGreaterThanOrEqual(24);
	}
}

async function expectNoTargetSizeViolations(page: Page) {
	const { violations, passes } = await new AxeBuilder({ page })
		.withRules(['target-size'])
		.include('#result-panel')
		.analyze();
	expect(passes.map((p) => p.id)).toContain('target-size');
	expect(violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`each row has one copy button per target, each at least 24 by 24 pixels (${colorScheme})`, async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		await loadExample(page, 'Basic keys');
		const seen = results(page);
		const row = seen.getByRole('row').filter({ hasText: 'st.secrets["database"]["user"]' });
		await expect(row.getByRole('button', { name: /^Copy/ })).toHaveText([
			'Copy path',
			'Copy value'
		]);
		await expect(row.getByRole('button', { name: /^Copy/ })).toHaveCount(2);
		await row.getByRole('button', { name: 'Copy path st.secrets["database"]["user"]' }).click();
		const clipboard = () => inPage<string>(page, 'navigator.clipboard.readText()');
		await expect.poll(clipboard).toBe('st.secrets["database"]["user"]');
		await expectTargetsOf24(seen);
		await expectNoTargetSizeViolations(page);
		await seen.getByRole('button', { name: 'Show all values' }).click();
		await expectTargetsOf24(seen);
		await expectNoTargetSizeViolations(page);
		await page.screenshot({ path: test.info().outputPath(`secrets-${colorScheme}.png`) });

		await page.getByRole('tab', { name: 'Environment' }).click();
		const env = page.getByRole('tabpanel', { name: 'Environment' });
		await expectTargetsOf24(env);
		await expectNoTargetSizeViolations(page);
	});
}

test('at phone width the copy and show buttons still measure 24 by 24', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('/');
	await loadExample(page, 'Basic keys');
	// On a phone the results are a pane of their own, one tap away.
	await page.getByRole('tab', { name: /^Results/ }).click();
	await expectTargetsOf24(results(page));
	await expectNoTargetSizeViolations(page);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`a byte order mark in a key is shown in the Environment view (${colorScheme})`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme });
		await openWith(page, '\ufeffAPI_KEY = "x"\nport = 1\n');
		await page.getByRole('tab', { name: 'Environment' }).click();
		const env = page.getByRole('tabpanel', { name: 'Environment' });
		const row = env.getByRole('row').filter({ hasText: 'API_KEY' });
		await expect(row.locator('code').first()).toHaveText(
			"os.environ['⟨U+FEFF (byte order mark)⟩API_KEY']"
		);
		await expect(row).toContainText(
			"The name holds the invisible U+FEFF (byte order mark), so code that reads os.environ['API_KEY'] does not find it."
		);
		await expect(env.getByRole('row').filter({ hasText: 'port' })).not.toContainText('invisible');
		await page.screenshot({ path: test.info().outputPath(`env-bom-${colorScheme}.png`) });
	});
}

test('an invisible character in a key can be removed from the Environment view', async ({
	page
}) => {
	await openWith(page, '\ufeffAPI_KEY = "x"\n"TOKEN\u200b" = "y"\n');
	await page.getByRole('tab', { name: 'Environment' }).click();
	const env = page.getByRole('tabpanel', { name: 'Environment' });
	const key = env.getByRole('row').filter({ hasText: 'API_KEY' });
	const token = env.getByRole('row').filter({ hasText: 'TOKEN' });
	await expect(token.locator('code').first()).toHaveText(
		"os.environ['TOKEN⟨U+200B (zero width space)⟩']"
	);
	await key.getByRole('button', { name: 'Fix: Remove the byte order mark' }).click();
	await expect(key.locator('code').first()).toHaveText("os.environ['API_KEY']");
	await expect(key).not.toContainText('invisible');
	await token.getByRole('button', { name: 'Fix: Remove the invisible character' }).click();
	await expect(token.locator('code').first()).toHaveText("os.environ['TOKEN']");
	await expect
		.poll(() =>
			inPage<string>(
				page,
				`document.querySelector('.cm-content[aria-label="Editor for .streamlit/secrets.toml"]').cmTile.root.view.state.doc.toString()`
			)
		)
		.toBe('API_KEY = "x"\n"TOKEN" = "y"\n');
	// The path in "What your app sees" shows the mark too.
	await openWith(page, '\ufeffAPI_KEY = "x"\n');
	await expect(results(page).getByRole('rowheader').locator('code').first()).toHaveText(
		'st.secrets["⟨U+FEFF (byte order mark)⟩API_KEY"]'
	);
});

test('the problems summary at a glance', async ({ page }) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await openWith(page, '[connections]\ndb = 1\n[auth]\nredirect_uri = "x"\n');
		await expect(summary(page)).toContainText('3 login problems, 1 connection problem, 1 info');
		await expect(loadStatus(page)).toContainText('; 3 login problems, 1 connection problem.');
		await problems(page).screenshot({ path: test.info().outputPath(`summary-${colorScheme}.png`) });
		await loadStatus(page).screenshot({
			path: test.info().outputPath(`status-${colorScheme}.png`)
		});
	}
	expect(await editor(page).textContent()).toContain('[connections]');
});
