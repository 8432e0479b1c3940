import { defineConfig, mergeConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import app from './vite.config.ts';
import { singleFile } from './vite-plugins/single-file.ts';

// The single-file build: `dist-single/index.html` holds the whole app (scripts, styles,
// the analysis worker and the favicon) and runs from `file://` with no server. It shares
// the app's configuration but not its plugins (no service worker: a file has no origin
// to install one for), and its mode tells the page not to register one.
const { plugins: _appPlugins, ...shared } = app;

export default mergeConfig(
	shared,
	defineConfig({
		mode: 'single-file',
		base: './',
		plugins: [svelte(), singleFile()],
		build: {
			outDir: 'dist-single',
			emptyOutDir: true,
			copyPublicDir: false,
			cssCodeSplit: false,
			modulePreload: false,
			assetsInlineLimit: Number.POSITIVE_INFINITY,
			rolldownOptions: { output: { codeSplitting: false } }
		}
	})
);
