import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { check, listSecrets, type AppSource, type SecretsSource } from '../../src/lib/index.ts';
import { findPlaceholder } from '../../src/lib/hygiene/index.ts';
import {
	findShareRisks,
	maskCredentials,
	redactSharedState,
	redactToml,
	redactValue,
	type SharedState
} from '../../src/lib/share/index.ts';
import { settingKeys } from '../../src/lib/share/redact-value.ts';
import { examples } from '../../src/ui/examples.ts';

const file = (path: string, text: string): SecretsSource => ({
	path,
	node: { kind: 'file', text }
});

/** Every `.toml` fixture, with the app beside it when there is one. */
function fixtureCases(): { name: string; sources: SecretsSource[]; apps: AppSource[] }[] {
	const root = 'tests/fixtures';
	const out: { name: string; sources: SecretsSource[]; apps: AppSource[] }[] = [];
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.toml$/i.test(entry.name)) continue;
		const path = join(entry.parentPath, entry.name);
		const app = join(entry.parentPath, 'app.py');
		let apps: AppSource[] = [];
		try {
			apps = [{ path: 'app.py', text: readFileSync(app, 'utf8') }];
		} catch {
			// No app beside this file.
		}
		out.push({
			name: path,
			sources: [file('.streamlit/secrets.toml', readFileSync(path, 'utf8'))],
			apps
		});
	}
	return out;
}

function exampleCases() {
	return examples.map((e) => ({
		name: `example ${e.title}`,
		sources: e
			.sources()
			.map((s) => file(s.path, s.kind === 'file' ? s.text : ''))
			.filter((_, i, all) => all[i].node.kind === 'file'),
		apps: (e.code?.() ?? [])
			.filter((f) => f.text.trim())
			.map((f) => ({ path: f.path, text: f.text }))
	}));
}

const redacted = (sources: SecretsSource[]) =>
	sources.map((s) => (s.node.kind === 'file' ? file(s.path, redactToml(s.node.text ?? '')) : s));

function summary(sources: SecretsSource[], apps: AppSource[]) {
	const report = check(sources, { apps });
	return {
		load: report.load.ok ? 'ok' : report.load.type,
		paths: listSecrets(report).map((e) => `${e.path.join('.')}: ${e.type}`),
		diagnostics: report.diagnostics.map(
			(d) => `${d.source} ${d.from}-${d.to} ${d.severity} ${d.code}`
		)
	};
}

describe('redactToml', () => {
	const cases = [...exampleCases(), ...fixtureCases()];

	it.each(cases.map((c) => [c.name, c] as const))(
		'keeps the paths and diagnostics of %s',
		(_, c) => {
			expect(summary(redacted(c.sources), c.apps)).toEqual(summary(c.sources, c.apps));
		}
	);
});

/** Returns the string values of valid TOML with the key each is stored under. */
function stringValues(text: string): [string, string][] {
	let data: unknown;
	try {
		data = parse(text);
	} catch {
		return [];
	}
	const out: [string, string][] = [];
	const walk = (v: unknown, key: string) => {
		if (typeof v === 'string') out.push([key, v]);
		else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
		else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
	};
	walk(data, '');
	return out;
}

/** Returns every key name of valid TOML. */
function keyNames(text: string): Set<string> {
	const out = new Set<string>();
	const walk = (v: unknown) => {
		if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object')
			for (const [k, x] of Object.entries(v)) {
				out.add(k);
				walk(x);
			}
	};
	try {
		walk(parse(text));
	} catch {
		// Invalid TOML: no values to compare.
	}
	return out;
}

describe('redactToml leaves no value', () => {
	const cases = [...exampleCases(), ...fixtureCases()];
	it.each(cases.map((c) => [c.name, c] as const))('in %s', (_, c) => {
		for (const s of c.sources) {
			if (s.node.kind !== 'file' || s.node.text === undefined) continue;
			const before = stringValues(s.node.text);
			const after = stringValues(redactToml(s.node.text));
			const keys = keyNames(s.node.text);
			// Kept on purpose: settings read by name, placeholders, values naming a key of
			// the file, and values made only of public marks (`localhost`, `sqlite://`).
			// Values under four letters and digits may come out the same by chance.
			const kept = ([key, value]: [string, string]) =>
				(value.match(/[\p{L}\p{N}]/gu) ?? []).length < 4 ||
				// After an escaped backslash Streamlit's parser reads an escape again: kept.
				/\\u/.test(value) ||
				settingKeys.has(key) ||
				keys.has(value) ||
				findPlaceholder(value, key) !== null ||
				!/[\p{L}\p{N}]/u.test(value.replace(/^[a-z+]+:\/\/|localhost/g, ''));
			expect(after).toHaveLength(before.length);
			const same = before.filter((pair, i) => !kept(pair) && after[i][1] === pair[1]);
			expect(same).toEqual([]);
		}
	});
});

