/**
 * What {@link readApp} finds in Python app code: each place the app reads a
 * secret, an environment variable, a connection or the login configuration.
 */

/**
 * What a read reaches:
 * - `secret`: a key of `st.secrets` (any depth);
 * - `to_dict`: a whole table at once (`.to_dict()`, `.keys()`, `.values()`, `.items()`,
 *   or `st.secrets` itself passed on, iterated or measured);
 * - `environ`: a variable of `os.environ` (`os.environ[…]`, `.get`, `os.getenv`);
 * - `connection`: `st.connection(name, …)`, which reads `[connections.<name>]`;
 * - `login`: `st.login(provider)`, which reads `[auth]`;
 * - `unknown`: any of those through a key computed at run time (see {@link AppRead.of}).
 */
export type ReadKind = 'secret' | 'to_dict' | 'environ' | 'connection' | 'login' | 'unknown';

/**
 * How one key is read:
 * - `item` `x["k"]`, `attr` `x.k`;
 * - `get` `x.get("k")` (None when missing), `get_default` `x.get("k", d)`;
 * - `in` `"k" in x` (also `not in`), `hasattr` `hasattr(x, "k")`;
 * - `getattr` `getattr(x, "k")`, `getattr_default` `getattr(x, "k", d)`;
 * - `to_dict`, `keys`, `values`, `items`: that method on the table;
 * - `value`: `st.secrets` itself used as a value (iterated, `len`, `dict(…)`, passed on);
 * - `call`: `st.connection(…)`, `st.login(…)`.
 */
export type ReadForm =
	| 'item'
	| 'attr'
	| 'get'
	| 'get_default'
	| 'in'
	| 'hasattr'
	| 'getattr'
	| 'getattr_default'
	| 'to_dict'
	| 'keys'
	| 'values'
	| 'items'
	| 'value'
	| 'call';

/**
 * Why a read does not raise when a key is missing:
 * - `get`: `.get(…)`, `getattr(x, k, d)` or `os.getenv` return a default;
 * - `in`: the read is a membership test (`in`, `hasattr`) itself;
 * - `guard`: it runs only where an `in` / `hasattr` / `.get` test said the key exists
 *   (`if "k" in st.secrets:`, `… if "k" in st.secrets else …`, `"k" in x and x["k"]`,
 *   or an earlier `if "k" not in st.secrets: st.stop()`);
 * - `try`: it is inside a `try` whose `except` catches the exception;
 * - `set`: the app sets the environment variable itself (`os.environ["K"] = …`,
 *   `os.environ.setdefault("K", …)`), anywhere in the file.
 */
export type ProtectionKind = 'get' | 'in' | 'guard' | 'try' | 'set';

/** One reason a read may not raise. */
export interface Protection {
	/** What protects the read. */
	by: ProtectionKind;
	/** Index in the read's path of the key it covers (`try` covers every key: -1). */
	segment: number;
	/** For `try`: the exception classes its handlers catch (`*` for a bare `except:`). */
	catches?: string[];
	/** Where the guard, `.get` call or `try` is written (UTF-16 offsets in the app text). */
	from: number;
	/** End of that range (exclusive). */
	to: number;
}

/** The Python type a read's use implies, for a placeholder value. */
export type ImpliedType = 'str' | 'int' | 'float' | 'bool' | 'list' | 'table';

/** What an `st.connection(…)` call asks for. */
export interface ConnectionCall {
	/** The name as written (`"sql"`, `"env:DB_CONNECTION"`), or null when computed. */
	name: string | null;
	/** The `type=` argument: a string literal's value, a class's name as written, or null when absent. */
	type: string | null;
	/** True when `type=` is a string literal (else a class or an expression). */
	typeIsString: boolean;
	/** The other keyword arguments' names (they override the section's keys). */
	kwargs: string[];
}

/** One read of a secret, variable, connection or login configuration in an app file. */
export interface AppRead {
	/** What the read reaches. */
	kind: ReadKind;
	/** For `unknown` reads: what the computed key would have reached. */
	of?: Exclude<ReadKind, 'unknown' | 'to_dict'>;
	/**
	 * The key path: under `st.secrets` for `secret`, `to_dict` and `unknown` secrets; the
	 * variable name for `environ`; `['connections', name]` for `connection` (an `env:VAR` name as
	 * written: the table is `os.environ[VAR]`'s); `['auth']` or
	 * `['auth', provider]` for `login`. `null` stands for a key computed at run time.
	 */
	path: (string | null)[];
	/** How each key of `path` is read (same length as `path`). */
	forms: ReadForm[];
	/** How the last key is read (`call` for connections and logins). */
	form: ReadForm;
	/** True when a missing last key does not raise (see `protections`). */
	protected: boolean;
	/** Every protection found, in the order they enclose the read (innermost first). */
	protections: Protection[];
	/** Start of the read expression in the app text (UTF-16 offset). */
	from: number;
	/** End of the read expression (exclusive). */
	to: number;
	/** The read as written in the app. */
	text: string;
	/**
	 * The read rewritten over `st`/`os` with aliases resolved, as
	 * `simulate(sources, { access: [expr] })` evaluates it (e.g. `st.secrets["db"]["user"]`).
	 * For connections and logins, the call (`st.connection("sql")`, `st.login("google")`).
	 */
	expr: string;
	/** The default value's text of `.get(k, d)` / `getattr(x, k, d)`, when given. */
	default?: string;
	/** The type of value the code implies for the last key, when it tells. */
	implies?: ImpliedType;
	/** When the read starts from a name bound to a secrets table: that name and how many keys it adds. */
	alias?: { name: string; depth: number };
	/** When the read is assigned to a name (`db = st.secrets["db"]`), that name. */
	binds?: string;
	/**
	 * True when the read's value is only used through further reads of a bound name, so
	 * keys below it that are never read count as unread.
	 */
	partial?: boolean;
	/** For `connection` reads: what the call asks for. */
	connection?: ConnectionCall;
	/** For `login` reads: the provider (`default` for `st.login()`), or null when computed. */
	provider?: string | null;
}
