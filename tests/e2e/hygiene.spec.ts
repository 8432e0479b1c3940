import { expect, test } from '@playwright/test';
import { editor, openWith, problems, setText } from './helpers.ts';

const drafted = `api_key = "your-api-key"
[db]
user = "app"
password = " s3cr3t-Pa55phrase "
url = "postgresql://app:Xq7pL2vR9sW4@db.internal:5432/app"
`;

test('placeholders, padded values and credentials are underlined on their values and listed', async ({
	page
}) => {
	await openWith(page, drafted);
	const box = editor(page);
	// Warnings are underlined exactly on the value, as every other diagnostic is.
	const warnings = box.locator('.cm-lintRange-warning');
	await expect(warnings).toHaveText(['"your-api-key"', '" s3cr3t-Pa55phrase "']);
	await expect(box.locator('.cm-lintRange-info')).toHaveText([
		'"postgresql://app:Xq7pL2vR9sW4@db.internal:5432/app"'
	]);
	await expect(page.locator('.cm-lint-marker-warning')).toHaveCount(2);
	const list = problems(page);
	await expect(list).toContainText('2 warnings, 2 infos');
	await expect(
		list.getByRole('listitem').filter({ hasText: 'still holds the placeholder' })
	).toContainText('line 1, column 11');
	await expect(
		list.getByRole('listitem').filter({ hasText: 'looks like a URL with a password' })
	).toContainText('line 5, column 7');
	// The hover says why it matters.
	await box.getByText('"your-api-key"').hover();
	await expect(page.locator('.cm-tooltip-lint')).toContainText('still holds the placeholder');
	await expect(page.locator('.cm-tooltip-lint')).toContainText(
		'Streamlit hands your app every value exactly as written'
	);
});

test('the whitespace fix trims the value and clears the warning', async ({ page }) => {
	await openWith(page, 'token_name = " reports "\n');
	await problems(page).getByRole('button', { name: 'Fix: Remove the whitespace' }).click();
	await expect(editor(page)).toHaveText('token_name = "reports"');
	await expect(problems(page)).not.toContainText('whitespace');
});

test('the git reminder is one info on the project file only', async ({ page }) => {
	await openWith(page, 'a = "1"\nb = "2"\n');
	const reminder = problems(page).getByRole('listitem').filter({ hasText: 'out of git' });
	await expect(reminder).toHaveCount(1);
	await expect(reminder).toContainText('Keep .streamlit/secrets.toml out of git');
	await expect(problems(page)).toContainText('1 info');
	// Infos are not counted as problems on the source tab.
	await expect(page.getByRole('tab', { name: /^2 \.streamlit\/secrets\.toml/ })).not.toContainText(
		'1'
	);
	// The global file is the same for every app on the computer and lives in no repository.
	await page.getByRole('tab', { name: /~\/\.streamlit\/secrets\.toml/ }).click();
	await page.getByRole('checkbox', { name: 'This file does not exist' }).uncheck();
	await setText(page, 'g = "x"\n', 'Editor for ~/.streamlit/secrets.toml');
	await expect(problems(page).getByRole('listitem').filter({ hasText: 'out of git' })).toHaveCount(
		1
	);
	await expect(problems(page)).not.toContainText('Keep ~/.streamlit/secrets.toml out of git');
});
