import { defineConfig } from '@playwright/test';

// E2E_PORT, E2E_DIST and E2E_REPORT let several checkouts of the built app be
// tested side by side (each with its own port, build folder and report).
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 30_000,
	reporter: [
		['list'],
		['json', { outputFile: process.env.E2E_REPORT ?? 'reports/playwright.json' }]
	],
	use: {
		baseURL: origin,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
		url: origin,
		reuseExistingServer: !process.env.CI
	}
});
