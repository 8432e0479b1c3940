import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { editor, openWith, projectEditor } from './helpers.ts';

/** Root values of every kind, a name no shell takes, a line break, quotes and a table. */
const tricky = `api_key = "s3cr3t 'quoted' $HOME"
port = 5432
ratio = 0.5
debug = true
"odd name" = "x"
multi = "line1\\nline2"

[db]
user = "app"
password = "p@ss\\"word"
`;

/** The same secrets as Streamlit reads them, written back as TOML. */
const rewritten = `api_key = "s3cr3t 'quoted' $HOME"
port = 5432
ratio = 0.5
debug = true
"odd name" = "x"
multi = "line1\\nline2"

[db]
user = "app"
password = 'p@ss"word'
`;

const exported: [string, string[], string][] = [
	[
		'dotenv',
		[
			`api_key="s3cr3t 'quoted' $HOME"\nport="5432"\nratio="0.5"\n'odd name'="x"\nmulti="line1\\nline2"\n`
		],
		'Streamlit never reads .env files'
	],
	[
		'shell',
		[
			`export api_key='s3cr3t '\\''quoted'\\'' $HOME'\nexport port='5432'\nexport ratio='0.5'\nexport multi='line1\nline2'\n`
		],
		'a POSIX shell cannot use these names: "odd name"'
	],
	[
		'docker',
		[
			`docker run \\\n  -e 'api_key=s3cr3t '\\''quoted'\\'' $HOME' \\\n  -e 'port=5432' \\\n  -e 'ratio=0.5' \\\n  -e 'odd name=x' \\\n  -e 'multi=line1\nline2' \\\n  IMAGE\n`
		],
		'docker run --env-file takes each line literally'
	],
	[
		'compose',
		[
			`services:\n  app:\n    environment:\n      api_key: "s3cr3t 'quoted' $$HOME"\n      port: "5432"\n      ratio: "0.5"\n      "odd name": "x"\n      multi: "line1\\nline2"\n`
		],
		'every $ is written $$'
	],
	[
		'kubernetes',
		[
			'# and add to .streamlit/config.toml: [secrets] files = ["/etc/streamlit/secrets"]\n',
			'metadata:\n  name: streamlit-secrets-db\ntype: Opaque\nstringData:\n  user: "app"\n  password: "p@ss\\"word"\n',
			'stringData:\n  debug: "True"\n'
		],
		'so these are left out: "odd name"'
	],
	[
		'kubernetes-file',
		[
			'#   volumeMounts: [{ name: streamlit-secrets, mountPath: "/app/.streamlit/secrets.toml", subPath: secrets.toml, readOnly: true }]\n',
			`stringData:\n  secrets.toml: |\n${rewritten.replace(/^(?=.)/gm, '    ')}`
		],
		'Streamlit reads it like the original file'
	],
	[
		'directory',
		[
			"mkdir -p 'secrets/db'\nprintf '%s' 'app' > 'secrets/db/user'\nprintf '%s' 'p@ss\"word' > 'secrets/db/password'\n",
			"printf '%s' 'True' > 'secrets/debug/debug'\n"
		],
		'true becomes "True"'
	],
	[
		'github',
		[
			`- name: "Write .streamlit/secrets.toml"\n  shell: bash\n  env:\n    STREAMLIT_SECRETS: \${{ secrets.STREAMLIT_SECRETS }}\n  run: |\n    mkdir -p '.streamlit'\n    printf '%s\\n' "$STREAMLIT_SECRETS" > '.streamlit/secrets.toml'\n`
		],
		'GitHub masks the secret in logs line by line'
	],
	[
		'python',
		[
			`secrets = {\n    'api_key': "s3cr3t 'quoted' $HOME",\n    'port': 5432,\n    'ratio': 0.5,\n    'debug': True,\n    'odd name': 'x',\n    'multi': 'line1\\nline2',\n    'db': {'user': 'app', 'password': 'p@ss"word'},\n}\n`
		],
		'at.secrets.update(secrets)'
	],
	[
		'json',
		[
			`{\n  "api_key": "s3cr3t 'quoted' $HOME",\n  "port": 5432,\n  "ratio": 0.5,\n  "debug": true,\n  "odd name": "x",\n  "multi": "line1\\nline2",\n  "db": {\n    "user": "app",\n    "password": "p@ss\\"word"\n  }\n}\n`
		],
		'Streamlit does not read JSON secrets'
	]
];

