// Run first by `npm test`: the end-to-end tests drive Debian's chromium (Playwright cannot download
// its own browser here). When it is missing, install it where this user may (root, or sudo without
// a password); otherwise stop at once with the one command that fixes it.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const browser = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const isThere = () => {
	try {
		accessSync(browser, constants.X_OK);
		return true;
	} catch {
		return false;
	}
};
const succeeds = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

if (!isThere()) {
	const isRoot = process.getuid?.() === 0;
	const mayInstall = isRoot || succeeds('sudo', ['-n', 'true']);
	const canInstall = !process.env.CHROMIUM_PATH && mayInstall && succeeds('apt-get', ['--version']);
	if (!canInstall) {
		console.error(
			process.env.CHROMIUM_PATH
				? `The tests need chromium at CHROMIUM_PATH=${browser}, and there is none: fix the path, or unset it and run: sudo apt-get install -y chromium`
				: 'The tests need Debian’s chromium, and it is missing: run  sudo apt-get update && sudo apt-get install -y chromium  and then the tests again.'
		);
		process.exit(1);
	}
	console.log('Installing Debian’s chromium for the browser tests (apt-get install chromium) …');
	const aptGet = (args: string[]) =>
		isRoot
			? execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
			: execFileSync('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args], { stdio: 'inherit' });
	aptGet(['update', '-qq']);
	aptGet(['install', '-y', '-qq', 'chromium']);
	if (!isThere()) {
		console.error(`apt-get installed chromium, but ${browser} is still missing.`);
		process.exit(1);
	}
}
