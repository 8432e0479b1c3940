import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	check,
	simulate,
	type CheckReport,
	type Diagnostic,
	type SecretsSource
} from '../../src/lib/index.ts';

const sources = (text: string): SecretsSource[] => [
	{ path: '.streamlit/secrets.toml', node: { kind: 'file', text } }
];
const app = (body: string) => [
	{ path: 'app.py', text: `import streamlit as st\nimport os\n${body}\n` }
];
const run = (toml: string, body: string) => check(sources(toml), { apps: app(body) });
const codes = (report: CheckReport, source: number) =>
	report.diagnostics.filter((d) => d.source === source).map((d) => `${d.code} ${d.severity}`);
const applyFix = (text: string, d: Diagnostic) =>
	text.slice(0, d.fix!.from) + d.fix!.insert + text.slice(d.fix!.to);

describe('check with apps: sources', () => {
	it('reads no app and lists no reads without apps, but still checks sections', () => {
		const report = check(sources('a = 1\n[connections.x]\nu = 1\n'), { hygiene: false });
		expect(report.sources.map((s) => s.kind)).toEqual(['file']);
		expect(report.reads).toEqual([]);
		expect(report.unread).toEqual([]);
		expect(report.diagnostics.map((d) => d.code)).toEqual(['connections/missing-type']);
		expect(
			check(sources('a = 1\n[connections.x]\nu = 1\n'), { sections: false, hygiene: false })
				.diagnostics
		).toEqual([]);
	});

	it('adds each app as a source of kind app, after the secrets', () => {
		const report = check(sources('a = 1\n'), {
			hygiene: false,
			apps: [
				{ path: 'app.py', text: 'import streamlit as st\nst.secrets.b\n' },
				{ path: 'pages/x.py', text: 'import streamlit as st\nst.secrets.a\n' }
			]
		});
		expect(report.sources.map((s) => `${s.kind} ${s.path}`)).toEqual([
			'file .streamlit/secrets.toml',
			'app app.py',
			'app pages/x.py'
		]);
		expect(report.reads.map((f) => `${f.source} ${f.status}`)).toEqual(['1 missing', '2 found']);
		expect(codes(report, 1)).toEqual(['app/missing-secret error']);
		expect(codes(report, 0)).toEqual(['app/missing-key error']);
	});
});

