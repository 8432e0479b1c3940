import { describe, expect, it } from 'vitest';
import { exportKubernetes, exportSecretDirectory } from '../../src/lib/convert/index.ts';
import type { ExportFile } from '../../src/lib/convert/index.ts';
import { parseLegacyToml } from '../../src/lib/legacy-toml/index.ts';
import { pyStrip } from '../../src/lib/python/text.ts';
import { PyDate, PyDict, type PyValue } from '../../src/lib/python/values.ts';
import corpus from '../fixtures/convert/tricky-values.json';
import { canon, dict } from '../fixtures/convert/py-builders.ts';
import { shellWords, yamlPair, yamlScalar } from '../fixtures/convert/readers.ts';

/** What Streamlit's directory loader makes of folders of files (spec §2.3). */
function loadDirectory(folders: Map<string, ExportFile[]>): PyDict {
	const secrets = new PyDict();
	for (const [folder, files] of folders) {
		const table = new PyDict();
		for (const f of files) table.map.set(f.path.split('/')[1], pyStrip(f.content));
		secrets.map.set(folder, table.map.size === 1 ? [...table.map.values()][0] : table);
	}
	return secrets;
}

/** Runs the `mkdir -p` / `printf '%s' … >` script and returns the folders it makes. */
function runScript(text: string, dir: string): Map<string, ExportFile[]> {
	const folders = new Map<string, ExportFile[]>();
	const words = shellWords(text);
	for (let i = 0; i < words.length;) {
		if (words[i] === 'mkdir') {
			expect(words[i + 1]).toBe('-p');
			expect(words[i + 2].startsWith(dir + '/')).toBe(true);
			folders.set(words[i + 2].slice(dir.length + 1), []);
			i += 3;
		} else {
			expect(words.slice(i, i + 2)).toEqual(['printf', '%s']);
			expect(words[i + 3]).toBe('>');
			const path = words[i + 4].slice(dir.length + 1);
			folders.get(path.split('/')[0])!.push({ path, content: words[i + 2] });
			i += 5;
		}
	}
	return folders;
}