describe('redactToml', () => {
	it.each([
		[
			'a string keeps its length and punctuation',
			'url = "postgres://me:pw@db.host:5432/x"',
			'url = "postgres://na:ty@ab.gpoq:5383/i"'
		],
		['numbers keep their width and zeros', 'n = 1024\nf = -30.5e10', 'n = 4072\nf = -40.7e10'],
		[
			'booleans, dates and times are kept',
			'b = true\nd = 1979-05-27\nt = 07:32:00',
			'b = true\nd = 1979-05-27\nt = 07:32:00'
		],
		[
			'keys, headers and comments are kept',
			'[db] # the database\nuser = "bob"',
			'[db] # the database\nuser = "bla"'
		],
		['a commented-out value is filled', '# password = "hunter2"', '# password = "loribm4"'],
		[
			'placeholders are kept',
			'a = "your-api-key"\nb = "${TOKEN}"',
			'a = "your-api-key"\nb = "${TOKEN}"'
		],
		[
			'settings Streamlit reads by name are kept',
			'type = "sql"\ndialect = "mysql"',
			'type = "sql"\ndialect = "mysql"'
		],
		[
			'a value naming a key of the file is kept',
			'conn = "main"\n[connections.main]\nx = 1',
			'conn = "main"\n[connections.main]\nx = 4'
		],
		['escapes are kept', 'p = "a\\tb\\u00e9"', 'p = "b\\ta\\u00e9"'],
		['an unquoted word is filled', 'password = hunter2', 'password = loribm4'],
		['a line TOML cannot read is filled whole', 'password: hunter2', 'lborimpa: loribm4'],
		[
			'a credential in a comment is filled',
			'# old key: ghp_0a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R',
			'# old key: lor_4b7B2a9A5f8F3i6L4m7O2p9R5s8I3u6M4n7P'
		],
		[
			'a multi-line string keeps its line breaks, quotes and line-ending backslash',
			'a = """\nline one\nline "two"\\\n  end"""',
			'a = """\nlorb ima\npsuf "ntq"\\\n  cve"""'
		]
	])('%s', (_, input, output) => {
		expect(redactToml(input)).toBe(output);
	});

	it('keeps the format marks of a credential and its look', () => {
		const out = redactToml('key = "ghp_0a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R"');
		expect(out).toMatch(/^key = "ghp_[A-Za-z0-9]{36}"$/);
		expect(out).not.toContain('0a1B2c3D4e5F6g7H8i9J');
	});

	it('keeps the length of non-ASCII and astral text', () => {
		const input = 's = "日本 é 😀 ж"';
		expect(redactToml(input)).toHaveLength(input.length);
		expect(redactToml(input)).not.toMatch(/[日本éж]/);
	});

	it('never throws on unclosed strings and stray text', () => {
		for (const input of [
			'a = "unclosed',
			"a = '''\nno end",
			'a = [1, "x"',
			'"key" "value"',
			'= = =',
			'\ufeff# bom'
		])
			expect(redactToml(input)).toHaveLength(input.length);
	});
});

describe('redactValue', () => {
	it('fills a folder file keeping its shape', () => {
		expect(redactValue('s3cr3t-Pass', 'password')).toMatch(
			/^[a-z]\d[a-z]{2}\d[a-z]-[A-Z][a-z]{3}$/
		);
	});
});

describe('maskCredentials', () => {
	it('masks a key pasted into app code and keeps the rest', () => {
		const code =
			'import openai\nopenai.api_key = "sk-proj-Z8q2Lm4Rt7Wx1Np5Kd9Hs3Jv6Bc0Fy"\nst.secrets["db"]';
		const out = maskCredentials(code);
		expect(out).toHaveLength(code.length);
		expect(out).not.toContain('Z8q2Lm4Rt7Wx1Np5Kd9Hs3Jv6Bc0Fy');
		expect(out.split('\n')[2]).toBe('st.secrets["db"]');
	});
});

const shared = (text: string, code = ''): SharedState => ({
	redacted: false,
	sources: [
		{ path: '~/.streamlit/secrets.toml', kind: 'missing', text: '', files: [] },
		{ path: '.streamlit/secrets.toml', kind: 'file', text, files: [] },
		{
			path: '/run/secrets',
			kind: 'directory',
			text: '',
			files: [{ folder: 'token', name: 'token', content: 'xoxb-2408239842-Qm8Tz2KpLw7R' }]
		}
	],
	code: [{ path: 'streamlit_app.py', text: code }],
	view: 'seen',
	active: 1
});

describe('findShareRisks', () => {
	it('lists credentials in values, comments, folders and code, not placeholders', () => {
		const text =
			'aws = "AKIAZ7Q3RM2XK4TBW9PL"\nfake = "your-api-key"\n# old: ghp_0a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R\n';
		const risks = findShareRisks(
			shared(text, 'KEY = "sk-ant-api03-Zq8Lm2Rt7Wx1Np5Kd9Hs3Jv6Bc0Fy"')
		);
		expect(risks.map((r) => [r.file, r.line, r.where, r.label])).toEqual([
			['.streamlit/secrets.toml', 1, 'aws', 'an AWS access key ID'],
			['.streamlit/secrets.toml', 3, 'comment', 'a GitHub token'],
			['/run/secrets', 1, 'token/token', 'a Slack token'],
			['streamlit_app.py', 1, 'code', 'an Anthropic API key']
		]);
	});
});

describe('redactSharedState', () => {
	it('marks the state redacted and leaves no credential in it', () => {
		const state = shared(
			'aws = "AKIAZ7Q3RM2XK4TBW9PL"\n',
			'KEY = "sk-ant-api03-Zq8Lm2Rt7Wx1Np5Kd9Hs3Jv6Bc0Fy"'
		);
		const out = redactSharedState(state);
		expect(out.redacted).toBe(true);
		const json = JSON.stringify(out);
		for (const secret of ['Z7Q3RM2XK4TBW9PL', 'Qm8Tz2KpLw7R', 'Zq8Lm2Rt7Wx1Np5Kd9Hs3Jv6Bc0Fy'])
			expect(json).not.toContain(secret);
		expect(findShareRisks(out).map((r) => r.label)).toEqual([
			'an AWS access key ID',
			'a Slack token'
		]);
	});
});
