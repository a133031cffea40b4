#!/usr/bin/env node
/**
 * Gets a fresh clone ready: installs the locked dependencies when they are
 * missing or stale (they include Node 22 for Astro, as the `node` package), and
 * with `--browser` makes sure a Chromium exists for the browser tests, installing
 * Debian's package when none does (Playwright cannot download its own here).
 * Runs on the machine's own Node (20 or later), before node_modules exists.
 */
import { execSync } from 'node:child_process';
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
	const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (!existsSync(chromium)) {
		if (process.env.CHROMIUM_PATH) throw new Error(`setup: CHROMIUM_PATH=${chromium} does not exist`);
		console.log('setup: no Chromium found, installing Debian package "chromium"');
		const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
		run(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`);
	}
}

// The built-file tests also run the site behind nginx and Caddy with the configs the build writes
// (tests/built/hosts.test.ts); the browser tests need nothing more (wrangler is an npm package).
if (process.argv.includes('--browser')) {
	const has = (command) => {
		try {
			execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
			return true;
		} catch {
			return false;
		}
	};
	const missing = ['nginx', 'caddy'].filter((command) => !has(command));
	if (missing.length > 0) {
		console.log(`setup: installing Debian packages ${missing.join(', ')} (servers are not started)`);
		const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
		run(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`);
	}
}
