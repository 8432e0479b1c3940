import { parseLegacyToml } from '../legacy-toml/index.ts';
import { PyDict, PyFloat, type PyValue } from '../python/values.ts';
import { maxJsonDepth, readJson, type JsonNode } from './json-read.ts';
import { pathText } from './notes.ts';
import { convertProblem } from './problems.ts';
import type { ImportProblem, ImportResult } from './results.ts';
import { isHomogeneous, writeToml } from './toml-write.ts';

const label = (path: readonly string[]) => pathText(path).slice(1, -1);

/**
 * Converts a JSON value to the Python value the TOML will hold: integers (no `.` or
 * exponent) to exact `int`, other numbers to `float`, objects to tables. Returns
 * undefined for what TOML cannot hold — `null`, and arrays that mix types, which
 * Streamlit's parser rejects — and adds a problem located in `input` for each.
 */
export function jsonToPython(
	node: JsonNode,
	path: string[],
	input: string,
	problems: ImportProblem[]
): PyValue | undefined {
	switch (node.kind) {
		case 'string':
		case 'boolean':
			return node.value;
		case 'number':
			return /^-?\d+$/.test(node.text) ? BigInt(node.text) : new PyFloat(Number(node.text));
		case 'null':
			problems.push(
				convertProblem('convert/json-null', { path: label(path) }, input, node.from, node.to)
			);
			return undefined;
		case 'array': {
			const items: PyValue[] = [];
			node.items.forEach((item, i) => {
				const v = jsonToPython(item, [...path, String(i)], input, problems);
				if (v !== undefined) items.push(v);
			});
			if (isHomogeneous(items)) return items;
			problems.push(
				convertProblem('convert/json-mixed-array', { path: label(path) }, input, node.from, node.to)
			);
			return undefined;
		}
		case 'object': {
			const dict = new PyDict();
			for (const e of node.entries) {
				// Python's json keeps the last value of a repeated key, at the first one's place.
				if (dict.map.has(e.key))
					problems.push(
						convertProblem('convert/duplicate-key', { key: e.key }, input, e.keyFrom, e.keyTo)
					);
				const v = jsonToPython(e.value, [...path, e.key], input, problems);
				if (v !== undefined) dict.map.set(e.key, v);
				else dict.map.delete(e.key);
			}
			return dict;
		}
	}
}

/** Returns a JSON object's secrets, or null with a problem when `input` is not one. */
export function readJsonObject(
	input: string,
	problems: ImportProblem[]
): { node: Extract<JsonNode, { kind: 'object' }>; secrets: PyDict } | null {
	const read = readJson(input);
	if (!read.ok) {
		const { expected, found, from, to, tooDeep } = read.error;
		problems.push(
			tooDeep
				? convertProblem('convert/json-too-deep', { depth: maxJsonDepth }, input, from, to)
				: convertProblem('convert/json-syntax', { expected, found }, input, from, to)
		);
		return null;
	}
	const node = read.node;
	if (node.kind !== 'object') {
		const type =
			node.kind === 'array' ? 'an array' : node.kind === 'null' ? 'null' : `a ${node.kind}`;
		problems.push(convertProblem('convert/json-not-object', { type }, input, node.from, node.to));
		return null;
	}
	return { node, secrets: jsonToPython(node, [], input, problems) as PyDict };
}

/**
 * Returns the import of `secrets`: its TOML, and the secrets as Streamlit reads that
 * TOML. Without notes the writer guarantees both are `secrets` (key order included), so
 * the text is parsed again only when it has some.
 */
export function importedToml(
	secrets: PyDict,
	notes: string[],
	problems: ImportProblem[]
): ImportResult {
	const toml = writeToml(secrets);
	const read = toml.notes.length ? parseLegacyToml(toml.text) : null;
	return {
		text: toml.text,
		secrets: read?.ok ? read.value : secrets,
		notes: [...notes, ...toml.notes],
		problems
	};
}

/**
 * Imports a JSON object as TOML: nested objects become tables, arrays of objects
 * arrays of tables, integers stay exact; `null` and mixed-type arrays are left out
 * with a problem each. Never throws.
 */
export function importJson(input: string): ImportResult {
	const problems: ImportProblem[] = [];
	const read = readJsonObject(input, problems);
	return importedToml(read?.secrets ?? new PyDict(), [], problems);
}
