import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readApp } from '../../src/lib/app/read-app.ts';
import type { AppRead } from '../../src/lib/app/read-types.ts';

/** A read as `kind path form`, with `!` when protected: `secret db.user item`. */
const brief = (r: AppRead) =>
	`${r.kind} ${r.path.map((k) => k ?? '?').join('.')} ${r.form}${r.protected ? ' !' : ''}`;
const reads = (code: string) => readApp(code).map(brief);
const exprs = (code: string) => readApp(code).map((r) => r.expr);
const st = (body: string) => `import streamlit as st\nimport os\n${body}\n`;

describe('readApp: access forms', () => {
	it.each([
		['st.secrets["db"]["user"]', ['secret db.user item']],
		['st.secrets.db.user', ['secret db.user attr']],
		['st.secrets["db"].user', ['secret db.user attr']],
		['st.secrets.db["user"]', ['secret db.user item']],
		['st.secrets.get("k")', ['secret k get !']],
		['st.secrets.get("k", 1)', ['secret k get_default !']],
		['st.secrets.db.get("port", 5432)', ['secret db.port get_default !']],
		['st.secrets.get("db", {}).get("user")', ['secret db.user get !']],
		['"k" in st.secrets', ['secret k in !']],
		['"user" not in st.secrets["db"]', ['secret db.user in !']],
		['hasattr(st.secrets, "k")', ['secret k hasattr !']],
		['getattr(st.secrets, "k", None)', ['secret k getattr_default !']],
		['getattr(st.secrets.db, "k")', ['secret db.k getattr']],
		['st.secrets.to_dict()', ['to_dict  to_dict']],
		['st.secrets["gcp"].to_dict()', ['to_dict gcp to_dict']],
		['for k, v in st.secrets.db.items(): pass', ['to_dict db items']],
		['st.write(st.secrets)', ['to_dict  value']],
		['len(st.secrets)', ['to_dict  value']],
		['os.environ["K"]', ['environ K item']],
		['os.environ.get("K")', ['environ K get !']],
		['os.getenv("K", "d")', ['environ K get_default !']],
		['"K" in os.environ', ['environ K in !']],
		['st.connection("sql")', ['connection connections.sql call']],
		['st.connection("db", type="sql", ttl=60)', ['connection connections.db call']],
		['st.login()', ['login auth call']],
		['st.login("google")', ['login auth.google call']],
		['st.login(provider="okta")', ['login auth.okta call']]
	])('%s', (code, expected) => {
		expect(reads(st(code))).toEqual(expected);
	});

	it('stops a chain at a method call on the value', () => {
		expect(reads(st('st.secrets.db.user.strip().lower()'))).toEqual(['secret db.user attr']);
		expect(reads(st('st.secrets["url"].split("/")'))).toEqual(['secret url item']);
	});

	it('stops a chain at a list index', () => {
		expect(reads(st('st.secrets["admins"][0]["email"]'))).toEqual(['secret admins item']);
	});

	it('finds reads inside f-strings, calls, comprehensions and lambdas', () => {
		expect(
			reads(
				st(
					'f"{st.secrets.host}:{st.secrets.port}"\nint(st.secrets["n"])\n[st.secrets.a for _ in range(2)]\ng = lambda: st.secrets.b'
				)
			)
		).toEqual([
			'secret host attr',
			'secret port attr',
			'secret n item',
			'secret a attr',
			'secret b attr'
		]);
	});

	it('writes the expression simulate evaluates, aliases resolved', () => {
		expect(
			exprs(
				'from streamlit import secrets as s\ns.db.get("port", 5432)\ns["a"]["b"]\nimport os as o\no.getenv("X")\n'
			)
		).toEqual(['st.secrets.db.get("port", 5432)', 'st.secrets["a"]["b"]', 'os.environ.get("X")']);
	});

	it('keeps a default simulate cannot evaluate out of the expression', () => {
		const [r] = readApp(st('st.secrets.get("k", compute())'));
		expect(r.expr).toBe('st.secrets.get("k", None)');
		expect(r.default).toBe('compute()');
	});
});

