import { defineConfig } from 'vite';

// The benchmark is bundled like the command line and run by plain Node.
export default defineConfig({
	build: {
		// The generator is built too: the browser part (plain Node, bench/browser/run.mjs) uses it.
		ssr: true,
		outDir: 'dist-bench',
		emptyOutDir: true,
		target: 'node20',
		minify: false,
		rollupOptions: {
			input: { bench: 'bench/bench.ts', generate: 'bench/generate.ts' },
			output: { entryFileNames: '[name].js', format: 'es' }
		}
	},
	ssr: { noExternal: true }
});
