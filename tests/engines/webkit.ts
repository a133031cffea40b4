/**
 * WebKitGTK driven by Debian's WebKitWebDriver (`webkit2gtk-driver`), in a
 * virtual X display (Xvfb) of its own, through the W3C WebDriver commands of
 * `webdriver.ts`. WebKitWebDriver has no BiDi and no log endpoint, so errors
 * come from the browser's own output: `webkit-browser.py` (a minimal WebKitGTK
 * browser, used instead of MiniBrowser) prints every console message of the
 * page, from the start of each document, and every failed load on stdout,
 * which reaches us through WebKitWebDriver's stdout.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type Engine, type EnginePage, MARK_PREFIX, waitFor } from './engine.ts';
import { KEYS, WebDriverSession } from './webdriver.ts';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const BROWSER = fileURLToPath(new URL('./webkit-browser.py', import.meta.url));

/** `[url:line:column: ]CONSOLE [SOURCE ]LEVEL text`, as WebCore prints a console message. */
const CONSOLE_LINE = /\bCONSOLE (?:([A-Z]+) )?(LOG|INFO|WARN|WARNING|ERROR|DEBUG) (.*)$/;
/** A GLib warning of the browser process (`(python3:123): Gtk-WARNING **: …`), not part of a console message. */
const GLIB_LOG = /^(?:\*\* )?\(\S+:\d+\): /;

export async function launchWebKit(baseURL: string): Promise<Engine> {
	const processes: ChildProcess[] = [];
	const dataDir = mkdtempSync(join(tmpdir(), 'engine-tests-webkit-'));
	const kill = () => processes.forEach((child) => child.kill());
	// Also when the test process ends without closing the engine (an interrupted run).
	process.once('exit', kill);
	const shutdown = async () => {
		process.off('exit', kill);
		for (const child of processes.reverse()) {
			if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once('exit', resolve).kill());
		}
		// The browser's network process can still write its cache for a moment after the browser has gone.
		for (let tries = 0; tries < 5 && existsSync(dataDir); tries++) {
			rmSync(dataDir, { recursive: true, force: true });
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	};
	try {
		const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
		processes.push(xvfb);
		const display = await displayOf(xvfb);

		const port = await freePort();
		const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: ['ignore', 'pipe', 'pipe'] });
		processes.push(driver);
		const output: string[] = [];
		for (const stream of [driver.stdout, driver.stderr]) createInterface({ input: stream }).on('line', (line) => output.push(line));
		const endpoint = `http://127.0.0.1:${port}`;
		await waitFor(async () => driverExited(driver) ?? (await fetch(`${endpoint}/status`)).ok, 'WebKitWebDriver to listen', 10_000);

		const session = await WebDriverSession.create(endpoint, {
			'webkitgtk:browserOptions': { binary: '/usr/bin/python3', args: [BROWSER, '--data-dir', dataDir] },
			pageLoadStrategy: 'normal',
			timeouts: { pageLoad: 30_000, script: 30_000 },
		}).catch((error: Error) => {
			throw new Error(`${error.message}\nbrowser output:\n${output.slice(-20).join('\n')}`);
		});

		let path = '';
		let marksSent = 0;
		const page: EnginePage = {
			get path() {
				return path;
			},
			async goto(to) {
				path = to;
				const url = new URL(to, baseURL).href;
				await session.navigate(url);
				const status = await session.execute(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseStatus);
				// WebKitGTK 2.50 has no `responseStatus` yet: then ask the server what it answers for that URL.
				return typeof status === 'number' && status > 0 ? status : (await fetch(url, { method: 'HEAD' })).status;
			},
			evaluate: (fn, ...args) => session.execute(fn, ...args),
			click: (selector) => session.click(selector),
			type: (selector, text) => session.sendKeys(selector, text),
			pressEnter: (selector) => session.sendKeys(selector, KEYS.enter),
			async takeErrors() {
				// The console lines come from the page's process, the RESOURCE lines from the browser's: each
				// reports, in its own order, a mark sent after everything before it.
				if (path === '') return []; // nothing loaded yet: the window shows about:blank
				const mark = `${MARK_PREFIX}${++marksSent}`;
				await session.execute(async (text) => {
					console.log(text);
					await fetch(`/${text}`, { method: 'HEAD', cache: 'no-store' });
				}, mark);
				const end = await waitFor(
					async () => {
						const marks = [`CONSOLE LOG ${mark}`, `RESOURCE MARK ${mark}`].map((text) => output.findIndex((line) => line.endsWith(text)));
						return !marks.includes(-1) && Math.max(...marks);
					},
					'the browser to report its console messages and loads',
					5_000,
				);
				const errors: string[] = [];
				let message: number | undefined;
				for (const line of output.splice(0, end + 1)) {
					const match = line.match(CONSOLE_LINE);
					if (match) message = match[2] === 'ERROR' ? errors.push(line.trim()) - 1 : undefined;
					else if (line.startsWith('RESOURCE ')) {
						message = undefined;
						if (line.startsWith('RESOURCE ERROR ')) errors.push(line.slice('RESOURCE ERROR '.length));
					}
					// A console message of several lines (an error with its cause) goes on until a blank line.
					else if (message !== undefined && line.trim() !== '' && !GLIB_LOG.test(line)) errors[message] += `\n    ${line.trim()}`;
					else message = undefined;
				}
				return errors;
			},
		};
		return {
			name: 'webkit',
			version: `WebKitGTK ${String(session.capabilities.browserVersion)}`,
			page,
			close: async () => {
				await session.delete().catch(() => {});
				await shutdown();
			},
		};
	} catch (error) {
		await shutdown();
		throw error;
	}
}

function driverExited(driver: ChildProcess): undefined {
	if (driver.exitCode !== null || driver.signalCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode ?? driver.signalCode})`);
	return undefined;
}

/** The display an Xvfb started with `-displayfd 3` chose: the first free number (`:1`). */
function displayOf(xvfb: ChildProcess): Promise<string> {
	let errors = '';
	xvfb.stderr!.on('data', (chunk) => (errors += chunk));
	return new Promise((resolve, reject) => {
		let number = '';
		xvfb.stdio[3]!.on('data', (chunk) => {
			number += chunk;
			if (number.includes('\n')) resolve(`:${number.trim()}`);
		});
		xvfb.on('error', reject);
		xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors.trim()}`)));
		setTimeout(() => reject(new Error(`Xvfb did not start in 10 s: ${errors.trim()}`)), 10_000).unref();
	});
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}
