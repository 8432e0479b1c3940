import { code, entry } from './catalogue.ts';
import { docsPages } from './docs-pages.ts';

/** The catalogue of `app/…` diagnostics: what the app code reads, against the secrets. */
export const appMessages = {
	'app/missing-secret': entry<{ text: string; error: string; path: string }>(
		'error',
		(a) => `${code(a.text)} raises ${code(a.error)}`,
		(a) => `Add ${code(a.path)} to the secrets, or read it with \`.get()\` and a default`,
		{
			why: 'Reading a key the secrets do not define raises: `KeyError` for `st.secrets["key"]`, `AttributeError` for `st.secrets.key`.',
			docs: docsPages.api
		}
	),
	'app/read-raises': entry<{ text: string; error: string; cause: 'load' | 'type' }>(
		'error',
		(a) => `${code(a.text)} raises ${code(a.error)}`,
		(a) =>
			a.cause === 'load'
				? 'Fix the secrets file first: every read fails until Streamlit can load it'
				: 'Check the type of the value in the secrets: this read expects a table',
		{
			why: 'A read fails when the secrets cannot be loaded at all, or when it looks inside a value that is not a table; `.get()` with a default does not protect against a file that cannot be loaded.',
			docs: docsPages.api
		}
	),
	'app/protected-read': entry<{
		text: string;
		path: string;
		how: 'default' | 'none' | 'false' | 'caught' | 'guarded';
		error?: string;
	}>(
		'info',
		(a) =>
			({
				default: `${code(a.path)} is not defined, so ${code(a.text)} returns its default`,
				none: `${code(a.path)} is not defined, so ${code(a.text)} returns \`None\``,
				false: `${code(a.path)} is not defined, so ${code(a.text)} is \`False\``,
				caught: `${code(a.text)} raises ${code(a.error ?? '')}, which the app catches`,
				guarded: `${code(a.path)} is not defined; the app checks for it before ${code(a.text)}`
			})[a.how],
		(a) => `Add ${code(a.path)} to the secrets if the app needs it`,
		{
			why: '`.get()` returns its default and `in` returns `False` for a key that is not defined, and a caught exception or a check does the same job, so the app runs on without this secret instead of failing.',
			docs: docsPages.api
		}
	),
	'app/computed-key': entry<{ text: string }>(
		'info',
		(a) => `${code(a.text)} reads a key computed at run time, which cannot be checked`,
		() => 'Make sure every key this code can compute is in the secrets',
		{
			why: 'Which key this code reads is only known when the app runs, so this check cannot tell whether the secrets define it.',
			docs: docsPages.api
		}
	),
	'app/missing-environ': entry<{
		text: string;
		key: string;
		error: string;
		type: string | null;
	}>(
		'error',
		(a) =>
			a.type === null
				? `${code(a.text)} raises ${code(a.error)} unless the environment sets ${code(a.key)}`
				: `${code(a.text)} raises ${code(a.error)}: Streamlit does not export ${code(a.key)}, a ${code(a.type)}, to os.environ`,
		(a) =>
			a.type === null
				? `Add ${code(a.key)} as a root key of the secrets (Streamlit exports root strings and numbers to os.environ), or read it with \`st.secrets\``
				: `Read it as ${code(`st.secrets["${a.key}"]`)}: only root strings, integers and floats are exported`,
		{
			why: 'Streamlit copies only root keys holding a string, an integer or a float to `os.environ`; booleans, dates, arrays, tables and the keys inside tables are not exported.',
			docs: docsPages.secrets
		}
	),
	'app/missing-key': entry<{
		path: string;
		reads: string;
		table: boolean;
		similar: string | null;
	}>(
		'error',
		(a) =>
			`${code(a.path)} is read by the app (${a.reads}) but ${a.table ? 'no such table is' : 'it is not'} defined` +
			(a.similar === null ? '' : `; ${code(a.similar)} is defined instead`),
		(a) =>
			a.similar === null
				? `Add ${code(a.path)} here`
				: `Rename ${code(a.similar)} to ${code(a.path.slice(a.path.lastIndexOf('.') + 1))}, or add ${code(a.path)}`,
		{
			why: 'Streamlit looks keys up exactly as they are written, so a key the app reads that is missing here, or spelt differently, raises when the app reads it.',
			docs: docsPages.secrets
		}
	),
	'app/unread-secret': entry<{ path: string; exported: boolean }>(
		'info',
		(a) => `${code(a.path)} is never read by the app`,
		(a) =>
			a.exported
				? 'Remove it, unless a library reads it from os.environ'
				: 'Remove it, or check that the app reads it under this name',
		{
			why: 'None of the app code this check read uses this key by this name, so it may be left over or misspelt on one side; a library may still read a root key from `os.environ`.',
			docs: docsPages.secrets
		}
	),
	'app/connection-raises': entry<{ text: string; error: string }>(
		'error',
		(a) => `${code(a.text)} raises ${code(a.error)}`,
		() => 'Fix the connection table in the secrets, or pass `type=` to st.connection',
		{
			why: '`st.connection("name")` takes its type and settings from `[connections.name]` when the app calls it, so a problem in that table raises at this line.',
			docs: docsPages.connection
		}
	),
	'app/login-raises': entry<{ text: string; error: string }>(
		'error',
		(a) => `${code(a.text)} raises ${code(a.error)}`,
		() => 'Fix the `[auth]` section of the secrets (see the problem reported there)',
		{
			why: '`st.login()` checks the `[auth]` section each time the app calls it, and raises `StreamlitAuthError` at this line when a setting it needs is missing.',
			docs: docsPages.login
		}
	)
} as const;
