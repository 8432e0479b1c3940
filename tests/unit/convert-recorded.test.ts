import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	exportCompose,
	exportDockerRun,
	exportDotenv,
	exportJson,
	exportKubernetes,
	exportPython,
	exportShell,
	toToml
} from '../../src/lib/convert/index.ts';
import { PyDict } from '../../src/lib/python/values.ts';
import corpus from '../fixtures/convert/tricky-values.json';

/**
 * The corpus exported to every format is kept under fixtures/convert/recorded; each file
 * was then read by the real tool (python-dotenv 1.2.2, bash 5, PyYAML 6, CPython 3.11's
 * `ast.literal_eval` and `json`) and what it read is in `corpus.recorded.json`.
 */
const dir = '../fixtures/convert/recorded/';
const recorded = JSON.parse(
	readFileSync(new URL(dir + 'corpus.recorded.json', import.meta.url), 'utf8')
) as { tools: string; read: Record<string, Record<string, string>> };

const strings: string[] = corpus.strings;
const names = strings.map((_s, i) => `V${String(i).padStart(2, '0')}`);
const secrets = new PyDict();
strings.forEach((s, i) => secrets.map.set(names[i], s));
const expected = Object.fromEntries(strings.map((s, i) => [names[i], s]));

describe('exports of the corpus', () => {
	it.each([
		['corpus.env', () => exportDotenv(secrets).text],
		['corpus.sh', () => exportShell(secrets).text],
		['corpus.docker.sh', () => exportDockerRun(secrets, { image: 'alpine' }).text],
		['corpus.compose.yaml', () => exportCompose(secrets).text],
		['corpus.k8s.yaml', () => exportKubernetes(secrets).text],
		['corpus.py', () => exportPython(secrets).text],
		['corpus.json', () => exportJson(secrets).text],
		['corpus.toml', () => toToml(secrets)]
	])('are unchanged: %s', async (file, write) => {
		await expect(write()).toMatchFileSnapshot(dir + file);
	});

	it.each(Object.keys(recorded.read))('read back by %s as written', (tool) => {
		const read = recorded.read[tool];
		const want = { ...expected };
		// python-dotenv cannot read a quoted value ending in a backslash: left out (noted).
		if (tool === 'python-dotenv')
			for (const [k, v] of Object.entries(want))
				if (v.endsWith('\\') && /[\s'"]/.test(v)) delete want[k];
		expect(read).toEqual(want);
	});
});