describe('readApp: names', () => {
	it('resolves import aliases', () => {
		expect(reads('import streamlit as foo\nfoo.secrets.a\n')).toEqual(['secret a attr']);
		expect(reads('import streamlit\nstreamlit.secrets["a"]\n')).toEqual(['secret a item']);
		expect(reads('from streamlit import secrets\nsecrets.a\n')).toEqual(['secret a attr']);
		expect(reads('from os import environ, getenv\nenviron["A"]\ngetenv("B")\n')).toEqual([
			'environ A item',
			'environ B get !'
		]);
		expect(reads('from streamlit import connection, login\nconnection("x")\nlogin()\n')).toEqual([
			'connection connections.x call',
			'login auth call'
		]);
	});

	it('follows names bound to st.secrets and to its tables', () => {
		const found = readApp(st('s = st.secrets\ndb = s["db"]\nuser = db.user\nconnect(**db)'));
		expect(found.map(brief)).toEqual(['secret db item', 'secret db.user attr']);
		expect(found[0].binds).toBe('db');
		expect(found[1].alias).toEqual({ name: 'db', depth: 1 });
		expect(found[1].expr).toBe('st.secrets["db"].user');
	});

	it('marks a bound table read only through its keys as partial', () => {
		const [table] = readApp(st('db = st.secrets.db\nx = db.user'));
		expect(table.partial).toBe(true);
		const [whole] = readApp(st('db = st.secrets.db\nx = db.user\nconnect(**db)'));
		expect(whole.partial).toBeUndefined();
	});

	it('resolves constant keys: strings, concatenation, f-strings', () => {
		expect(
			reads(
				st('K = "api"\nP = "db_"\nst.secrets[K]\nst.secrets[P + "url"]\nst.secrets[f"{P}user"]')
			)
		).toEqual(['secret api item', 'secret db_url item', 'secret db_user item']);
	});

	it('expands a loop over literal strings into one read per key', () => {
		expect(reads(st('for k in ["a", "b"]:\n    st.secrets[k]'))).toEqual([
			'secret a item',
			'secret b item'
		]);
		expect(reads(st('KEYS = ("x", "y")\nvals = [st.secrets[k] for k in KEYS]'))).toEqual([
			'secret x item',
			'secret y item'
		]);
	});

	it('reports computed keys as unknown, never guessed', () => {
		const found = readApp(
			st(
				'def get(k):\n    return st.secrets[k]\nst.secrets[os.environ["ENV"]]\nst.connection(name)'
			)
		);
		expect(found.map(brief)).toEqual([
			'unknown ? item',
			'unknown ? item',
			'environ ENV item',
			'unknown connections.? call'
		]);
		expect(found.map((r) => r.of)).toEqual(['secret', 'secret', undefined, 'connection']);
	});

	it('treats a name bound to different things as unknown', () => {
		expect(reads(st('K = "a"\nif x:\n    K = compute()\nst.secrets[K]'))).toEqual([
			'unknown ? item'
		]);
	});

	it('scopes function parameters and locals', () => {
		expect(reads('import streamlit as st\ndef f(st):\n    return st.secrets.a\n')).toEqual([]);
		expect(reads(st('K = "a"\ndef f(K):\n    return st.secrets[K]'))).toEqual(['unknown ? item']);
	});

	it('follows what a method stores on self', () => {
		const found = readApp(
			st(
				'class C:\n    def __init__(self):\n        self.cfg = st.secrets.db\n    def f(self):\n        return self.cfg.host'
			)
		);
		expect(found.map(brief)).toEqual(['secret db attr', 'secret db.host attr']);
		expect(found[1].alias).toEqual({ name: 'self.cfg', depth: 1 });
	});

	it('does not read what an assignment writes, and knows the variables the app sets', () => {
		const found = readApp(
			st(
				'os.environ["A"] = st.secrets.a\nos.environ.setdefault("B", "1")\nos.environ["A"]\nos.environ["B"]\nos.environ["C"]'
			)
		);
		expect(found.map(brief)).toEqual([
			'secret a attr',
			'environ A item !',
			'environ B item !',
			'environ C item'
		]);
		expect(found[1].protections).toMatchObject([{ by: 'set' }]);
	});

	it('reads st and os without their imports, as in a pasted snippet', () => {
		expect(reads('st.secrets.a\nos.environ["B"]\n')).toEqual(['secret a attr', 'environ B item']);
	});

	it('records the connection call: name, type, keyword arguments', () => {
		const [a, b, c] = readApp(
			st(
				'st.connection("gs", type=GSheetsConnection)\nst.connection("pg", type="sql", url=u, ttl=5)\nst.connection("env:CONN")'
			)
		);
		expect(a.connection).toEqual({
			name: 'gs',
			type: 'GSheetsConnection',
			typeIsString: false,
			kwargs: []
		});
		expect(b.connection).toEqual({ name: 'pg', type: 'sql', typeIsString: true, kwargs: ['url'] });
		expect(c.connection?.name).toBe('env:CONN');
	});
});

