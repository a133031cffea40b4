/**
 * WebKitGTK driven by Debian's WebKitWebDriver (`webkit2gtk-driver`), in a
 * virtual X display (Xvfb) of its own, through the W3C WebDriver commands of
 * `webdriver.ts`. WebKitWebDriver has no BiDi and no log endpoint, so errors
 * come from the browser's own console output: `webkit-browser.py` (a minimal
 * WebKitGTK browser, used instead of MiniBrowser) prints every console message
 * of the page, from the start of each document, as a `CONSOLE` line on
 * stdout, which reaches us through WebKitWebDriver's stdout.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
	const stops: (() => void)[] = [];
	const stopAll = () => stops.splice(0).reverse().forEach((stop) => stop());
	// Also when the test process ends without closing the engine (an interrupted run).
	process.once('exit', stopAll);
	try {
		const display = await startXvfb(stops);
		const dataDir = mkdtempSync(join(tmpdir(), 'engine-tests-webkit-'));
		stops.push(() => rmSync(dataDir, { recursive: true, force: true }));

		const port = await freePort();
		const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: ['ignore', 'pipe', 'pipe'] });
		stops.push(() => driver.kill());
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
				const mark = `${MARK_PREFIX}${++marksSent}`;
				await session.execute((text) => console.log(text), mark);
				const end = await waitFor(async () => output.findIndex((line) => line.endsWith(` ${mark}`)) + 1 || undefined, 'the browser to print its console messages', 5_000);
				const messages: { level: string; text: string }[] = [];
				let current: { level: string; text: string } | undefined;
				for (const line of output.splice(0, end).slice(0, -1)) {
					const match = line.match(CONSOLE_LINE);
					if (match) messages.push((current = { level: match[2], text: line.trim() }));
					// A message of several lines (an error with its cause) goes on until a blank line.
					else if (current && line.trim() !== '' && !GLIB_LOG.test(line)) current.text += `\n    ${line.trim()}`;
					else current = undefined;
				}
				return messages.filter((message) => message.level === 'ERROR').map((message) => message.text);
			},
		};
		return {
			name: 'webkit',
			version: `WebKitGTK ${String(session.capabilities.browserVersion)}`,
			page,
			close: async () => {
				await session.delete().catch(() => {});
				stopAll();
			},
		};
	} catch (error) {
		stopAll();
		throw error;
	}
}

function driverExited(driver: ChildProcess): undefined {
	if (driver.exitCode !== null || driver.signalCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode ?? driver.signalCode})`);
	return undefined;
}

/** Starts Xvfb on the first free display number and returns it (`:1`). */
async function startXvfb(stops: (() => void)[]): Promise<string> {
	const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
	stops.push(() => xvfb.kill());
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
