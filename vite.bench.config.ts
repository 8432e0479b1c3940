import { defineConfig } from 'vite';

// The benchmark is bundled like the command line and run by plain Node.
export default defineConfig({
	build: {
		ssr: 'bench/bench.ts',
		outDir: 'dist-bench',
		emptyOutDir: true,
		target: 'node20',
		minify: false,
		rollupOptions: { output: { entryFileNames: 'bench.js', format: 'es' } }
	},
	ssr: { noExternal: true }
});
