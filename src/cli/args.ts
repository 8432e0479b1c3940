/** The parsed command line. */
export interface CliArgs {
	/** `check`, `simulate` or `help`. */
	command: 'check' | 'simulate' | 'help';
	/** Sources in precedence order. */
	sources: string[];
	/** `--access` expressions. */
	access: string[];
	/** `--auth` providers. */
	auth: string[];
	/** `--connection` names. */
	connection: string[];
	/** `--app` Python files. */
	app: string[];
	/** `--format` (`--json` is `json`); `text` by default. */
	format: OutputFormat;
	/** `--strict`: warnings fail the check too (exit 1). */
	strict: boolean;
	/** `--quiet`: diagnostics only, without the summary line. */
	quiet: boolean;
	/** False with `--no-hygiene`: no `hygiene/…` warnings. */
	hygiene: boolean;
	/** `--show-values`: print the secrets' values as written instead of masked. */
	showValues: boolean;
}

/** The output formats of `check --format`. */
export const outputFormats = ['text', 'json', 'sarif', 'github', 'junit'] as const;

/** One of {@link outputFormats}. */
export type OutputFormat = (typeof outputFormats)[number];

function isOutputFormat(s: string): s is OutputFormat {
	return (outputFormats as readonly string[]).includes(s);
}

/** The help text. */
export const usage = `Usage:
  st-secrets check [--format text|json|sarif|github|junit] [--strict] [--quiet]
                   [--show-values] [--no-hygiene] [--app FILE]... [SOURCE...]
  st-secrets simulate [--access EXPR]... [--auth PROVIDER]... [--connection NAME]... [SOURCE...]

SOURCE: secrets .toml files or Kubernetes-style secret directories, in Streamlit's
precedence order (later wins). Without SOURCE: ~/.streamlit/secrets.toml then
./.streamlit/secrets.toml.

--app FILE: a Python file of the app (main script, page or helper module); its
reads of st.secrets, os.environ, st.connection and st.login are checked against
the secrets, and so are [auth] and [connections.*]. Repeat it for each file.

--format: text (default, with code frames), json (--json is the same), sarif
(SARIF 2.1.0 for code scanning), github (workflow commands that annotate the
lines of a pull request) or junit (XML test report). The sarif, github and junit
formats print locations, codes and messages only, never a line of the file.

Values are never printed unless asked: in every format, the values of the
secrets (and comments) are masked with * in code frames, messages, hints, fixes
and os.environ strings, keeping their width so columns still line up. Keys,
booleans, dates and settings such as type, dialect and redirect_uri are shown.
--show-values: print them as written (for a terminal of your own, not a CI log).
simulate prints values: showing what the app sees is what it is asked for.

--strict: warnings fail the check too (exit 1); infos never do.
--quiet: print the diagnostics only, without the summary line.

--no-hygiene: leave out the hygiene/ warnings (placeholders left in, whitespace
around values, real-looking credentials, the reminder to keep the project file
out of git). They are never errors.

check exits 0 without errors, 1 with errors (a read that will raise is one, and
so is a warning with --strict), 2 on usage or I/O problems.
`;

const repeatable: Record<string, 'access' | 'auth' | 'connection' | 'app'> = {
	'--access': 'access',
	'--auth': 'auth',
	'--connection': 'connection',
	'--app': 'app'
};

/** Parses `argv` (without `node` and the script), or returns a usage error. */
export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
	const [command, ...rest] = argv;
	if (command === undefined || command === '--help' || command === '-h' || command === 'help')
		return {
			command: 'help',
			sources: [],
			access: [],
			auth: [],
			connection: [],
			app: [],
			format: 'text',
			strict: false,
			quiet: false,
			hygiene: true,
			showValues: false
		};
	if (command !== 'check' && command !== 'simulate')
		return { error: `unknown command '${command}'` };
	const args: CliArgs = {
		command,
		sources: [],
		access: [],
		auth: [],
		connection: [],
		app: [],
		format: 'text',
		strict: false,
		quiet: false,
		hygiene: true,
		showValues: false
	};
	for (let i = 0; i < rest.length; i++) {
		const a = rest[i];
		const eq = a.indexOf('=');
		const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
		if (flag in repeatable) {
			const value = flag !== a ? a.slice(eq + 1) : rest[++i];
			if (value === undefined) return { error: `${flag} needs a value` };
			args[repeatable[flag]].push(value);
		} else if (flag === '--format') {
			const value = flag !== a ? a.slice(eq + 1) : rest[++i];
			if (value === undefined) return { error: '--format needs a value' };
			if (!isOutputFormat(value))
				return { error: `unknown format '${value}' (${outputFormats.join(', ')})` };
			args.format = value;
		} else if (a === '--json') args.format = 'json';
		else if (a === '--strict') args.strict = true;
		else if (a === '--quiet' || a === '-q') args.quiet = true;
		else if (a === '--no-hygiene') args.hygiene = false;
		else if (a === '--show-values') args.showValues = true;
		else if (a === '--') args.sources.push(...rest.slice(i + 1)) && (i = rest.length);
		else if (a.startsWith('-') && a !== '-') return { error: `unknown option '${a}'` };
		else args.sources.push(a);
	}
	return args;
}
