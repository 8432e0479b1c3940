import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
	plugins: [svelte()],
	preview: { host: '127.0.0.1', port: 4173, strictPort: true }
});