describe('check with apps: statuses and exceptions', () => {
	it('takes each exception from simulate', () => {
		const toml = '[db]\nuser = "u"\n';
		const report = run(
			toml,
			'st.secrets.db.password\nst.secrets["db"]["port"]\nst.secrets.db.user.x'
		);
		const expected = simulate(sources(toml), { access: report.reads.map((f) => f.read.expr) });
		expect(report.reads.map((f) => f.raised)).toEqual(
			expected.accesses.map((a) => ('raised' in a ? a.raised : undefined))
		);
		expect(report.reads.map((f) => f.status)).toEqual(['missing', 'missing', 'raises']);
	});

	it('reports a read through a name bound to a missing table once, where the name is bound', () => {
		const report = run('x = 1\n', 'db = st.secrets["db"]\nu = db.user\np = db.password');
		expect(report.reads.map((f) => f.status)).toEqual(['missing', 'missing', 'missing']);
		expect(codes(report, 1)).toEqual(['app/missing-secret error']);
		const [fix] = report.diagnostics.filter((d) => d.code === 'app/missing-key');
		expect(fix.fix?.insert).toBe('\n[db]\nuser = ""\npassword = ""\n');
	});

	it('fails every read when the secrets do not load, without missing-key fixes', () => {
		const report = run('a = \n', 'st.secrets.a\nst.secrets["a"]\nst.secrets.get("a", 1)');
		expect(report.reads.map((f) => f.raised?.type)).toEqual([
			'AttributeError',
			'StreamlitSecretNotFoundError',
			'StreamlitSecretNotFoundError'
		]);
		expect(codes(report, 1)).toEqual([
			'app/read-raises error',
			'app/read-raises error',
			'app/read-raises error'
		]);
		expect(report.diagnostics.some((d) => d.code === 'app/missing-key')).toBe(false);
	});

	it('fails reads when no secrets file exists', () => {
		const report = check([{ path: '/app/.streamlit/secrets.toml', node: { kind: 'missing' } }], {
			apps: app('st.secrets["a"]')
		});
		expect(report.reads[0].raised?.type).toBe('StreamlitSecretNotFoundError');
		expect(report.reads[0].status).toBe('raises');
	});

	it('tells what a .get or an in test gives when the key is missing', () => {
		const report = run('a = 1\n', 'st.secrets.get("b")\nst.secrets.get("b", 2)\n"b" in st.secrets');
		expect(report.reads.map((f) => f.status)).toEqual(['protected', 'protected', 'protected']);
		expect(report.diagnostics.filter((d) => d.source === 1).map((d) => d.message)).toEqual([
			'`b` is not defined, so `st.secrets.get("b")` returns `None`',
			'`b` is not defined, so `st.secrets.get("b", 2)` returns its default',
			'`b` is not defined, so `"b" in st.secrets` is `False`'
		]);
	});

	it('gives found reads their type and place', () => {
		const report = run('[db]\nport = 5432\n', 'st.secrets.db.port\nst.secrets.db');
		expect(report.reads.map((f) => f.type)).toEqual(['int', 'AttrDict']);
		expect(report.reads[0].definedAt).toEqual({ source: 0, from: 5, to: 9 });
	});

	it('checks os.environ against what Streamlit exports', () => {
		const report = run(
			'A = "x"\nN = 1\nB = true\n[t]\nk = 1\n',
			'os.environ["A"]\nos.environ["N"]\nos.environ["B"]\nos.environ["t"]\nos.environ["PATH"]'
		);
		expect(report.reads.map((f) => f.status)).toEqual([
			'found',
			'found',
			'missing',
			'missing',
			'found'
		]);
		expect(report.diagnostics.filter((d) => d.source === 1).map((d) => d.message)).toEqual([
			'`os.environ["B"]` raises `KeyError: \'B\'`: Streamlit does not export `B`, a `bool`, to os.environ',
			'`os.environ["t"]` raises `KeyError: \'t\'`: Streamlit does not export `t`, a `table`, to os.environ'
		]);
	});
});

