/** The shapes of generated secrets files the benchmark times. */
export type DocumentShape = 'plain' | 'escaped' | 'dotted' | 'tables' | 'mixed';

/** One `[service_i]` block of the realistic file; `password` is the value written for it. */
function serviceBlock(i: number, password: string): string {
	return (
		`\n[service_${i}]\n` +
		`host = "db-${i}.internal.example.com"\n` +
		`port = ${5000 + (i % 1000)}\n` +
		`user = "svc_${i}"\n` +
		`password = "${password}"\n` +
		`timeout = ${(i % 7) + 0.5}\n` +
		`replicas = ["r1-${i}", "r2-${i}", "r3-${i}"]\n` +
		`options = { ssl = true, retries = ${i % 5}, region = "eu-${i % 3}" }\n` +
		`rotated = 2024-0${(i % 9) + 1}-1${i % 9}T10:20:30Z\n`
	);
}

/** The same service written with dotted and quoted keys, as many real files do. */
function dottedBlock(i: number): string {
	return (
		`\n[service_${i}]\n` +
		`db.host = "db-${i}.internal.example.com"\n` +
		`db.port = ${5000 + (i % 1000)}\n` +
		`db.user = "svc_${i}"\n` +
		`"db".password = "p@ss-${i}-\\u00e9"\n` +
		`"read.timeout" = ${(i % 7) + 0.5}\n` +
		`replicas = [\n  "r1-${i}", # primary\n  "r2-${i}",\n  "r3-${i}",\n]\n` +
		`options.ssl = true\n` +
		`options.retries = ${i % 5}\n` +
		`'options'.region = "eu-${i % 3}"\n` +
		`rotated = 2024-0${(i % 9) + 1}-1${i % 9}T10:20:30Z\n`
	);
}

/** A block of an array of tables, with a table under its element. */
function tablesBlock(i: number): string {
	return (
		`\n[[users]]\n` +
		`name = "user_${i}"\n` +
		`email = "user${i}@example.com"\n` +
		`password = "p@ss-${i}-\\"q\\""\n` +
		`roles = ["read", "write"]\n` +
		`[users.limits]\n` +
		`requests = ${100 + (i % 50)}\n` +
		`burst = ${(i % 9) + 0.25}\n`
	);
}

const head = '# generated for the benchmark\napi_key = "sk-test-0000"\ndebug = false\n';

function build(bytes: number, block: (i: number) => string): string {
	const parts: string[] = [head];
	let size = head.length;
	for (let i = 0; size < bytes; i++) {
		const b = block(i);
		parts.push(b);
		size += b.length;
	}
	return parts.join('');
}

/** Returns a realistic secrets file of about `bytes` characters: tables of credentials, arrays, inline tables. */
export function generateSecrets(bytes: number): string {
	return build(bytes, (i) => serviceBlock(i, `p@ss-${i}-\\u00e9`));
}

/** The realistic file with `\"` in every password (`"p@ss-\"7\"-x"`). */
export function generateEscapedSecrets(bytes: number): string {
	return build(bytes, (i) => serviceBlock(i, `p@ss-\\"${i}\\"-\\u00e9`));
}

/** The realistic file written with dotted keys (with blanks around the dot), quoted keys and comments in multi-line arrays. */
export function generateDottedSecrets(bytes: number): string {
	return build(bytes, dottedBlock);
}

/** An array of tables (`[[users]]`) with a subtable under each element. */
export function generateTablesSecrets(bytes: number): string {
	return build(bytes, tablesBlock);
}

/**
 * The realistic document with one dotted key at the end (before the plain reader read
 * dotted keys, this sent the whole check to the full parsers).
 */
export function generateMixedSecrets(bytes: number): string {
	return generateSecrets(bytes) + '\n[notes]\nowner.team = "ops"\n';
}

/** The generator of each shape. */
export const generators: Record<DocumentShape, (bytes: number) => string> = {
	plain: generateSecrets,
	escaped: generateEscapedSecrets,
	dotted: generateDottedSecrets,
	tables: generateTablesSecrets,
	mixed: generateMixedSecrets
};
