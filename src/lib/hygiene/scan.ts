import { PyDict, type PyValue } from '../python/values.ts';
import { detectSecrets, type Finding } from './detect.ts';

/** A credential found in the secrets, with where it is. */
export interface SecretFinding {
	/** The key path; array elements appear as their index. */
	path: string[];
	/** What was found in the value at `path`. */
	finding: Finding;
}

/**
 * Returns every real-looking credential in the secrets (see {@link detectSecrets}),
 * depth-first in key order, for a check before values are shared. Iterative, so any
 * nesting depth is safe.
 */
export function scanSecrets(secrets: PyDict): SecretFinding[] {
	const out: SecretFinding[] = [];
	const stack: [PyValue, string[], string][] = [[secrets, [], '']];
	while (stack.length) {
		const [value, path, key] = stack.pop()!;
		if (value instanceof PyDict)
			for (const [k, v] of [...value.map].reverse()) stack.push([v, [...path, k], k]);
		else if (Array.isArray(value))
			for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], [...path, String(i)], key]);
		else if (typeof value === 'string')
			for (const finding of detectSecrets(value, { key })) out.push({ path, finding });
	}
	return out;
}
