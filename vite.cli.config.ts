import { defineConfig } from 'vite';
import { secretsSchemaFile } from './vite-plugins/secrets-schema.ts';

// The command line is bundled to one plain-JavaScript file for Node 20, with
// smol-toml inlined so that `node dist-cli/main.js` needs no node_modules.
export default defineConfig({
	plugins: [secretsSchemaFile()],
	// The app's icons and manifest are not the command line's.
	publicDir: false,
	build: {
		ssr: 'src/cli/main.ts',
		outDir: 'dist-cli',
		emptyOutDir: true,
		target: 'node20',
		minify: false,
		rollupOptions: { output: { entryFileNames: 'main.js', format: 'es' } }
	},
	ssr: { noExternal: true }
});
