/**
 * Firefox ESR (Debian's `firefox-esr`, or `$FIREFOX_PATH`) driven by
 * puppeteer-core over WebDriver BiDi.
 *
 * Errors come from BiDi events, from the start of each document: console
 * errors, uncaught exceptions (Firefox reports each CSP violation there too),
 * failed requests and HTTP errors of subresources. A preload script, which runs before the
 * page's own scripts and is not subject to its CSP, also logs every
 * `securitypolicyviolation` event as a console error.
 */
import puppeteer from 'puppeteer-core';
import { type Engine, type EnginePage, MARK_PREFIX, waitFor } from './engine.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Headless Firefox ESR over WebDriver BiDi; also the client lab's Firefox (`scripts/lab/clients/browsers.ts`). */
export function startFirefox() {
	return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
}

export async function launchFirefox(baseURL: string): Promise<Engine> {
	const browser = await startFirefox();
	const page = await browser.newPage();
	await page.setViewport({ width: 1280, height: 900 });

	const errors: string[] = [];
	const marks = new Set<string>();
	page.on('console', (message) => {
		const text = message.text();
		if (text.startsWith(MARK_PREFIX)) marks.add(`console ${text}`);
		else if (message.type() === 'error' || message.type() === 'assert') {
			const { url, lineNumber } = message.location();
			// A CSP violation logged by the preload script below says where it happened itself.
			const where = url && !text.startsWith('CSP violation:') ? ` (${url}:${lineNumber})` : '';
			errors.push(`console.${message.type()}: ${text}${where}`);
		}
	});
	page.on('pageerror', (error) => errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
	page.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText ?? 'no reason given';
		// Loads cut short by leaving the page are not failures of the site.
		if (reason !== 'NS_BINDING_ABORTED') errors.push(`request failed: ${request.url()} (${reason})`);
	});
	page.on('response', (response) => {
		const request = response.request();
		const url = response.url();
		if (url.includes(MARK_PREFIX)) marks.add(`network ${url.slice(url.indexOf(MARK_PREFIX))}`);
		// The document `goto` loaded: its status is the caller's to check.
		else if (request.isNavigationRequest() && request.frame() === page.mainFrame()) return;
		else if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${url}`);
	});
	await page.evaluateOnNewDocument(() => {
		addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
		});
	});

	let path = '';
	let marksSent = 0;
	const enginePage: EnginePage = {
		get path() {
			return path;
		},
		async goto(to) {
			path = to;
			const response = await page.goto(new URL(to, baseURL).href, { waitUntil: 'load' });
			// A fragment of the current document loads nothing: its status is the document's.
			return response?.status() ?? (await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseStatus));
		},
		// Puppeteer's own typing of arguments (element handles) is wider than this interface needs.
		evaluate: (fn, ...args) => page.evaluate(fn as (...params: unknown[]) => unknown, ...args) as Promise<never>,
		click: (selector) => page.click(selector),
		type: (selector, text) => page.type(selector, text),
		async pressEnter(selector) {
			await page.focus(selector);
			await page.keyboard.press('Enter');
		},
		async takeErrors() {
			if (path === '') return []; // nothing loaded yet
			// Console and network events arrive apart: each reports a mark sent after everything before it.
			const mark = `${MARK_PREFIX}${++marksSent}`;
			await page.evaluate(async (text) => {
				console.log(text);
				await fetch(`/${text}`, { method: 'HEAD', cache: 'no-store' });
			}, mark);
			await waitFor(async () => marks.has(`console ${mark}`) && marks.has(`network ${mark}`), 'the browser to report its console messages and loads', 5_000);
			return errors.splice(0);
		},
	};
	return {
		name: 'firefox',
		version: `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
		page: enginePage,
		close: () => browser.close(),
	};
}
