import { digitLimitError } from '../python/numbers.ts';
import { PyException, pyError } from '../python/exceptions.ts';
import { pyStr } from '../python/repr.ts';
import { PyFloat, type PyValue } from '../python/values.ts';
import { Environ } from './environ.ts';
import { mergeSources, type ParsedFiles } from './load.ts';
import type { SecretsSource } from './sources.ts';

/** Returns whether `_maybe_set_environment_variable` exports a value (exact str, int or float). */
export function isExported(v: PyValue): boolean {
	return typeof v === 'string' || typeof v === 'bigint' || v instanceof PyFloat;
}

/** Returns Python's `str(v)` for an exported value, raising for ints past the digit limit. */
export function environString(v: PyValue): string {
	const s = pyStr(v);
	if (typeof v === 'bigint' && s.replace('-', '').length > 4300) {
		const e = digitLimitError(0);
		throw new PyException(
			e.type,
			'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
			e.bases
		);
	}
	return s;
}

/**
 * The `st.secrets` singleton's state: the sources it reads, the cached result of
 * a successful load, the simulated `os.environ`, and Python attributes that an
 * app may have set on it.
 */
export class SecretsStore {
	readonly sources: readonly SecretsSource[];
	readonly environ: Environ;
	/** `_secrets`: the merged dict after a successful load, else null (`None`); an app may assign anything. */
	cached: PyValue | null = null;
	/** Set when an app replaced `_lock` with something that is not a context manager (its type name). */
	brokenLock: string | null = null;
	/** `_file_watchers_installed`. */
	watchersInstalled = false;
	/** How many loads ran (successful or not). */
	loads = 0;

	/** Parser results already known for some file nodes. */
	readonly parsed?: ParsedFiles;

	constructor(sources: readonly SecretsSource[], environ = new Environ(), parsed?: ParsedFiles) {
		this.sources = sources;
		this.environ = environ;
		this.parsed = parsed;
	}

	/**
	 * `Secrets._parse()`: returns the cached secrets or loads them (merge, then
	 * export the root str/int/float values). Raises what Streamlit raises; a failed
	 * load caches nothing, so the next access tries again.
	 */
	parse(): PyValue {
		if (this.cached !== null) return this.cached;
		if (this.brokenLock !== null)
			throw pyError(
				'TypeError',
				`'${this.brokenLock}' object does not support the context manager protocol`
			);
		this.loads++;
		const merged = mergeSources(this.sources, this.parsed);
		for (const [k, v] of merged.map) {
			if (isExported(v)) this.environ.set(k, environString(v));
		}
		this.cached = merged;
		this.watchersInstalled = true;
		return merged;
	}

	/** `load_if_toml_exists()`: true after a load, false for StreamlitSecretNotFoundError, else raises. */
	loadIfTomlExists(): boolean {
		try {
			this.parse();
			return true;
		} catch (e) {
			if (e instanceof PyException && e.type === 'StreamlitSecretNotFoundError') return false;
			throw e;
		}
	}
}
