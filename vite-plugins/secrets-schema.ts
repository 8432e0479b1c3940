import type { Plugin } from 'vite';
import { secretsSchema } from '../src/lib/schema/secrets-schema.ts';

/** Writes `secrets.schema.json`, the JSON Schema of `.streamlit/secrets.toml`, into the build. */
export function secretsSchemaFile(): Plugin {
	return {
		name: 'secrets-schema',
		apply: 'build',
		generateBundle() {
			this.emitFile({
				type: 'asset',
				fileName: 'secrets.schema.json',
				source: JSON.stringify(secretsSchema(), null, '\t') + '\n'
			});
		}
	};
}
