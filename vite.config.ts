import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { serviceWorker } from './vite-plugins/service-worker.ts';
import { secretsSchemaFile } from './vite-plugins/secrets-schema.ts';

/**
 * The page's Content-Security-Policy forbids every connection. The dev server
 * needs a websocket for live reload, so `npm run dev` alone allows that one;
 * built pages keep the strict policy.
 */
function devServerConnections(): Plugin {
	return {
		name: 'dev-server-connections',
		apply: 'serve',
		transformIndexHtml: (html) => html.replace("connect-src 'none'", "connect-src 'self' ws: wss:")
	};
}

export default defineConfig({
	plugins: [svelte(), devServerConnections(), serviceWorker(), secretsSchemaFile()],
	preview: { host: '127.0.0.1', port: 4173, strictPort: true }
});
