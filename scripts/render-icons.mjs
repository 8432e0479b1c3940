// Renders the app's PNG icons (for the web app manifest) from public/favicon.svg with
// Debian's Chromium: 192 and 512 px as drawn, and a 512 px maskable icon whose lock
// sits inside the safe zone on a full-bleed background. Run it after changing the
// favicon: `node scripts/render-icons.mjs`; the PNGs are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const favicon = readFileSync('public/favicon.svg', 'utf8');
// The safe zone of a maskable icon is the centred circle of 80 % of its width: the
// 32-unit drawing is scaled to 60 % and centred on the favicon's own background colour.
const maskable = favicon
	.replace('<rect width="32" height="32" rx="6" fill="#b3124a"/>', '')
	.replace(
		/^<svg([^>]*)>([\s\S]*)<\/svg>\s*$/,
		'<svg$1><rect width="32" height="32" fill="#b3124a"/><g transform="translate(6.4 6.4) scale(0.6)">$2</g></svg>'
	);
const icons = [
	{ file: 'public/icon-192.png', size: 192, svg: favicon },
	{ file: 'public/icon-512.png', size: 512, svg: favicon },
	{ file: 'public/icon-maskable-512.png', size: 512, svg: maskable }
];

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
});
try {
	const page = await browser.newPage();
	for (const { file, size, svg } of icons) {
		await page.setViewportSize({ width: size, height: size });
		const source = `data:image/svg+xml,${encodeURIComponent(svg)}`;
		await page.setContent(
			`<body style="margin:0"><img src="${source}" width="${size}" height="${size}" style="display:block"></body>`
		);
		await page.locator('img').evaluate((img) => img.decode());
		writeFileSync(file, await page.screenshot({ omitBackground: true }));
		console.log(`${file}: ${size}×${size}`);
	}
} finally {
	await browser.close();
}