describe('check with apps: fixes for missing keys', () => {
	it.each([
		['a = 1\n[t]\nx = 1\n', 'st.secrets.b', 'a = 1\nb = ""\n[t]\nx = 1\n'],
		['# c\n[t]\nx = 1\n', 'st.secrets.b', 'b = ""\n# c\n[t]\nx = 1\n'],
		['a = 1', 'int(st.secrets.b)', 'a = 1\nb = 0\n'],
		['', 'st.secrets.get("b")\nst.secrets.b', 'b = ""\n'],
		['[t]\nx = 1\n\n[u]\n', 'st.secrets.t.flag == True', '[t]\nflag = false\nx = 1\n\n[u]\n'],
		['[t]\nx = 1\n', 'st.secrets.t.sub.k', '[t]\nx = 1\n\n[t.sub]\nk = ""\n'],
		['a = 1\n', 'st.secrets["my key"]["1.5"]', 'a = 1\n\n["my key"]\n"1.5" = ""\n'],
		['[a.b]\nc = 1\n', 'st.secrets.a.d.to_dict()', '[a.b]\nc = 1\n\n[a.d]\n'],
		['a = 1\r\n[t]\r\nx = 1\r\n', 'st.secrets.t.y', 'a = 1\r\n[t]\r\ny = ""\r\nx = 1\r\n']
	])('%j + %s', (toml, body, expected) => {
		const report = run(toml, body);
		const [d] = report.diagnostics.filter((x) => x.code === 'app/missing-key');
		const fixed = applyFix(toml, d);
		expect(fixed).toBe(expected);
		const after = check(sources(fixed), { apps: app(body) });
		expect(after.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
	});

	it('does not guess a fix inside an inline table', () => {
		const report = run('t = { x = 1 }\n', 'st.secrets.t.y');
		const [d] = report.diagnostics.filter((x) => x.code === 'app/missing-key');
		expect(d.fix).toBeUndefined();
	});

	it('offers to rename a misspelled key instead', () => {
		const toml = '[db]\nusr = "u"\n';
		const report = run(toml, 'st.secrets.db.user');
		const [d] = report.diagnostics.filter((x) => x.code === 'app/missing-key');
		expect(d.message).toContain('`usr` is defined instead');
		expect(applyFix(toml, d)).toBe('[db]\nuser = "u"\n');
	});

	it('does not rename a key another read uses', () => {
		const report = run('[db]\nusr = "u"\n', 'st.secrets.db.user\nst.secrets.db.usr');
		const [d] = report.diagnostics.filter((x) => x.code === 'app/missing-key');
		expect(d.message).not.toContain('instead');
	});
});

describe('check with apps: unread keys', () => {
	const unread = (toml: string, body: string) =>
		run(toml, body).unread.map((u) => u.path.join('.'));

	it('lists an unread table once and unread keys of a read table', () => {
		expect(unread('a = 1\n[t]\nx = 1\ny = 2\n[u]\nz = 1\n', 'st.secrets.t.x')).toEqual([
			'a',
			't.y',
			'u'
		]);
	});

	it('counts a whole table as read when it is passed on, and not when only its keys are', () => {
		const toml = '[db]\nuser = "u"\npassword = "p"\n';
		expect(unread(toml, 'db = st.secrets.db\nconnect(**db)')).toEqual([]);
		expect(unread(toml, 'db = st.secrets.db\nconnect(db.user)')).toEqual(['db.password']);
		expect(unread(toml, 'connect(**st.secrets.db)')).toEqual([]);
	});

	it('lists nothing below a computed key, environment reads, logins and connections', () => {
		const toml =
			'K = "x"\n[t]\na = 1\n[auth]\nx = 1\n[connections.c]\nu = 1\n[connections.d]\nu = 1\n';
		expect(
			unread(toml, 'st.secrets.t[name]\nos.getenv("K")\nst.login()\nst.connection("c")')
		).toEqual(['connections.d']);
		expect(unread(toml, 'st.secrets[name]')).toEqual([]);
		expect(unread(toml, 'st.secrets.to_dict()')).toEqual([]);
	});

	it('reports unread keys as information where they are written', () => {
		const report = run('a = 1\nb = 2\n', 'st.secrets.a');
		const [d] = report.diagnostics.filter((x) => x.code === 'app/unread-secret');
		expect(d).toMatchObject({ severity: 'info', from: 6, to: 7, source: 0 });
		expect(d.hint).toContain('os.environ');
	});
});

describe('check with apps: hostile input', () => {
	const toml =
		'A = "x"\n[db]\nuser = "u"\n[auth]\nredirect_uri = "x"\n[connections.sql]\nurl = "y"\n';
	const seed =
		'import streamlit as st\nimport os\ndb = st.secrets["db"]\nif "k" in st.secrets:\n    x = db.get("k", 1)\nos.environ["A"]\nst.connection("env:A")\nst.login("g_x")\nst.secrets[f"{db}"]\n';

	it('never throws on arbitrary app text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (code) => {
				const report = check(sources(toml), { apps: [{ path: 'app.py', text: code }] });
				expect(report.sources).toHaveLength(2);
			}),
			{ numRuns: 300 }
		);
	});

	it('never throws on mutated app code and secrets', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: seed.length }),
				fc.integer({ min: 0, max: toml.length }),
				fc.string({ maxLength: 8 }),
				(at, cut, insert) => {
					const code = seed.slice(0, at) + insert + seed.slice(at + 3);
					const text = toml.slice(0, cut) + insert + toml.slice(cut + 2);
					const report = check(sources(text), { apps: [{ path: 'app.py', text: code }] });
					expect(Array.isArray(report.reads)).toBe(true);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('checks a 1 MB app with tens of thousands of reads in reasonable time', () => {
		const line =
			'x = st.secrets["db"]["user"] if "db" in st.secrets else os.getenv("USER")\ny = st.secrets.db.missing\n';
		const code = `import streamlit as st\nimport os\n${line.repeat(Math.ceil(1_000_000 / line.length))}`;
		const started = Date.now();
		const report = check(sources('[db]\nuser = "u"\n'), { apps: [{ path: 'app.py', text: code }] });
		expect(report.reads.length).toBeGreaterThan(30_000);
		expect(report.diagnostics.filter((d) => d.code === 'app/missing-key')).toHaveLength(1);
		expect(Date.now() - started).toBeLessThan(30_000);
	});
});
