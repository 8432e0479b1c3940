import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check, simulate, type SecretsSource } from '../../src/lib/index.ts';

const fileOf = (text: string): SecretsSource[] => [
	{ path: '.streamlit/secrets.toml', node: { kind: 'file', text } }
];
const bytesOf = (bytes: Uint8Array): SecretsSource[] => [
	{ path: '.streamlit/secrets.toml', node: { kind: 'file', bytes } }
];

/** Runs both entry points; they must return a report, never throw. */
function runAll(sources: SecretsSource[]) {
	const report = check(sources);
	const run = simulate(sources, {
		access: ['st.secrets["a"]', 'st.secrets.a.b', 'len(st.secrets)', 'os.environ.get("a")'],
		auth: ['default', 'google'],
		connection: ['sql']
	});
	expect(Array.isArray(report.diagnostics)).toBe(true);
	expect(run.parse).toBeDefined();
	return { report, run };
}

const validSeeds = [
	'a = 1\n',
	'[db]\nuser = "u"\npassword = "p"\nport = 5432\n',
	'[auth]\nredirect_uri = "http://localhost:8501/oauth2callback"\ncookie_secret = "x"\n[auth.google]\nclient_id = "a"\n',
	'arr = [1, 2, 3]\nt = { x = 1, y = [ "a", "b" ] }\n[[users]]\nname = "a"\n',
	'key = """\nmulti\nline\n"""\nlit = \'\'\'C:\\path\'\'\'\nwhen = 1979-05-27T07:32:00Z\n'
];

describe('check and simulate on arbitrary input', () => {
	it('return a report for any string, lone surrogates and NUL included', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
				runAll(fileOf(text));
			}),
			{ numRuns: 400 }
		);
	});

	it('return a report for strings built from TOML punctuation', () => {
		const pieces = fc.constantFrom(
			'[',
			']',
			'[[',
			']]',
			'{',
			'}',
			'"',
			"'",
			'"""',
			"'''",
			'=',
			',',
			'.',
			'#',
			'\\',
			'\n',
			'\r\n',
			' ',
			'a',
			'b',
			'1',
			'0x',
			'true',
			'inf',
			'1979-05-27',
			'T07:32:00',
			'Z',
			'\ufeff',
			'\0',
			'\ud800'
		);
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
				runAll(fileOf(parts.join('')));
			}),
			{ numRuns: 1500 }
		);
	});

	it('return a report for single-character mutations of valid files', () => {
		const seed = fc.constantFrom(...validSeeds);
		fc.assert(
			fc.property(
				seed,
				fc.nat(),
				fc.string({ unit: 'binary', maxLength: 3 }),
				fc.nat(3),
				(s, at, insert, cut) => {
					const i = at % (s.length + 1);
					runAll(fileOf(s.slice(0, i) + insert + s.slice(i + cut)));
				}
			),
			{ numRuns: 1500 }
		);
	});

	it('return a report for arbitrary bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
				runAll(bytesOf(bytes));
			}),
			{ numRuns: 300 }
		);
	});
});

describe('check and simulate on pathological input', () => {
	it('handles 10,000 levels of nested arrays', () => {
		const { run } = runAll(fileOf('a = ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n'));
		expect(run.parse).toHaveProperty('raised');
	});

	it('handles 10,000 levels of nested inline tables', () => {
		const { report } = runAll(
			fileOf('a = ' + '{b = '.repeat(10_000) + '1' + '}'.repeat(10_000) + '\n')
		);
		expect(report.diagnostics.length).toBeGreaterThan(0);
	});

	it('handles 10,000 levels of table headers', () => {
		const header = '[' + Array.from({ length: 10_000 }, (_, i) => `k${i}`).join('.') + ']\nx = 1\n';
		runAll(fileOf(header));
	});

	it('handles a 10 MB file', () => {
		const lines: string[] = [];
		for (let i = 0; lines.length * 40 < 10_000_000; i++)
			lines.push(`key_${i} = "value number ${i} here"`);
		const { report } = runAll(fileOf(lines.join('\n')));
		expect(report.load.ok).toBe(true);
	});

	it('handles a 1 MB line', () => {
		runAll(fileOf('a = "' + 'x'.repeat(1_000_000) + '"\n'));
		runAll(fileOf('a = [' + '"x", '.repeat(200_000) + ']\n'));
	});

	it('handles CRLF, a BOM, NUL bytes and non-ASCII keys', () => {
		runAll(fileOf('\ufeff"ключ" = "x"\r\n[db]\r\nuser = "\0"\r\n'));
		const { report } = runAll(fileOf('clé = "x"\r\n"🔑" = "y"\r\n'));
		expect(report.load.ok).toBe(true);
	});
});

describe('check and simulate on inputs that make toml 0.10.2 slow', () => {
	// toml rescans and rebuilds strings and lists as it goes; the emulation must
	// reach the same result without its quadratic cost (each case is ~200 KB).
	const n = 200_000;
	it.each([
		['a string element full of commas', 'a = ["' + 'x,'.repeat(n / 2) + '"]\n'],
		['a triple-quoted element full of commas', 'a = ["""' + 'x,'.repeat(n / 2) + '"""]\n'],
		['a quoted header full of dots', '["' + 'a.'.repeat(n / 2) + '"]\n'],
		['a header of many quoted parts', '[' + '"a".'.repeat(n / 4) + 'b]\n'],
		['a long multi-line string', 'a = """\n' + 'line\n'.repeat(n / 5) + '"""\n'],
		['a multi-line string of continued lines', 'a = """\n' + 'x \\\n'.repeat(n / 4) + '"""\n'],
		['a literal string of double quotes', "a = '" + '"'.repeat(n) + "'\n"],
		['a long inline table', 'a = {' + 'b = 1,'.repeat(n / 6) + '}\n'],
		['a long dotted key', 'a' + '.b'.repeat(n / 2) + ' = 1\n'],
		['a run of open brackets', 'a = ' + '['.repeat(n) + '\n'],
		['a comment of astral characters', '# ' + '😀'.repeat(n / 2) + '\n']
	])('finishes on %s', (_name, text) => {
		runAll(fileOf(text));
	});
});
