import { code } from '../diagnostics/catalogue.ts';

/** Returns a key path as it is written in TOML, in backticks: `db.user`, `site."a.b"`. */
export function pathText(path: readonly string[]): string {
	const text = path.map((k) => (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k))).join('.');
	return code(text, { max: 60 });
}

/** Returns up to `max` paths as a readable list: "`a`, `b` and 3 more". */
export function pathList(paths: readonly (readonly string[])[], max = 4): string {
	const shown = paths.slice(0, max).map(pathText);
	const rest = paths.length - shown.length;
	if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
	if (shown.length < 2) return shown.join('');
	return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * The catalogue of notes exporters and importers attach to their output: what
 * Streamlit will and will not read from it, and what was changed or left out.
 */
export const convertNotes = {
	tomlKeyControl: (p: readonly string[]) =>
		`The key ${pathText(p)} holds a control character, which Streamlit's parser does not decode in keys; rename it`,
	tomlLeadingQuotes: (p: readonly string[]) =>
		`${pathText(p)} starts with two double quotes, which Streamlit's parser misreads in any single-line string`,
	tomlNone: (p: readonly string[]) =>
		`${pathText(p)} is None, which TOML cannot hold; it is written as an empty string`,
	tomlTooDeep: (p: readonly string[]) =>
		`${pathText(p)} is nested too deeply for Streamlit's parser and is written empty`,
	tomlMixedArray: (p: readonly string[]) =>
		`${pathText(p)} mixes types, which Streamlit's parser rejects (the whole file then fails to load)`,
	tomlLegacyMisreads: (p: readonly string[]) =>
		`Streamlit's parser cannot read ${pathText(p)} as written (its key or contents trip it up); rename the key or simplify the value`,
	tomlReordered: () =>
		'Plain values are written before tables, as TOML requires, so some keys come in another order',

	envDotenvNotRead: () =>
		'Streamlit never reads `.env` files: `st.secrets` stays empty without a `.streamlit/secrets.toml`; load this file yourself (python-dotenv `load_dotenv()`) and read `os.environ`',
	envDotenvFormat: () =>
		'Written for python-dotenv: each value in double quotes, with `\\`, `"`, line breaks and tabs escaped',
	envInterpolation: (p: readonly (readonly string[])[]) =>
		`python-dotenv expands \`\${…}\` when it loads ${pathList(p)}; call \`load_dotenv(interpolate=False)\` to keep the text as written`,
	envNotSecrets: () =>
		'Streamlit does not fill `st.secrets` from environment variables: the app sees these only in `os.environ`, as it would see the root values Streamlit exports from secrets.toml',
	envRootOnly: (p: readonly (readonly string[])[]) =>
		`Left out, as Streamlit does not export them to os.environ either (only root strings, integers and floats): ${pathList(p)}`,
	envFlattened: (separator: string) =>
		`Nested keys are joined with ${code(separator)} (\`db.user\` becomes ${code('db' + separator + 'user')}), as pydantic-settings reads them; Streamlit itself exports only root values`,
	envFlattenArrays: (p: readonly (readonly string[])[]) =>
		`Arrays have no environment form and are left out: ${pathList(p)}`,
	envBadName: (p: readonly (readonly string[])[], where: string) =>
		`Left out, as ${where} cannot use these names: ${pathList(p)}`,
	envBadValue: (p: readonly (readonly string[])[], where: string) =>
		`Left out, as ${where} cannot read these values back (a quoted value that ends in a backslash): ${pathList(p)}`,
	envNul: (p: readonly (readonly string[])[]) =>
		`Left out, as no environment variable can hold a NUL character: ${pathList(p)}`,
	envShellQuoting: () =>
		"Values are single-quoted for POSIX shells (sh, bash, zsh), with `'` written as `'\\''`; PowerShell and cmd need other quoting",
	envDockerEnvFile: () =>
		'`docker run --env-file` takes each line literally (no quotes, no line breaks), so use these `-e` arguments instead; to give the app `st.secrets`, mount `.streamlit/secrets.toml` into the container',
	envComposeDollar: () => 'Compose replaces `$VAR` in values, so every `$` is written `$$`',
	envComposeMount: () =>
		'To give the app `st.secrets`, mount the file instead: `volumes: ["./.streamlit/secrets.toml:/app/.streamlit/secrets.toml:ro"]`',

	dirConfig: (dir: string) =>
		`Streamlit (1.38 or later) reads this layout only when \`secrets.files\` lists the directory, e.g. \`[secrets] files = ["${dir}"]\` in \`.streamlit/config.toml\``,
	dirStripped: (p: readonly (readonly string[])[]) =>
		`Streamlit strips whitespace around each file's content, so these lose their leading or trailing spaces and line breaks: ${pathList(p)}`,
	dirStrings: (p: readonly (readonly string[])[]) =>
		`Every file is read as a string, so these come back as text (\`5432\` becomes \`"5432"\`, \`true\` becomes \`"True"\`): ${pathList(p)}`,
	dirCollapsed: (p: readonly (readonly string[])[]) =>
		`A folder with a single file is read as that file's string, not as a table: ${pathList(p)}`,
	dirNested: (p: readonly (readonly string[])[]) =>
		`Streamlit ignores sub-folders, so nested tables are left out: ${pathList(p)}`,
	dirArrays: (p: readonly (readonly string[])[]) =>
		`Arrays cannot be written as files and are left out: ${pathList(p)}`,
	dirBadName: (p: readonly (readonly string[])[]) =>
		`Not possible as file or folder names, left out: ${pathList(p)}`,
	dirEmpty: () =>
		'There is nothing to write, and a directory without files does not count as a secrets source',

	k8sMount: (mountPath: string) =>
		`Mount each Secret as a volume at ${code(mountPath + '/<root key>')} (the comments show how) and list ${code(mountPath)} in \`secrets.files\`; Streamlit reads each mounted folder as one root key`,
	k8sBadKey: (p: readonly (readonly string[])[]) =>
		`Kubernetes allows only letters, digits, \`-\`, \`_\` and \`.\` in Secret keys, so these are left out: ${pathList(p)}`,
	k8sFile: (path: string) =>
		`Mount the key \`secrets.toml\` with \`subPath\` at ${code(path)} (the comments show how); Streamlit reads it like the original file`,

	githubSecret: (name: string) =>
		`Store the secrets file (the TOML) as the repository secret ${code(name)} under Settings → Secrets and variables → Actions; the step writes it unchanged to \`.streamlit/secrets.toml\``,
	githubMasking: () => 'GitHub masks the secret in logs line by line; never print the written file',
	githubGitignore: () =>
		'Keep `.streamlit/secrets.toml` in `.gitignore`, so the written file is never committed',

	pythonUsage: () =>
		'For tests with `streamlit.testing.v1.AppTest`: `at.secrets.update(secrets)` before `at.run()`; the app then reads these values through `st.secrets`',
	pythonTimezones: (p: readonly (readonly string[])[]) =>
		`Datetimes with an offset get a \`datetime.timezone\` instead of toml's \`TomlTz\`; they compare equal: ${pathList(p)}`,

	jsonNotRead: () =>
		'Streamlit does not read JSON secrets; use this for other tools, or import it back into TOML',
	jsonDates: (p: readonly (readonly string[])[]) =>
		`JSON has no dates, so these are ISO 8601 strings: ${pathList(p)}`,
	jsonNonFinite: (p: readonly (readonly string[])[]) =>
		`JSON has no \`nan\` or \`inf\`, so these are the strings \`"NaN"\`, \`"Infinity"\` or \`"-Infinity"\`: ${pathList(p)}`,
	jsonBigInts: (p: readonly (readonly string[])[]) =>
		`These integers are written with all their digits; Python reads them exactly, but JavaScript's \`JSON.parse\` rounds them: ${pathList(p)}`,

	importStrings: () => 'Every value is imported as a string, as `os.environ` would hold it',
	importNoExpansion: (p: readonly (readonly string[])[]) =>
		`\`\${…}\` is kept as written in ${pathList(p)}: Streamlit does not expand variables in secrets.toml`,
	importSpreadsheet: (name: string) =>
		`Add \`spreadsheet = "https://docs.google.com/spreadsheets/d/…"\` (the sheet to open) to ${code(`[connections.${name}]`)}, and share the sheet with the \`client_email\``,
	importGsheetsType: (name: string) =>
		`The table keeps the key file's \`type = "service_account"\`, so pass the class: ${code(`st.connection("${name}", type=GSheetsConnection)`)} (from \`streamlit_gsheets\`)`,
	importGcpUsage: () =>
		'Read it with `service_account.Credentials.from_service_account_info(st.secrets["gcp_service_account"])`'
} as const;
