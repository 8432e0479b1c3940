import { defineConfig } from 'vite';

// The docs embed script: one small classic script (embed.js) with no dependencies, written
// beside the app's build (`--outDir` as for the app), which it must not empty.
export default defineConfig({
	publicDir: false,
	build: {
		outDir: 'dist',
		emptyOutDir: false,
		target: 'es2020',
		lib: {
			entry: 'src/embed/embed.ts',
			formats: ['iife'],
			name: 'streamlitSecretsEmbed',
			fileName: () => 'embed.js'
		},
		copyPublicDir: false
	}
});
