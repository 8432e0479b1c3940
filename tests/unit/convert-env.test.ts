import { describe, expect, it } from 'vitest';
import {
	exportCompose,
	exportDockerRun,
	exportDotenv,
	exportShell,
	readDotenv
} from '../../src/lib/convert/index.ts';
import type { EnvOptions, ExportResult } from '../../src/lib/convert/index.ts';
import { PyDate, PyDict } from '../../src/lib/python/values.ts';
import corpus from '../fixtures/convert/tricky-values.json';
import { dict } from '../fixtures/convert/py-builders.ts';
import { shellWords, yamlPair, yamlScalar } from '../fixtures/convert/readers.ts';

/** Reads `export NAME='value'` lines back into variables. */
function readShell(text: string): Record<string, string> {
	const out: Record<string, string> = {};
	const words = shellWords(text);
	for (let i = 0; i < words.length; i += 2) {
		expect(words[i]).toBe('export');
		const [name, ...rest] = words[i + 1].split('=');
		out[name] = rest.join('=');
	}
	return out;
}

/** Reads the `-e NAME=value` arguments of a `docker run` command. */
function readDockerRun(text: string): { env: Record<string, string>; image: string } {
	const words = shellWords(text);
	expect(words.slice(0, 2)).toEqual(['docker', 'run']);
	const env: Record<string, string> = {};
	let i = 2;
	for (; words[i] === '-e'; i += 2) {
		const at = words[i + 1].indexOf('=');
		env[words[i + 1].slice(0, at)] = words[i + 1].slice(at + 1);
	}
	expect(i).toBe(words.length - 1);
	return { env, image: words[i] };
}

/** Reads the `environment:` mapping of a one-service compose file, undoing `$$`. */
function readCompose(text: string): Record<string, string> {
	const lines = text.trimEnd().split('\n');
	expect(lines[0]).toBe('services:');
	expect(lines[1]).toBe('  app:');
	if (lines[2] === '    environment: {}') return {};
	expect(lines[2]).toBe('    environment:');
	const out: Record<string, string> = {};
	for (const line of lines.slice(3)) {
		expect(line.startsWith('      ')).toBe(true);
		const [key, raw] = yamlPair(line.slice(6));
		const value = yamlScalar(raw);
		expect(value.replace(/\$\$/g, '')).not.toContain('$');
		out[key] = value.replace(/\$\$/g, '$');
	}
	return out;
}

/** Reads a `.env` file as python-dotenv does (the port is checked against it in convert-import). */
function readEnvFile(text: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const b of readDotenv(text)) {
		expect(b.error, text).toBe(false);
		if (b.key !== null) out[b.key] = b.value!;
	}
	return out;
}

const strings: string[] = corpus.strings;

type Exporter = (s: PyDict, o?: EnvOptions) => ExportResult;

const formats: [string, Exporter, (t: string) => Record<string, string>][] = [
	['.env', exportDotenv, readEnvFile],
	['shell', exportShell, readShell],
	['docker run', exportDockerRun, (t) => readDockerRun(t).env],
	['compose', exportCompose, readCompose]
];

describe.each(formats)('%s export', (_name, exportTo, readBack) => {
	it.each(strings.map((s) => [s]))('round-trips the value %j', (s) => {
		const secrets = dict({ VALUE: s, OTHER: 'x"y', LAST: 'z' });
		const { text } = exportTo(secrets);
		expect(readBack(text)).toEqual({ VALUE: s, OTHER: 'x"y', LAST: 'z' });
	});

	it('exports the root strings, ints and floats as Streamlit does, with Python str()', () => {
		const secrets = dict({
			S: 's',
			I: 5432n,
			BIG: 12345678901234567890n,
			F: 1,
			E: 1e16,
			N: NaN,
			FLAG: true,
			D: new PyDate(2024, 1, 2),
			LIST: ['a'],
			DB: { USER: 'u' }
		});
		const { text, notes } = exportTo(secrets);
		expect(readBack(text)).toEqual({
			S: 's',
			I: '5432',
			BIG: '12345678901234567890',
			F: '1.0',
			E: '1e+16',
			N: 'nan'
		});
		expect(notes.join('\n')).toContain('`FLAG`, `D`, `LIST` and `DB`');
	});

	it('flattens nested tables with __ on request', () => {
		const secrets = dict({ DB: { USER: 'u', PORT: 5432n, SSL: false, OPTS: { A: 'b' } }, L: [1n] });
		const { text, notes } = exportTo(secrets, { nested: 'flatten' });
		expect(readBack(text)).toEqual({
			DB__USER: 'u',
			DB__PORT: '5432',
			DB__SSL: 'False',
			DB__OPTS__A: 'b'
		});
		expect(notes.join('\n')).toContain('`L`');
	});

	it('leaves out names the format cannot hold', () => {
		const { text, notes } = exportTo(dict({ 'a=b': 'x', '': 'y', OK: 'z' }));
		expect(readBack(text)).toEqual({ OK: 'z' });
		expect(notes.join('\n')).toMatch(/Left out, as .* cannot use these names: `"a=b"` and `""`/);
	});

	it('leaves out values with a NUL character', () => {
		const { text, notes } = exportTo(dict({ A: 'a\u0000b', B: 'ok' }));
		expect(readBack(text)).toEqual({ B: 'ok' });
		expect(notes.join('\n')).toContain('NUL');
	});

	it('says that Streamlit does not read it into st.secrets', () => {
		expect(exportTo(dict({})).notes[0]).toMatch(/Streamlit (never reads|does not fill)/);
	});
});

describe('format details', () => {
	it('quotes names python-dotenv would misread, and leaves out those it cannot hold', () => {
		const out = exportDotenv(dict({ 'my key': 'a', 'a.b': 'b', "it's x": 'c', '#x': 'd' }));
		expect(out.text).toBe(`'my key'="a"\na.b="b"\n'#x'="d"\n`);
		expect(out.notes.join('\n')).toContain('python-dotenv cannot use these names: `"it\'s x"`');
	});

	it('notes values python-dotenv would expand', () => {
		expect(exportDotenv(dict({ A: '${HOME}/x', B: '$HOME' })).notes.join('\n')).toContain(
			'`load_dotenv(interpolate=False)`'
		);
	});

	it('leaves out names a shell cannot export', () => {
		const out = exportShell(dict({ 'a.b': 'x', '1A': 'y', _ok: 'z' }));
		expect(out.text).toBe("export _ok='z'\n");
		expect(out.notes.join('\n')).toContain(
			'a POSIX shell cannot use these names: `"a.b"` and `1A`'
		);
	});

	it('writes the docker command with the image last', () => {
		expect(exportDockerRun(dict({ A: "it's" }), { image: 'ghcr.io/acme/app:1.2' }).text).toBe(
			"docker run \\\n  -e 'A=it'\\''s' \\\n  ghcr.io/acme/app:1.2\n"
		);
	});

	it('doubles $ for Compose and quotes YAML words', () => {
		const out = exportCompose(dict({ yes: '$5', PRICE: 'a$$b' }), { service: 'web' });
		expect(out.text).toBe(
			'services:\n  web:\n    environment:\n      "yes": "$$5"\n      PRICE: "a$$$$b"\n'
		);
		expect(exportCompose(dict({})).text).toContain('environment: {}');
	});
});