/** Reads the Secrets of a manifest back as folders: one per Secret, its stringData as files. */
function readManifests(text: string, mount: string): Map<string, ExportFile[]> {
	const lines = text.split('\n');
	const mounts = lines
		.filter((l) => l.startsWith('#   volumeMounts'))
		.map((l) =>
			yamlScalar(/mountPath: ("(?:[^"\\]|\\.)*"|\S+),/.exec(l)![1]).slice(mount.length + 1)
		);
	const docs = lines
		.filter((l) => !l.startsWith('#'))
		.join('\n')
		.split('---\n');
	const folders = new Map<string, ExportFile[]>();
	docs.forEach((doc, i) => {
		const body = doc.trimEnd().split('\n');
		expect(body.slice(0, 3)).toEqual(['apiVersion: v1', 'kind: Secret', 'metadata:']);
		expect(body[3]).toMatch(/^ {2}name: [a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
		expect(body[4]).toBe('type: Opaque');
		const files: ExportFile[] = [];
		if (body[5] !== 'stringData: {}') {
			expect(body[5]).toBe('stringData:');
			for (const line of body.slice(6)) {
				expect(line.startsWith('  ')).toBe(true);
				const [key, value] = yamlPair(line.slice(2));
				files.push({ path: `${mounts[i]}/${key}`, content: yamlScalar(value) });
			}
		}
		folders.set(mounts[i], files);
	});
	return folders;
}

/** The secrets Streamlit reads back from the layout, given what the export holds. */
function expectedBack(secrets: PyDict): PyDict {
	const out = new PyDict();
	for (const [k, v] of secrets.map) {
		const str = (x: PyValue) => pyStrip(typeof x === 'string' ? x : String(x));
		if (!(v instanceof PyDict)) out.map.set(k, str(v));
		else {
			const t = new PyDict();
			v.map.forEach((x, key) => t.map.set(key, str(x)));
			out.map.set(k, t.map.size === 1 ? [...t.map.values()][0] : t);
		}
	}
	return out;
}

const strings: string[] = corpus.strings;

describe('exportSecretDirectory', () => {
	it.each(strings.map((s) => [s]))('round-trips %j, stripped as Streamlit strips it', (s) => {
		const secrets = dict({ token: s, db: { password: s, user: 'u' } });
		const out = exportSecretDirectory(secrets, { dir: '/run/secrets' });
		const folders = runScript(out.text, '/run/secrets');
		expect([...folders.values()].flat()).toEqual(out.files);
		expect(canon(loadDirectory(folders))).toBe(canon(expectedBack(secrets)));
		if (pyStrip(s) !== s) expect(out.notes.join('\n')).toContain('`token` and `db.password`');
	});

	it('notes every value it cannot keep as it is', () => {
		const out = exportSecretDirectory(
			dict({
				port: 5432n,
				flag: true,
				when: new PyDate(2024, 1, 2),
				hosts: ['a', 'b'],
				single: { only: 'x' },
				db: { user: 'u', pool: { size: 1n }, tags: ['t'], 'a/b': 'slash' },
				'..': 'dots',
				empty: {}
			})
		);
		expect(out.folders).toEqual(['port', 'flag', 'when', 'single', 'db', 'empty']);
		expect(out.files.map((f) => f.path)).toEqual([
			'port/port',
			'flag/flag',
			'when/when',
			'single/only',
			'db/user'
		]);
		expect(out.files.find((f) => f.path === 'flag/flag')!.content).toBe('True');
		const notes = out.notes.join('\n');
		expect(notes).toContain('read as a string, so these come back as text');
		expect(notes).toContain(
			"single file is read as that file's string, not as a table: `single` and `db`"
		);
		expect(notes).toContain('nested tables are left out: `db.pool`');
		expect(notes).toContain(
			'Arrays cannot be written as files and are left out: `hosts` and `db.tags`'
		);
		expect(notes).toContain('`"..`'.slice(0, 3));
		expect(notes).toContain('`db."a/b"`');
	});

	it('says that an empty layout is no secrets source', () => {
		expect(exportSecretDirectory(dict({ a: [1n] })).notes.join('\n')).toContain('does not count');
	});

	it('says how to point secrets.files at the directory', () => {
		expect(exportSecretDirectory(dict({}), { dir: '/srv/s' }).notes[0]).toContain(
			'files = ["/srv/s"]'
		);
	});
});

describe('exportKubernetes', () => {
	it.each(strings.map((s) => [s]))('round-trips %j through the directory layout', (s) => {
		const secrets = dict({
			token: s,
			db: { password: s, 'user.name': 'u' },
			'my key': { a: s, b: 'x' }
		});
		const out = exportKubernetes(secrets, { mountPath: '/etc/st' });
		const folders = readManifests(out.text, '/etc/st');
		expect(canon(loadDirectory(folders))).toBe(canon(expectedBack(secrets)));
	});

	it.each(strings.map((s) => [s]))('round-trips %j through the file layout', (s) => {
		const secrets = dict({ token: s, db: { password: s, port: 5432n, list: [s] } });
		const out = exportKubernetes(secrets, { layout: 'file' });
		const body = out.text.split('\n').filter((l) => !l.startsWith('#'));
		expect(body.slice(0, 6)).toEqual([
			'apiVersion: v1',
			'kind: Secret',
			'metadata:',
			'  name: streamlit-secrets',
			'type: Opaque',
			'stringData:'
		]);
		const value = body.slice(6).join('\n');
		const toml = value.startsWith('  secrets.toml: |\n')
			? value
					.slice('  secrets.toml: |\n'.length)
					.split('\n')
					.map((l) => l.slice(4))
					.join('\n')
			: yamlScalar(value.slice('  secrets.toml: '.length).trimEnd());
		const read = parseLegacyToml(toml);
		expect(read.ok).toBe(true);
		expect(canon((read as { value: PyDict }).value)).toBe(canon(secrets));
	});

	it('names each Secret after its root key, as a DNS name, without clashes', async () => {
		const out = exportKubernetes(
			dict({ API_KEY: 'k', 'api.key': 'x', db: { user: 'u', password: 'p' } }),
			{
				name: 'My App'
			}
		);
		await expect(out.text).toMatchFileSnapshot('../fixtures/convert/kubernetes/directory.yaml');
		expect(out.notes[0]).toContain('/etc/streamlit/secrets/<root key>');
	});

	it('leaves out keys Kubernetes does not allow in a Secret', () => {
		const out = exportKubernetes(dict({ 'a b': 'x', t: { 'c d': 'y', ok: 'z' } }));
		expect(out.notes.join('\n')).toContain('left out: `"a b"` and `t."c d"`');
	});

	it('shows how to mount the file layout over secrets.toml', async () => {
		const out = exportKubernetes(dict({ api_key: 'k', db: { user: 'u' } }), {
			layout: 'file',
			namespace: 'apps'
		});
		await expect(out.text).toMatchFileSnapshot('../fixtures/convert/kubernetes/file.yaml');
	});
});