describe('readApp: protections', () => {
	const guarded = (code: string) =>
		readApp(st(code))
			.filter((r) => r.form !== 'in' && r.form !== 'hasattr')
			.map(
				(r) => `${r.path.join('.')} ${r.protected ? r.protections.map((p) => p.by).join(',') : '-'}`
			);

	it('sees if / elif / else tests', () => {
		expect(
			guarded(
				'if "a" in st.secrets:\n    st.secrets.a\nelif "b" in st.secrets:\n    st.secrets.b\n    st.secrets.a\nelse:\n    st.secrets.c'
			)
		).toEqual(['a guard', 'b guard', 'a -', 'c -']);
		expect(guarded('if "a" not in st.secrets:\n    pass\nelse:\n    st.secrets.a')).toEqual([
			'a guard'
		]);
	});

	it('sees conditional expressions and and/or operands', () => {
		expect(
			guarded(
				'x = st.secrets.a if "a" in st.secrets else None\ny = "b" in st.secrets and st.secrets.b\nz = "c" not in st.secrets or st.secrets.c'
			)
		).toEqual(['a guard', 'b guard', 'c guard']);
	});

	it('sees an earlier exit when a key is missing', () => {
		expect(
			guarded(
				'if "k" not in st.secrets:\n    st.error("k")\n    st.stop()\nst.secrets.k\nif not hasattr(st.secrets, "h"):\n    raise SystemExit\nst.secrets.h'
			)
		).toEqual(['k guard', 'h guard']);
		expect(guarded('if "k" not in st.secrets:\n    st.error("k")\nst.secrets.k')).toEqual(['k -']);
	});

	it('sees checks over a list of required keys', () => {
		expect(
			guarded(
				'REQ = ["a", "b"]\nmissing = [k for k in REQ if k not in st.secrets]\nif missing:\n    st.stop()\nst.secrets.a\nst.secrets.c'
			)
		).toEqual(['a guard', 'c -']);
		expect(
			guarded('if not all(k in st.secrets for k in ["a", "b"]):\n    st.stop()\nst.secrets.b')
		).toEqual(['b guard']);
	});

	it('sees a .get() truth test', () => {
		const [test, read] = readApp(st('if st.secrets.get("a"):\n    st.secrets.a.x'));
		expect(test.protected).toBe(true);
		expect(read.protected).toBe(false);
		expect(read.protections).toMatchObject([{ by: 'guard', segment: 0 }]);
	});

	it('sees try blocks and what they catch', () => {
		const [item, attr, other] = readApp(
			st(
				'try:\n    st.secrets["a"]\nexcept KeyError:\n    pass\ntry:\n    st.secrets.b\nexcept KeyError:\n    pass\ntry:\n    st.secrets.c\nexcept Exception as e:\n    pass'
			)
		);
		expect(item.protected).toBe(true);
		expect(attr.protected).toBe(false);
		expect(attr.protections[0]).toMatchObject({ by: 'try', catches: ['KeyError'] });
		expect(other.protected).toBe(true);
	});

	it('does not protect the handler or the else block of a try', () => {
		expect(
			guarded('try:\n    pass\nexcept KeyError:\n    st.secrets["a"]\nelse:\n    st.secrets["b"]')
		).toEqual(['a -', 'b -']);
	});

	it('protects only the element of a filtered comprehension', () => {
		expect(guarded('{k: st.secrets[k] for k in ["a", "b"] if k in st.secrets}')).toEqual([
			'a guard',
			'b guard'
		]);
	});
});

