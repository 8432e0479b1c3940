import type { Diagnostic } from '../diagnostic.ts';
import { ruleDiagnostic } from '../diagnostics/rule-messages.ts';
import { reprString } from '../python/repr.ts';
import { PyDict, PyFloat, typeName, type PyValue } from '../python/values.ts';
import { sqlMissingConfigText } from '../streamlit/connection-types.ts';
import { place, type SectionContext } from './section-context.ts';

/** SQLAlchemy's own dialects and their drivers (`async` marks asyncio-only ones). */
const builtIn: Record<string, string[]> = {
	postgresql: [
		'psycopg2',
		'psycopg',
		'psycopg2cffi',
		'pg8000',
		'asyncpg:async',
		'psycopg_async:async'
	],
	mysql: [
		'mysqldb',
		'pymysql',
		'mysqlconnector',
		'cymysql',
		'pyodbc',
		'mariadbconnector',
		'asyncmy:async',
		'aiomysql:async'
	],
	mariadb: [
		'mysqldb',
		'pymysql',
		'mysqlconnector',
		'mariadbconnector',
		'asyncmy:async',
		'aiomysql:async'
	],
	sqlite: ['pysqlite', 'pysqlcipher', 'aiosqlite:async'],
	oracle: ['cx_oracle', 'oracledb', 'oracledb_async:async'],
	mssql: ['pyodbc', 'pymssql', 'aioodbc:async']
};

/** Dialects that common plugin packages add. */
const plugins = [
	'snowflake',
	'bigquery',
	'redshift',
	'duckdb',
	'trino',
	'presto',
	'hive',
	'clickhouse',
	'clickhousedb',
	'databricks',
	'cockroachdb',
	'awsathena',
	'hana',
	'ibm_db_sa',
	'db2',
	'teradatasql',
	'firebird',
	'sybase',
	'vertica',
	'spanner',
	'crate',
	'access',
	'exasol',
	'singlestoredb',
	'motherduck',
	'turso',
	'libsql',
	'sqlite+libsql',
	'postgresql+psycopg2'
];

/** Every SQLAlchemy dialect name the checks accept: built-in ones, then common plugins. */
export const sqlDialects: readonly string[] = [...Object.keys(builtIn), ...plugins];

/** Names SQLAlchemy no longer (or never) accepted, and the name it wants. */
const renamed: Record<string, string> = { postgres: 'postgresql' };
const misspelled: Record<string, string> = {
	psql: 'postgresql',
	pg: 'postgresql',
	pgsql: 'postgresql',
	sqlite3: 'sqlite',
	sqlserver: 'mssql',
	maria: 'mariadb',
	oracledb: 'oracle'
};

function dialectRules(
	ctx: SectionContext,
	path: string[],
	dialect: string,
	driver: string | null
): Diagnostic[] {
	const at = place(ctx, path, true);
	const d = dialect.toLowerCase();
	if (Object.hasOwn(renamed, d))
		return [
			ruleDiagnostic(
				'connections/sql-dialect-renamed',
				{ dialect, renamed: renamed[d] },
				at.from,
				at.to,
				at.source
			)
		];
	if (!Object.hasOwn(builtIn, d)) {
		if (plugins.includes(d)) return [];
		const known = Object.keys(builtIn).join(', ');
		const suggestion = misspelled[d] ?? null;
		return [
			ruleDiagnostic(
				'connections/sql-dialect',
				{ dialect, known, suggestion },
				at.from,
				at.to,
				at.source
			)
		];
	}
	if (driver === null) return [];
	const drivers = builtIn[d];
	const entry = drivers.find((x) => x.split(':')[0] === driver.toLowerCase());
	if (entry && !entry.endsWith(':async')) return [];
	const known = drivers.filter((x) => !x.endsWith(':async')).join(', ');
	return [
		ruleDiagnostic(
			'connections/sql-driver',
			{ dialect: d, driver, known, async: !!entry },
			at.from,
			at.to,
			at.source
		)
	];
}

/** Returns `int(v)`'s exception for a `port` value, or null when it converts. */
function portError(v: PyValue): string | null {
	if (typeof v === 'bigint' || v instanceof PyFloat || typeof v === 'boolean') return null;
	if (typeof v === 'string')
		return /^\s*[-+]?\d+(_\d+)*\s*$/.test(v)
			? null
			: `ValueError: invalid literal for int() with base 10: ${reprString(v)}`;
	const type = v instanceof PyDict ? 'AttrDict' : typeName(v);
	return `TypeError: int() argument must be a string, a bytes-like object or a real number, not '${type}'`;
}

/**
 * Checks an SQL connection's table as `SQLConnection._connect` reads it: a
 * `url`, or `dialect`, `username` and `host` (Streamlit's texts), a `port`
 * `int()` accepts, and a dialect and driver SQLAlchemy knows. `kwargs` are the
 * keyword arguments the app passes, which override the table.
 */
export function sqlRules(
	ctx: SectionContext,
	name: string,
	section: PyDict,
	kwargs: readonly string[]
): Diagnostic[] {
	const path = ['connections', name];
	const here = place(ctx, path);
	if (kwargs.includes('**')) return [];
	const keys = new Set([...section.map.keys(), ...kwargs]);
	if (keys.size === 0)
		return [
			ruleDiagnostic(
				'connections/sql-missing-config',
				{ name, error: `StreamlitAPIException: ${sqlMissingConfigText}` },
				here.from,
				here.to,
				here.source
			)
		];
	const out: Diagnostic[] = [];
	const url = section.map.get('url');
	if (keys.has('url')) {
		if (typeof url !== 'string') return out;
		const m = /^([A-Za-z][\w.-]*)(?:\+([\w.-]+))?:\/\//.exec(url);
		const at = place(ctx, [...path, 'url'], true);
		if (!m)
			return [ruleDiagnostic('connections/sql-url', { value: url }, at.from, at.to, at.source)];
		return dialectRules(ctx, [...path, 'url'], m[1], m[2] ?? null);
	}
	for (const param of ['dialect', 'username', 'host']) {
		if (keys.has(param)) continue;
		// No fix: an empty value passes Streamlit's check but not the database's.
		out.push(
			ruleDiagnostic(
				'connections/sql-missing-param',
				{ name, param, error: `StreamlitAPIException: Missing SQL DB connection param: ${param}` },
				here.from,
				here.to,
				here.source
			)
		);
	}
	const dialect = section.map.get('dialect');
	const driver = section.map.get('driver');
	if (typeof dialect === 'string' && dialect !== '')
		out.push(
			...dialectRules(
				ctx,
				[...path, 'dialect'],
				dialect,
				typeof driver === 'string' ? driver : null
			)
		);
	const port = section.map.get('port');
	const error = port === undefined || kwargs.includes('port') ? null : portError(port);
	if (error !== null && port !== undefined) {
		const at = place(ctx, [...path, 'port'], true);
		const value = typeof port === 'string' ? reprString(port) : String(port);
		out.push(ruleDiagnostic('connections/sql-port', { value, error }, at.from, at.to, at.source));
	}
	return out;
}
