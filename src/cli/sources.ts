import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { homedir } from 'node:os';
import type { DirectoryEntry, SecretsSource, SourceNode } from '../lib/index.ts';

function readNode(path: string, depth: number): SourceNode {
	if (!existsSync(path)) return { kind: 'missing' };
	const stat = statSync(path);
	if (stat.isDirectory()) {
		const entries: DirectoryEntry[] =
			depth > 0
				? readdirSync(path).map((name) => ({ name, node: readNode(join(path, name), depth - 1) }))
				: [];
		return { kind: 'directory', entries };
	}
	return { kind: 'file', bytes: new Uint8Array(readFileSync(path)) };
}

/** Reads each path as Streamlit would see it: file bytes, secret directories two levels deep, or missing. */
export function readSources(paths: readonly string[]): SecretsSource[] {
	return paths.map((path) => ({ path, node: readNode(path, 2) }));
}

/** The home directory Streamlit resolves `~` against. */
export function homeDirectory(): string {
	return process.env.HOME || homedir();
}

/** Streamlit's default `secrets.files`: the global then the project file, as absolute paths. */
export function defaultSecretPaths(): string[] {
	return [
		join(homeDirectory(), '.streamlit', 'secrets.toml'),
		resolve('.streamlit', 'secrets.toml')
	];
}
