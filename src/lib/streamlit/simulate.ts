import { PyException } from '../python/exceptions.ts';
import { PyDate, PyDateTime, PyDict, PyFloat, PyTime } from '../python/values.ts';
import type { Value } from './objects.ts';
import type { Tagged } from '../python/tagged.ts';
import { toTagged } from '../python/tagged.ts';
import { exposeTokensConfig, redirectUri, validateAuthCredentials } from './auth.ts';
import { connectionSection } from './connections.ts';
import type { EnvWrite } from './environ.ts';
import { Evaluator } from './evaluator/evaluate.ts';
import { parseStatement } from './evaluator/program.ts';
import { PyRuntime } from './py-runtime.ts';
import type { SecretsSource } from './sources.ts';
import { SecretsStore } from './store.ts';
import { tagValue } from './tag.ts';

/** A Python exception as the recordings show it. */
export interface RaisedException {
	/** Class name. */
	type: string;
	/** `str(e)`. */
	str: string;
}

/** A value or the exception that replaced it. */
export type Outcome = { value: Tagged } | { raised: RaisedException };

/** What one statement showed besides its value (fields beyond the recorded format). */
export interface AccessOutput {
	/**
	 * Python's `repr()` of an expression statement's value, when its recorded JSON form
	 * loses what Python shows (tuples, views, AttrDicts, classes…), and always when interactive.
	 */
	repr?: string;
	/** What the statement wrote to `sys.stdout` (`print`, and the echo when interactive); absent when nothing. */
	stdout?: string;
}

/** One evaluated access expression. */
export type AccessResult = { expr: string } & AccessOutput &
	(Outcome | { invalid_expression: string; error_type?: 'IndentationError' });

/** One `st.login(provider)` check. */
export interface AuthResult {
	/** The provider name (`default` for `st.login()`). */
	provider: string;
	/** `"ok"` or the exception `validate_auth_credentials` raises. */
	validate_auth_credentials: 'ok' | { raised: RaisedException };
	/** `get_expose_tokens_config()`, or the exception it raises. */
	get_expose_tokens_config: string[] | { raised: RaisedException };
	/** `get_redirect_uri()` with `{port}` filled in, null when absent. */
	redirect_uri: string | null | { raised: RaisedException };
}

/** What {@link simulate} predicts, in the recorded format of the Streamlit fixtures. */
export interface Simulation {
	/** The merged secrets after a successful load, or why loading failed. */
	parse: Outcome;
	/** Every write to `os.environ`, in order. */
	env: { assignments: EnvWrite[] };
	/** Each access expression with its value or exception. */
	accesses: AccessResult[];
	/** Each `st.login` credential check. */
	auth: AuthResult[];
	/** Each `st.connection(name)` section. */
	connections: ({ name: string } & ({ section: Tagged } | { raised: RaisedException }))[];
}

/** Options for {@link simulate}. */
export interface SimulateOptions {
	/** Python statements evaluated in order, as an app's statements would be. */
	access?: readonly string[];
	/** Providers passed to `st.login(provider)`'s credential check. */
	auth?: readonly string[];
	/** Names passed to `st.connection(name)`. */
	connection?: readonly string[];
	/**
	 * Run the statements as the Python REPL runs what is typed into it: every
	 * expression statement's value other than `None` is echoed to `stdout`.
	 * Default false (the statements of a script).
	 */
	interactive?: boolean;
}

function raised(e: unknown): { raised: RaisedException } {
	if (e instanceof PyException) return { raised: { type: e.type, str: e.text } };
	if (e instanceof RangeError)
		return { raised: { type: 'RecursionError', str: 'maximum recursion depth exceeded' } };
	throw e;
}

/** True for plain parsed data, whose tagged JSON already says exactly what Python shows. */
function isPlain(v: Value): boolean {
	if (Array.isArray(v)) return (v as Value[]).every(isPlain);
	if (v instanceof PyDict) return [...v.map.values()].every(isPlain);
	return (
		v === null ||
		typeof v === 'string' ||
		typeof v === 'boolean' ||
		typeof v === 'bigint' ||
		v instanceof PyFloat ||
		v instanceof PyDate ||
		v instanceof PyDateTime ||
		v instanceof PyTime
	);
}

function attempt<T>(f: () => T): T | { raised: RaisedException } {
	try {
		return f();
	} catch (e) {
		return raised(e);
	}
}

/**
 * Predicts one run of a Streamlit app over the given `secrets.files` entries:
 * the server's start-up load, one more load (`parse`), each access statement in
 * order, the `st.login` checks and the `st.connection` look-ups, with every
 * `os.environ` write. Never throws on user input.
 */
export function simulate(
	sources: readonly SecretsSource[],
	options: SimulateOptions = {}
): Simulation {
	const store = new SecretsStore(sources);
	const runtime = new PyRuntime(store);
	const evaluator = new Evaluator(runtime);
	evaluator.interactive = options.interactive ?? false;
	// The server's bootstrap calls load_if_toml_exists() and only logs what it raises.
	attempt(() => store.loadIfTomlExists());
	const parse = attempt(() => ({ value: toTagged(store.parse()) }));
	const accesses: AccessResult[] = (options.access ?? []).map((expr) => {
		const parsed = parseStatement(expr);
		if (!parsed.ok)
			return parsed.type
				? { expr, invalid_expression: parsed.error, error_type: parsed.type }
				: { expr, invalid_expression: parsed.error };
		const printed = runtime.stdout.length;
		const output: AccessOutput = {};
		const result = attempt(() => {
			const value = evaluator.run(parsed.statement);
			if (parsed.statement.kind === 'expr' && (evaluator.interactive || !isPlain(value))) {
				const text = attempt(() => runtime.repr(value));
				if (typeof text === 'string') output.repr = text;
			}
			return { value: tagValue(value) };
		});
		const stdout = runtime.stdout.slice(printed).join('');
		if (stdout) output.stdout = stdout;
		return { expr, ...result, ...output };
	});
	const auth: AuthResult[] = (options.auth ?? []).map((provider) => {
		const validation = attempt(() => validateAuthCredentials(runtime, provider));
		return {
			provider,
			validate_auth_credentials:
				validation === undefined ? 'ok' : (validation as { raised: RaisedException }),
			get_expose_tokens_config: attempt(() => exposeTokensConfig(runtime)),
			redirect_uri: attempt(() => redirectUri(runtime))
		};
	});
	const connections = (options.connection ?? []).map((name) => {
		const section = attempt(() => ({ section: tagValue(connectionSection(runtime, name)) }));
		return { name, ...section };
	});
	return { parse, env: { assignments: store.environ.log }, accesses, auth, connections };
}
