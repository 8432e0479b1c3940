// Makes sure Debian's pre-commit is installed for the hook test; installs it with apt-get when
// missing, as ensure-chromium.mjs does for Chromium.
import { execSync } from 'node:child_process';

function has(command) {
	try {
		execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
		return true;
	} catch {
		return false;
	}
}

if (!has('pre-commit')) {
	console.log("pre-commit is missing: installing Debian's pre-commit package");
	const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
	try {
		execSync(`${sudo}apt-get update && ${sudo}apt-get install -y pre-commit`, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	} catch {
		console.error('Could not install pre-commit with apt-get; install it and retry');
		process.exit(1);
	}
}
