import { describe, expect, it } from 'vitest';
import { check } from '../../src/lib/index.ts';
import { typeFromName } from '../../src/lib/streamlit/connection-types.ts';

/** The `connections/missing-type` diagnostic of `text`, with the rules alone. */
const missingType = (text: string) =>
	check([{ path: '.streamlit/secrets.toml', node: { kind: 'file', text } }], {
		hygiene: false
	}).diagnostics.find((d) => d.code === 'connections/missing-type')!;

describe('typeFromName', () => {
	it.each([
		['gsheets', 'streamlit_gsheets.GSheetsConnection'],
		['google_sheets', 'streamlit_gsheets.GSheetsConnection'],
		['supabase', 'st_supabase_connection.SupabaseConnection'],
		['supabase_connection', 'st_supabase_connection.SupabaseConnection'],
		['s3', 'st_files_connection.FilesConnection'],
		['snowflake_prod', 'snowflake'],
		['postgresql', 'sql'],
		['reports', null]
	])('reads %s as %s', (name, type) => {
		expect(typeFromName(name)).toBe(type);
	});
});

describe('connectionRules: the type a table without one needs', () => {
	it('suggests and adds the gsheets class for [connections.gsheets], whatever its keys', () => {
		const d = missingType('[connections.gsheets]\nworksheet = "Sheet1"\n');
		expect(d.hint).toContain('`type = "streamlit_gsheets.GSheetsConnection"`');
		expect(d.fix?.insert).toBe('\ntype = "streamlit_gsheets.GSheetsConnection"');
	});

	it('no longer suggests sql for a table whose type is unknown', () => {
		const d = missingType('[connections.reports]\nuser = "x"\n');
		expect(d.hint).not.toContain('type = "sql"');
		expect(d.fix).toBeUndefined();
	});

	it('names the type a database name implies, without a fix the sql checks would reject', () => {
		const d = missingType('[connections.postgresql]\nhost = "db.internal"\n');
		expect(d.hint).toContain('`type = "sql"`');
		expect(d.fix).toBeUndefined();
	});

	it('adds the type the keys imply only when the table then passes its checks', () => {
		const ok = missingType(
			'[connections.reports]\nurl = "postgresql://reader@db.internal/reports"\n'
		);
		expect(ok.fix?.insert).toBe('\ntype = "sql"');
		const bad = missingType('[connections.reports]\nurl = "not a url"\n');
		expect(bad.hint).toContain('`type = "sql"`');
		expect(bad.fix).toBeUndefined();
	});
});
