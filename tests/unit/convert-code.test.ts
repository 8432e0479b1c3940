import { describe, expect, it } from 'vitest';
import {
	exportGithubActions,
	exportJson,
	exportPython,
	toToml
} from '../../src/lib/convert/index.ts';
import { parseLegacyToml } from '../../src/lib/legacy-toml/index.ts';
import {
	PyDate,
	PyDateTime,
	PyDict,
	PyFloat,
	PyTime,
	type PyValue
} from '../../src/lib/python/values.ts';
import corpus from '../fixtures/convert/tricky-values.json';
import { canon, dict } from '../fixtures/convert/py-builders.ts';
import { shellWords } from '../fixtures/convert/readers.ts';

const pyEscapes: Record<string, string> = {
	n: '\n',
	r: '\r',
	t: '\t',
	'\\': '\\',
	"'": "'",
	'"': '"'
};

/** Reads the Python literals `exportPython` writes: dicts, lists, str, int, float, datetime. */
function readPython(text: string): PyValue {
	let pos = 0;
	const skip = () => {
		while (/[\s,]/.test(text[pos] ?? '') && !(text[pos] === ',' && false)) pos++;
	};
	const expectText = (t: string) => {
		expect(text.slice(pos, pos + t.length)).toBe(t);
		pos += t.length;
	};
	const args = (): number[] => {
		const nums: number[] = [];
		while (/\d/.test(text[pos])) {
			const m = /^\d+/.exec(text.slice(pos))!;
			nums.push(Number(m[0]));
			pos += m[0].length;
			if (text.slice(pos, pos + 2) === ', ') pos += 2;
		}
		return nums;
	};
	const value = (): PyValue => {
		skip();
		const rest = text.slice(pos);
		if (rest[0] === "'" || rest[0] === '"') {
			const q = rest[0];
			let out = '';
			let i = 1;
			for (; rest[i] !== q; i++) {
				if (rest[i] !== '\\') out += rest[i];
				else {
					const e = rest[++i];
					const hex = { x: 2, u: 4, U: 8 }[e as 'x' | 'u' | 'U'];
					if (hex) {
						out += String.fromCodePoint(parseInt(rest.slice(i + 1, i + 1 + hex), 16));
						i += hex;
					} else out += pyEscapes[e];
				}
			}
			pos += i + 1;
			return out;
		}
		if (rest[0] === '{' || rest[0] === '[') {
			pos++;
			const d = new PyDict();
			const list: PyValue[] = [];
			for (skip(); text[pos] !== (rest[0] === '{' ? '}' : ']'); skip()) {
				if (rest[0] === '[') list.push(value());
				else {
					const k = value() as string;
					expectText(': ');
					d.map.set(k, value());
				}
			}
			pos++;
			return rest[0] === '{' ? d : list;
		}
		for (const [word, v] of [
			['True', true],
			['False', false],
			['None', null]
		] as const)
			if (rest.startsWith(word)) {
				pos += word.length;
				return v;
			}
		const float = /^float\('(nan|inf|-inf)'\)/.exec(rest);
		if (float) {
			pos += float[0].length;
			return new PyFloat(Number(float[1].replace('inf', 'Infinity').replace('nan', 'NaN')));
		}
		const dt = /^datetime\.(datetime|date|time)\(/.exec(rest);
		if (dt) {
			pos += dt[0].length;
			const n = args();
			let offset: number | null = null;
			if (text.startsWith('tzinfo=datetime.timezone.utc', pos)) {
				offset = 0;
				pos += 'tzinfo=datetime.timezone.utc'.length;
			} else if (text.startsWith('tzinfo=', pos)) {
				const m = /^tzinfo=datetime\.timezone\(datetime\.timedelta\(minutes=(-?\d+)\)\)/.exec(
					text.slice(pos)
				)!;
				offset = Number(m[1]);
				pos += m[0].length;
			}
			expectText(')');
			if (dt[1] === 'date') return new PyDate(n[0], n[1], n[2]);
			if (dt[1] === 'time') return new PyTime(n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 0);
			return new PyDateTime(
				new PyDate(n[0], n[1], n[2]),
				new PyTime(n[3] ?? 0, n[4] ?? 0, n[5] ?? 0, n[6] ?? 0),
				offset
			);
		}
		const num = /^-?\d+(\.\d+)?(e[+-]\d+)?/.exec(rest)!;
		expect(num, rest.slice(0, 20)).not.toBeNull();
		pos += num[0].length;
		return num[1] || num[2] ? new PyFloat(Number(num[0])) : BigInt(num[0]);
	};
	const head = /^(import datetime\n\n)?secrets = /.exec(text)!;
	expect(head).not.toBeNull();
	pos = head[0].length;
	const v = value();
	expect(text.slice(pos)).toBe('\n');
	return v;
}

const strings: string[] = corpus.strings;

const everyType = dict({
	s: 'text',
	i: -42n,
	big: 123456789012345678901234567890n,
	f: 1,
	tiny: 5e-324,
	huge: 1e300,
	nan: NaN,
	inf: Infinity,
	ninf: -Infinity,
	t: true,
	d: new PyDate(2024, 2, 29),
	tm: new PyTime(7, 5, 0, 1),
	midnight: new PyTime(0, 0, 0, 0),
	local: new PyDateTime(new PyDate(1979, 5, 27), new PyTime(7, 32, 0, 0), null),
	utc: new PyDateTime(new PyDate(1979, 5, 27), new PyTime(0, 0, 0, 0), 0),
	zoned: new PyDateTime(new PyDate(1979, 5, 27), new PyTime(7, 32, 1, 999999), -330),
	list: [[1n, 2n], []],
	db: { user: 'u', nested: { deep: [{ x: 'y' }] } },
	empty: {}
});

describe('exportPython', () => {
	it.each(strings.map((s) => [s]))('round-trips %j as a key and a value', (s) => {
		const secrets = dict({ [s]: s, t: { list: [s] } });
		expect(canon(readPython(exportPython(secrets).text))).toBe(canon(secrets));
	});

	it('round-trips every type, importing datetime when needed', () => {
		const { text, notes } = exportPython(everyType);
		expect(text.startsWith('import datetime\n\nsecrets = {\n')).toBe(true);
		expect(canon(readPython(text))).toBe(canon(everyType));
		expect(notes.join('\n')).toContain('`utc` and `zoned`');
	});

	it('writes one root key per line', () => {
		expect(exportPython(dict({ a: 'x', b: { c: 1n } })).text).toBe(
			"secrets = {\n    'a': 'x',\n    'b': {'c': 1},\n}\n"
		);
		expect(exportPython(dict({})).text).toBe('secrets = {}\n');
	});
});

describe('exportJson', () => {
	it.each(strings.map((s) => [s]))('writes %j so that JSON.parse reads it back', (s) => {
		const { text } = exportJson(dict({ [s]: s, t: [s] }));
		expect(JSON.parse(text)).toEqual({ [s]: s, t: [s] });
	});

	it('writes numbers Python reads back exactly and tags what JSON lacks', async () => {
		const { text, notes } = exportJson(everyType);
		await expect(text).toMatchFileSnapshot('../fixtures/convert/json/every-type.json');
		expect(text).toContain('"big": 123456789012345678901234567890,');
		expect(text).toContain('"f": 1.0,');
		expect(JSON.parse(text).zoned).toBe('1979-05-27T07:32:01.999999-05:30');
		const all = notes.join('\n');
		expect(all).toContain('ISO 8601 strings: `d`, `tm`, `midnight`, `local` and 2 more');
		expect(all).toContain('`nan`, `inf` and `ninf`');
		expect(all).toContain('rounds them: `big`');
	});
});

describe('exportGithubActions', () => {
	it('writes a step that copies the repository secret to secrets.toml through env', async () => {
		const secrets = dict({ api_key: 'k', db: { password: "it's $HOME" } });
		const out = exportGithubActions(secrets);
		await expect(out.text).toMatchFileSnapshot('../fixtures/convert/github/step.yaml');
		expect(out.secretName).toBe('STREAMLIT_SECRETS');
		expect(out.secretValue).toBe(toToml(secrets));
		const run = out.text.split('\n').filter((l) => l.startsWith('    ') && !l.includes('${{'));
		expect(shellWords(run[0])).toEqual(['mkdir', '-p', '.streamlit']);
		expect(run[1]).toBe(`    printf '%s\\n' "$STREAMLIT_SECRETS" > '.streamlit/secrets.toml'`);
		const read = parseLegacyToml(out.secretValue);
		expect(read.ok && canon(read.value)).toBe(canon(secrets));
	});

	it('keeps the secret name to the characters GitHub allows', () => {
		const out = exportGithubActions(dict({}), {
			secretName: 'my-app secrets',
			path: 'app/.streamlit/secrets.toml'
		});
		expect(out.secretName).toBe('my_app_secrets');
		expect(out.text).toContain('    my_app_secrets: ${{ secrets.my_app_secrets }}');
		expect(out.text).toContain("mkdir -p 'app/.streamlit'");
	});

	it('passes on what the TOML cannot hold', () => {
		expect(exportGithubActions(dict({ a: [1n, 'x'] })).notes.join('\n')).toContain('mixes types');
	});
});