async function openExport(page: Page) {
	await page.getByRole('button', { name: 'Export' }).click();
	return page.getByRole('dialog', { name: 'Export secrets' });
}

async function exportAs(page: Page, format: string): Promise<string> {
	const dialog = await openExport(page);
	await dialog.getByLabel('Format').selectOption(format);
	const text = await dialog.getByLabel('Exported text').inputValue();
	await dialog.getByRole('button', { name: 'Close', exact: true }).click();
	return text;
}

async function openImport(page: Page, text: string) {
	await page.getByRole('button', { name: 'Import' }).click();
	const dialog = page.getByRole('dialog', { name: 'Import secrets' });
	await dialog.getByLabel('Text to import').fill(text);
	return dialog;
}

test('every export format shows its exact output and what Streamlit reads from it', async ({
	page
}) => {
	await openWith(page, tricky);
	const dialog = await openExport(page);
	await expect(dialog).toContainText('The output holds your secrets unmasked');
	const notes = dialog.getByRole('list', { name: 'What Streamlit will and will not read from it' });
	for (const [format, parts, note] of exported) {
		await dialog.getByLabel('Format').selectOption(format);
		const text = await dialog.getByLabel('Exported text').inputValue();
		if (parts.length === 1) expect(text, format).toBe(parts[0]);
		else for (const part of parts) expect(text, format).toContain(part);
		await expect(notes, format).toContainText(note);
	}
	await dialog.getByLabel('Format').selectOption('github');
	await expect(dialog.getByLabel('Value of the repository secret STREAMLIT_SECRETS')).toHaveValue(
		rewritten
	);
	// Nested tables cannot be environment variables unless asked for, flattened.
	await dialog.getByLabel('Format').selectOption('dotenv');
	await expect(notes).toContainText('only root strings, integers and floats): debug and db');
	await dialog.getByRole('checkbox', { name: /nested tables, flattened/ }).check();
	await expect(dialog.getByLabel('Exported text')).toHaveValue(/\ndb__user="app"\n/);
	const download = page.waitForEvent('download');
	await dialog.getByRole('button', { name: 'Download secrets.env' }).click();
	expect((await download).suggestedFilename()).toBe('secrets.env');
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Export' })).toBeFocused();
});

test('JSON and .env exports import back to the same paths and values', async ({ page }) => {
	await openWith(page, tricky);
	const json = await exportAs(page, 'json');
	let dialog = await openImport(page, json);
	await expect(dialog.getByLabel('Format')).toHaveValue('auto');
	await expect(dialog.getByLabel('Imported TOML')).toHaveValue(rewritten);
	await expect(dialog.getByRole('list', { name: /Changes to/ })).toContainText(
		'Unchanged (8): api_key, port, ratio, debug, "odd name", multi, db.user, db.password'
	);
	await dialog.getByRole('button', { name: 'Replace' }).click();
	await expect(dialog).toHaveCount(0);
	await expect(editor(page)).toHaveText(rewritten.trimEnd().split('\n').join(''));
	expect(await exportAs(page, 'json')).toBe(json);

	const env = await exportAs(page, 'dotenv');
	dialog = await openImport(page, env);
	await expect(dialog.getByLabel('Imported TOML')).toHaveValue(
		`api_key = "s3cr3t 'quoted' $HOME"\nport = "5432"\nratio = "0.5"\n"odd name" = "x"\nmulti = "line1\\nline2"\n`
	);
	await expect(dialog).toContainText('Every value is imported as a string');
	await dialog.getByRole('button', { name: 'Replace' }).click();
	expect(await exportAs(page, 'dotenv')).toBe(env);
});

const privateKey =
	'-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n';
const serviceAccount = JSON.stringify(
	{
		type: 'service_account',
		project_id: 'demo-123',
		private_key_id: 'abc123',
		private_key: privateKey,
		client_email: 'app@demo-123.iam.gserviceaccount.com',
		client_id: '1234567890',
		token_uri: 'https://oauth2.googleapis.com/token'
	},
	null,
	2
);