describe('readApp: implied types', () => {
	const implied = (code: string) => readApp(st(code)).map((r) => r.implies);
	it.each([
		['int(st.secrets.n)', 'int'],
		['float(st.secrets.n)', 'float'],
		['st.secrets.get("n", 10)', 'int'],
		['st.secrets.get("f", False)', 'bool'],
		['st.secrets.get("t", {})', 'table'],
		['for x in st.secrets.hosts: pass', 'list'],
		['st.secrets.n + 1', 'int'],
		['if st.secrets.debug: pass', 'bool'],
		['st.secrets.db.port', 'int'],
		['st.secrets.name', undefined]
	])('%s implies %s', (code, type) => {
		expect(implied(code)).toEqual([type]);
	});
});

describe('readApp: ranges', () => {
	it('locates each read in UTF-16 offsets of the given text', () => {
		const code = '# é 😀\nimport streamlit as st\nx = st.secrets["ключ"].значение\n';
		const [r] = readApp(code);
		expect(code.slice(r.from, r.to)).toBe('st.secrets["ключ"].значение');
		expect(r.path).toEqual(['ключ', 'значение']);
	});

	it('reads CRLF line endings and a byte order mark', () => {
		const code = '\ufeffimport streamlit as st\r\nif "a" in st.secrets:\r\n    st.secrets.a\r\n';
		const found = readApp(code);
		expect(found.map(brief)).toEqual(['secret a in !', 'secret a attr !']);
		expect(code.slice(found[1].from, found[1].to)).toBe('st.secrets.a');
	});
});

describe('readApp: hostile input', () => {
	it('never throws on arbitrary strings', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (code) => {
				expect(Array.isArray(readApp(code))).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});

	it('never throws on mutated app code', () => {
		const seed = st(
			'db = st.secrets["db"]\nif "k" in st.secrets:\n    x = db.get("k", 1)\ntry:\n    y = st.secrets.a.b\nexcept KeyError:\n    pass\nst.connection("sql")\n'
		);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: seed.length }),
				fc.integer({ min: 0, max: 20 }),
				fc.string({ maxLength: 10 }),
				(at, cut, insert) => {
					const code = seed.slice(0, at) + insert + seed.slice(at + cut);
					expect(Array.isArray(readApp(code))).toBe(true);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('survives deep nesting', () => {
		const deep = `import streamlit as st\nx = ${'('.repeat(5000)}st.secrets.a${')'.repeat(5000)}\n`;
		expect(() => readApp(deep)).not.toThrow();
		const chain = `import streamlit as st\nx = st.secrets${'.a'.repeat(3000)}\n`;
		expect(() => readApp(chain)).not.toThrow();
		const blocks = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}if "k" in st.secrets:\n`);
		const nested = `import streamlit as st\n${blocks.join('')}${' '.repeat(300)}st.secrets.k\n`;
		expect(readApp(nested).at(-1)?.protected).toBe(true);
	});

	it('reads a 1 MB app in reasonable time', () => {
		const line = 'x = st.secrets["db"]["user"] if "db" in st.secrets else os.getenv("USER")\n';
		const code = st(line.repeat(Math.ceil(1_000_000 / line.length)));
		const started = Date.now();
		const found = readApp(code);
		expect(found.length).toBeGreaterThan(30_000);
		expect(Date.now() - started).toBeLessThan(20_000);
	});

	it('survives cyclic names', () => {
		expect(reads(st('a = b\nb = a\nst.secrets[a]'))).toEqual(['unknown ? item']);
	});
});
