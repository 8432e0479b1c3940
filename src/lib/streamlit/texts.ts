/**
 * Streamlit's own exception texts (newest open-source code, ≥ 1.44), built
 * exactly as `runtime/secrets.py`, `errors.py` and `auth_util.py` build them.
 */

const tail =
	'Did you forget to add it to secrets.toml, mount it to secret directory, or the app settings on Streamlit Cloud? More info: https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management';

/** The `KeyError` argument for a missing key. */
export function missingKeyText(key: string): string {
	return `st.secrets has no key "${key}". ${tail}`;
}

/** The `AttributeError` text for a missing attribute. */
export function missingAttributeText(key: string): string {
	return `st.secrets has no attribute "${key}". ${tail}`;
}

/** The text when no source exists. */
export function noSecretsText(paths: readonly string[]): string {
	return `No secrets found. Valid paths for a secrets.toml file or secret directories are: ${paths.join(', ')}`;
}

/** The text when a TOML file does not parse. */
export function parseErrorText(path: string, error: string): string {
	return `Error parsing secrets file at ${path}: ${error}`;
}

/** The text when a secrets directory holds a file instead of a folder. */
export function notAFolderText(path: string): string {
	return `${path} is not a folder. To use directory based secrets, mount every secret in a subfolder under the secret directory`;
}

/** The text for a `secrets.files` entry that is neither a `.toml` path nor a directory. */
export function invalidPathText(path: string): string {
	return `Invalid secrets path: ${path}: path is not a .toml file or a directory`;
}

const indent = '\n            ';

/** `st.login` texts, in the order `validate_auth_credentials` checks. */
export const authTexts = {
	notConfigured: `To use authentication features you need to configure credentials for at${indent}least one authentication provider in \`.streamlit/secrets.toml\`.`,
	missingKey: (key: string) =>
		`Authentication credentials in \`.streamlit/secrets.toml\` are missing the${indent}"${key}" key. Please check your configuration.`,
	underscore: (provider: string) =>
		`Auth provider name "${provider}" contains an underscore. Please use a provider name without underscores.`,
	missingDefault: `Authentication credentials in \`.streamlit/secrets.toml\` are missing for${indent}    the default authentication provider. Please check your configuration.`,
	missingProvider: (provider: string) =>
		`Authentication credentials in \`.streamlit/secrets.toml\` are missing for the authentication provider "${provider}". Please check your configuration.`,
	notATable: (provider: string) =>
		`Authentication credentials in \`.streamlit/secrets.toml\` for the authentication provider "${provider}" must be valid TOML. Please check your configuration.`,
	missingKeys: (provider: string, keysRepr: string) =>
		provider === 'default'
			? `Authentication credentials in \`.streamlit/secrets.toml\` for the default authentication provider are missing the following keys: ${keysRepr}. Please check your configuration.`
			: `Authentication credentials in \`.streamlit/secrets.toml\` for the authentication provider "${provider}" are missing the following keys: ${keysRepr}. Please check your configuration.`,
	exposeTokens: "Invalid expose_tokens configuration. Only 'id' and 'access' are allowed."
};
