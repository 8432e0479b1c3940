/** Returns a realistic secrets file of about `bytes` characters: tables of credentials, arrays, inline tables. */
export function generateSecrets(bytes: number): string {
	const parts: string[] = [
		'# generated for the benchmark\napi_key = "sk-test-0000"\ndebug = false\n'
	];
	let size = parts[0].length;
	for (let i = 0; size < bytes; i++) {
		const block =
			`\n[service_${i}]\n` +
			`host = "db-${i}.internal.example.com"\n` +
			`port = ${5000 + (i % 1000)}\n` +
			`user = "svc_${i}"\n` +
			`password = "p@ss-${i}-\\u00e9"\n` +
			`timeout = ${(i % 7) + 0.5}\n` +
			`replicas = ["r1-${i}", "r2-${i}", "r3-${i}"]\n` +
			`options = { ssl = true, retries = ${i % 5}, region = "eu-${i % 3}" }\n` +
			`rotated = 2024-0${(i % 9) + 1}-1${i % 9}T10:20:30Z\n`;
		parts.push(block);
		size += block.length;
	}
	return parts.join('');
}

/**
 * The same document with one dotted key at the end: outside the plain subset of
 * TOML, so the check runs both full parsers and compares them.
 */
export function generateMixedSecrets(bytes: number): string {
	return generateSecrets(bytes) + '\n[notes]\nowner.team = "ops"\n';
}
