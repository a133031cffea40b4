#!/usr/bin/env node
/**
 * Gets a fresh clone ready: installs the locked dependencies when they are
 * missing or stale (they include Node 22 for Astro, as the `node` package), and
 * with `--browser` makes sure the browsers of the browser tests exist, installing
 * Debian's packages when they do not: Chromium for Playwright (which cannot
 * download its own here), Firefox ESR and WebKitGTK for the cross-engine tests,
 * curl, Go and Python requests for the client lab.
 * Runs on the machine's own Node (20 or later), before node_modules exists.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });

const lock = 'package-lock.json';
const installed = 'node_modules/.package-lock.json';
// `npm install`, not `npm ci`: npm 11 leaves other platforms' optional binaries (Astro's compiler,
// Tailwind's oxide) out of the lock file here, and `npm ci` then refuses the lock as out of sync.
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
	console.log('setup: installing dependencies (npm install from the lock file)');
	run('npm install --no-audit --no-fund');
}

if (process.argv.includes('--browser')) {
	const packages = [];
	const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (!existsSync(chromium)) {
		if (process.env.CHROMIUM_PATH) throw new Error(`setup: CHROMIUM_PATH=${chromium} does not exist`);
		packages.push('chromium');
	}
	// The cross-engine tests (tests/engines/): Firefox ESR, WebKitGTK's WebDriver, a virtual display for
	// WebKitGTK, and the Python bindings of the small WebKitGTK browser it drives (webkit-browser.py).
	packages.push(...missingPackages(['firefox-esr', 'webkit2gtk-driver', 'xvfb', 'python3-gi', 'gir1.2-webkit2-4.1']));
	// The built-file tests run the site behind nginx and Caddy with the configs the build writes
	// (tests/built/hosts.test.ts); the Cloudflare Pages runtime of the browser tests is an npm package.
	packages.push(...missingPackages(['nginx', 'caddy']));
	// The client lab (`npm run lab -- --check`, scripts/lab/) drives Go's net/http and Python's requests
	// besides curl, Node and the browsers above.
	packages.push(...missingPackages(['curl', 'golang-go', 'python3-requests']));
	if (packages.length > 0) {
		console.log(`setup: installing Debian packages for the browser tests: ${packages.join(' ')}`);
		const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
		run(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`);
	}
}

/** The Debian packages of `names` that are not installed, asked of dpkg in one call. */
function missingPackages(names) {
	const { stdout } = spawnSync('dpkg-query', ['-W', '-f', '${Package} ${db:Status-Abbrev}\\n', ...names], { encoding: 'utf8' });
	const installed = new Set((stdout ?? '').split('\n').filter((line) => / ii/.test(line)).map((line) => line.split(' ')[0]));
	return names.filter((name) => !installed.has(name));
}
