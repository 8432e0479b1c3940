import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { secretsSchema, secretsSchemaId } from '../../src/lib/schema/secrets-schema.ts';

const built = new URL('../../dist-cli/secrets.schema.json', import.meta.url);
const taplo = new URL('../../node_modules/@taplo/cli/dist/cli.js', import.meta.url).pathname;
const fixtures = new URL('../fixtures/schema/', import.meta.url).pathname;
function lint(file: string) {
	return spawnSync(
		'node',
		[taplo, 'lint', '--no-auto-config', '--schema', built.href, fixtures + file],
		{ encoding: 'utf8', env: { ...process.env, RUST_LOG: 'error' } }
	);
}

describe('secretsSchema', () => {
	it('is draft-07 with an $id, and the build publishes exactly it', () => {
		const schema = secretsSchema();
		expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
		expect(schema.$id).toBe(secretsSchemaId);
		expect(JSON.parse(readFileSync(built, 'utf8'))).toEqual(schema);
	});

	it('requires the keys st.login checks, from the rules', () => {
		const auth = (secretsSchema().properties as Record<string, { required: string[] }>).auth;
		expect(auth.required).toEqual(['redirect_uri', 'cookie_secret']);
	});
});

describe('taplo lint with the schema', () => {
	it('passes good files', () => {
		for (const file of ['good.toml', 'good-providers.toml']) {
			const r = lint(file);
			expect(r.status, r.stderr).toBe(0);
		}
	});

	it('flags a bad [auth]: missing cookie_secret and provider keys, a number for redirect_uri', () => {
		const r = lint('bad-auth.toml');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('"cookie_secret" is a required property');
		expect(r.stderr).toContain('"client_secret" is a required property');
		expect(r.stderr).toContain('5 is not of type "string"');
	});

	it('flags a sql connection whose port is a string', () => {
		const r = lint('bad-connection.toml');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('"5432" is not of type "integer"');
	});
});
