import { describe, expect, it } from 'vitest';
import { check, type Diagnostic, type SecretsSource } from '../../src/lib/index.ts';

const sources = (text: string): SecretsSource[] => [
	{ path: '.streamlit/secrets.toml', node: { kind: 'file', text } }
];
const app = (body: string) => [{ path: 'app.py', text: `import streamlit as st\n${body}\n` }];
const pick = (list: Diagnostic[], prefix = 'connections/') =>
	list.filter((d) => d.code.startsWith(prefix)).map((d) => `${d.code} ${d.severity}`);
/** The section rules alone: the hygiene warnings on values are tested apart. */
const sections = (text: string) =>
	check(sources(text), { sections: true, hygiene: false }).diagnostics;
const withApp = (text: string, body: string) =>
	check(sources(text), { apps: app(body) }).diagnostics;

describe('connectionRules: how st.connection finds the class', () => {
	it('accepts built-in names, a type in the table and class paths', () => {
		const text = `[connections.sql]
url = "sqlite:///a.db"
[connections.other]
type = "sql"
url = "sqlite:///b.db"
[connections.sheets]
type = "streamlit_gsheets.GSheetsConnection"
spreadsheet = "https://docs.google.com/spreadsheets/d/x"
`;
		expect(pick(sections(text))).toEqual([]);
	});

	it('warns about a table without type when no app says how it is called', () => {
		const [d] = sections('[connections.db]\nurl = "sqlite:///a.db"\n');
		expect(`${d.code} ${d.severity}`).toBe('connections/missing-type warning');
		expect(d.fix?.insert).toBe('\ntype = "sql"');
	});

	it('fails a call without type= and stays quiet when every call passes one', () => {
		const text = '[connections.db]\nurl = "sqlite:///a.db"\n';
		expect(pick(withApp(text, 'st.connection("db")'))).toEqual(['connections/missing-type error']);
		expect(pick(withApp(text, 'st.connection("db")'), 'app/connection')).toEqual([
			'app/connection-raises error'
		]);
		expect(pick(withApp(text, 'st.connection("db", type="sql")'))).toEqual([]);
	});

	it('rejects a type string that is neither built in nor a class path, with Streamlit’s text', () => {
		const [d] = withApp(
			'[connections.sheets]\ntype = "gsheets"\n',
			'st.connection("sheets")'
		).filter((x) => x.code === 'connections/invalid-type');
		expect(d.severity).toBe('error');
		expect(d.message).toContain(
			"Invalid connection 'gsheets'. Supported connection classes: {'snowflake': <class"
		);
	});

	it('leaves the st-gsheets-connection layout alone: the key’s own type and type= in the call', () => {
		const text =
			'[connections.gsheets]\nspreadsheet = "x"\ntype = "service_account"\nproject_id = "p"\nprivate_key_id = "k"\nprivate_key = "-----BEGIN PRIVATE KEY-----\\nAAA\\n-----END PRIVATE KEY-----\\n"\nclient_email = "a@b.iam.gserviceaccount.com"\nclient_id = "1"\ntoken_uri = "https://oauth2.googleapis.com/token"\n';
		expect(pick(sections(text))).toEqual([]);
		expect(pick(withApp(text, 'st.connection("gsheets", type=GSheetsConnection)'))).toEqual([]);
		expect(pick(withApp(text, 'st.connection("gsheets")'))).toEqual([
			'connections/invalid-type error'
		]);
	});

	it('resolves env: names through the exported root key', () => {
		const text = 'CONN = "main"\n[connections.main]\nurl = "sqlite:///a.db"\n';
		const report = check(sources(text), { apps: app('st.connection("env:CONN", type="sql")') });
		expect(report.reads[0].status).toBe('found');
		expect(report.unread).toEqual([]);
		const missing = check(sources('[connections.main]\nurl = "x"\n'), {
			apps: app('st.connection("env:CONN", type="sql")')
		});
		expect(missing.reads[0].raised).toEqual({ type: 'KeyError', str: "'CONN'" });
	});

	it('only warns about a table no app calls', () => {
		const text = '[connections.sql]\ndialect = "postgresql"\n';
		expect(pick(withApp(text, 'st.title("x")'))).toEqual([
			'connections/sql-missing-param warning',
			'connections/sql-missing-param warning'
		]);
	});
});

