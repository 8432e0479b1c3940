// Makes sure Debian's Chromium is installed for the browser tests; Playwright
// cannot download browsers on our machines. Installs it with apt-get when missing.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
	console.log(`${path} is missing: installing Debian's chromium package`);
	const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
	try {
		execSync(`${sudo}apt-get update && ${sudo}apt-get install -y chromium`, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	} catch {
		console.error('Could not install chromium with apt-get; install it and set CHROMIUM_PATH');
		process.exit(1);
	}
}