test('a service-account key is reviewed with its private key escaped before anything changes', async ({
	page
}) => {
	const before = 'sheet_name = "Sales"\n';
	await openWith(page, before);
	const dialog = await openImport(page, serviceAccount);
	await expect(dialog.getByLabel('Format')).toContainText('Detect (service-account key)');
	const toml = dialog.getByLabel('Imported TOML');
	await expect(toml).toHaveValue(/^\[connections\.gsheets\]\n# spreadsheet = /);
	await expect(toml).toHaveValue(
		/\nprivate_key = "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\n-----END PRIVATE KEY-----\\n"\n/
	);
	await expect(dialog.getByRole('list', { name: /Changes to/ })).toContainText(
		'Added (1): connections'
	);
	await expect(dialog.getByRole('list', { name: /Changes to/ })).toContainText(
		'Replace also removes (1): sheet_name'
	);
	// Nothing changes while the review is open, nor on Cancel.
	await expect(editor(page, projectEditor)).toHaveText(before.trimEnd());
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toHaveCount(0);
	await expect(editor(page)).toHaveText(before.trimEnd());

	const again = await openImport(page, serviceAccount);
	await again.getByLabel('Into').selectOption('gcp_service_account');
	await expect(again.getByLabel('Imported TOML')).toHaveValue(/^\[gcp_service_account\]\n/);
	await again.getByRole('button', { name: 'Merge' }).click();
	await expect(editor(page)).toContainText('sheet_name = "Sales"');
	await expect(editor(page)).toContainText('[gcp_service_account]');
	await expect(editor(page)).toContainText('client_email = "app@demo-123.iam.gserviceaccount.com"');
});

test('an import the reader cannot use reports where and offers nothing to apply', async ({
	page
}) => {
	await openWith(page, 'a = "1"\n');
	const dialog = await openImport(page, '{"a": 1,}');
	await expect(dialog.getByRole('list', { name: 'Problems in the input' })).toContainText(
		'error, line 1, column 9'
	);
	await expect(dialog.getByRole('button', { name: 'Replace' })).toBeDisabled();
	await expect(dialog.getByRole('button', { name: 'Merge' })).toBeDisabled();
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Import' })).toBeFocused();
	await expect(editor(page)).toHaveText('a = "1"');
});

test('both dialogs pass axe in light and dark themes', async ({ page }) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await openWith(page, tricky);
		const exportDialog = await openExport(page);
		await exportDialog.getByLabel('Format').selectOption('github');
		await expectNoViolations(page);
		await page.keyboard.press('Escape');
		await openImport(page, serviceAccount);
		await expectNoViolations(page);
		await page.keyboard.press('Escape');
	}
});

async function expectNoViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

test('a picked .env file is read as python-dotenv reads it and merged on request', async ({
	page
}) => {
	await openWith(page, '[db]\nuser = "app"\n');
	await page.getByRole('button', { name: 'Import' }).click();
	const dialog = page.getByRole('dialog', { name: 'Import secrets' });
	await dialog.getByLabel('Pick a file').setInputFiles({
		name: 'prod.env',
		mimeType: 'text/plain',
		buffer: Buffer.from("export API_KEY=abc # the key\nbroken \"line\nDB_URL='postgres://x'\n")
	});
	await expect(dialog.getByLabel('Text to import')).toHaveValue(/^export API_KEY=abc/);
	await expect(dialog.getByLabel('Imported TOML')).toHaveValue(
		'API_KEY = "abc"\nDB_URL = "postgres://x"\n'
	);
	await expect(dialog.getByRole('list', { name: 'Problems in the input' })).toContainText(
		'error, line 2, column 1: python-dotenv cannot read this line'
	);
	await expect(dialog.getByRole('list', { name: /Changes to/ })).toContainText(
		'Added (2): API_KEY, DB_URL'
	);
	await dialog.getByRole('button', { name: 'Merge' }).click();
	await expect(editor(page)).toHaveText('API_KEY = "abc"DB_URL = "postgres://x"[db]user = "app"');
});