describe('connectionRules: sql', () => {
	it.each([
		['', ['connections/sql-missing-config error']],
		['url = "postgresql://u:p@h/db"', []],
		['url = "postgres://u:p@h/db"', ['connections/sql-dialect-renamed error']],
		['url = "postgresql+asyncpg://u:p@h/db"', ['connections/sql-driver warning']],
		['url = "mysql+pymysql://u:p@h/db"', []],
		['url = "u:p@h/db"', ['connections/sql-url error']],
		['url = "duckdb:///md:db"', []],
		['url = "postgresq://h/db"', ['connections/sql-dialect warning']],
		['dialect = "postgresql"\nusername = "u"\nhost = "h"\nport = 5432', []],
		['dialect = "postgresql"\nusername = "u"\nhost = "h"\nport = "5432"', []],
		[
			'dialect = "postgresql"\nusername = "u"\nhost = "h"\nport = "54 32"',
			['connections/sql-port error']
		],
		[
			'dialect = "postgresql"\nusername = "u"\nhost = "h"\nport = [5432]',
			['connections/sql-port error']
		],
		['dialect = "mssql"\ndriver = "pyodbc"\nusername = "u"\nhost = "h"', []],
		[
			'dialect = "mssql"\ndriver = "odbc"\nusername = "u"\nhost = "h"',
			['connections/sql-driver warning']
		],
		['host = "h"', ['connections/sql-missing-param error', 'connections/sql-missing-param error']]
	])('[connections.sql] %s', (body, expected) => {
		expect(pick(sections(`[connections.sql]\n${body}\n`))).toEqual(expected);
	});

	it('uses Streamlit’s texts', () => {
		const [config] = sections('[connections.sql]\n');
		expect(config.message).toContain(
			'Missing SQL DB connection configuration. Did you forget to set this in'
		);
		const [param] = sections('[connections.sql]\ndialect = "postgresql"\nhost = "h"\n');
		expect(param.message).toContain('Missing SQL DB connection param: username');
		const [port] = sections(
			'[connections.sql]\ndialect = "postgresql"\nusername = "u"\nhost = "h"\nport = "abc"\n'
		);
		expect(port.message).toContain("ValueError: invalid literal for int() with base 10: 'abc'");
	});

	it('counts the keyword arguments the app passes', () => {
		const text = '[connections.sql]\ndialect = "postgresql"\nhost = "h"\n';
		expect(pick(withApp(text, 'st.connection("sql", username=user)'))).toEqual([]);
		expect(pick(withApp('a = 1\n', 'st.connection("x", type="sql", url=u)'), 'app/')).toEqual([
			'app/unread-secret info'
		]);
	});

	it('offers no fix of an empty value for a missing param', () => {
		const text = '[connections.sql]\ndialect = "postgresql"\nhost = "h"\n';
		const [d] = sections(text);
		expect(d.code).toBe('connections/sql-missing-param');
		expect(d.fix).toBeUndefined();
	});
});

describe('connectionRules: snowflake', () => {
	it.each([
		['account = "org-acct"\nuser = "u"\npassword = "p"', []],
		['account = "org-acct"\nuser = "u"\nprivate_key_file = "/k.p8"', []],
		['account = "org-acct"\nuser = "u"\nauthenticator = "externalbrowser"', []],
		['user = "u"\npassword = "p"', ['connections/snowflake-missing-key error']],
		['account = "org-acct"\npassword = "p"', ['connections/snowflake-missing-key error']],
		['account = "org-acct"\nuser = "u"', ['connections/snowflake-auth error']],
		[
			'account = "org-acct"\nuser = "u"\npassword = "p"\nprivate_key = "k"',
			['connections/snowflake-auth warning']
		],
		['account = "org-acct"\nauthenticator = "oauth"\ntoken = "t"', []],
		[
			'account = "org-acct"\nuser = "u"\nauthenticator = "SNOWFLAKE_JWT"',
			['connections/snowflake-auth error']
		],
		[
			'account = "https://org-acct.snowflakecomputing.com"\nuser = "u"\npassword = "p"',
			['connections/snowflake-account warning']
		],
		['', []]
	])('[connections.snowflake] %s', (body, expected) => {
		expect(pick(sections(`[connections.snowflake]\n${body}\n`))).toEqual(expected);
	});

	it('notes that snowpark is deprecated', () => {
		const text = '[connections.snowpark]\naccount = "a"\nuser = "u"\npassword = "p"\n';
		expect(pick(sections(text))).toEqual(['connections/snowpark-deprecated info']);
	});
});

describe('connectionRules: Google service accounts', () => {
	const key = (privateKey: string, extra = '') =>
		`[gcp_service_account]\ntype = "service_account"\nproject_id = "p"\nprivate_key_id = "k"\nclient_email = "a@b.iam.gserviceaccount.com"\nclient_id = "1"\ntoken_uri = "https://oauth2.googleapis.com/token"\nprivate_key = ${privateKey}\n${extra}`;

	it.each([
		['"-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n"', []],
		['"""-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n"""', []],
		[
			"'-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n'",
			['connections/private-key-pem error']
		],
		[
			'"-----BEGIN PRIVATE KEY----- MIIE -----END PRIVATE KEY-----"',
			['connections/private-key-pem error']
		],
		['"MIIE"', ['connections/private-key-pem error']],
		['"-----BEGIN RSA PRIVATE KEY-----\\nMIIE\\n-----END RSA PRIVATE KEY-----"', []],
		['42', ['connections/private-key-pem error']]
	])('private_key = %s', (value, expected) => {
		expect(pick(sections(key(value)))).toEqual(expected);
	});

	it('reports the escaped newlines of a literal string', () => {
		const [d] = sections(
			key("'-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n'")
		);
		expect(d.message).toContain('as two characters');
	});

	it('requires the fields google-auth needs and warns about the rest', () => {
		const text =
			'[gcp]\ntype = "service_account"\nprivate_key = "-----BEGIN PRIVATE KEY-----\\nA\\n-----END PRIVATE KEY-----"\n';
		expect(pick(sections(text))).toEqual([
			'connections/service-account-field error',
			'connections/service-account-field error',
			'connections/service-account-field warning',
			'connections/service-account-field warning',
			'connections/service-account-field warning'
		]);
	});
});
