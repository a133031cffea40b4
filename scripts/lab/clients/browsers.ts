/**
 * Browsers, each as two clients: `fetch()` in a page of the lab (same origin
 * as the first request), and navigation (the page itself going to the URL,
 * or for a POST submitting a form). Chromium is Debian's, driven by
 * Playwright; Firefox ESR is Debian's, driven by puppeteer-core over WebDriver
 * BiDi as in the cross-engine tests. Both headless, with a fresh profile.
 */
import { existsSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import type { ClientId } from '../../../src/lib/lab/client-behaviour.ts';
import { normaliseError } from '../../../src/lib/lab/errors.ts';
import type { ClientReport } from '../../../src/lib/lab/observe.ts';
import { HOST_A, type LabRequest, labRequests } from '../../../src/lib/lab/probes.ts';
import { FIREFOX_PATH, startFirefox } from '../../../tests/engines/firefox.ts';
import { type Driver, type DriverResult, mapLimit, TIMEOUT_MS } from '../driver.ts';
import { START_PATH } from '../server.ts';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Tabs per client working at once. */
const TABS = 3;
/** Longer than any probe takes (a repeat navigates four times): a tab this late has stopped answering. */
const STUCK_MS = 6 * TIMEOUT_MS;

/** One tab, whichever library drives it. */
interface Tab {
	/** Loads `url` and waits for its load event; throws when the browser reports the navigation failed. */
	goto(url: string): Promise<void>;
	evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
	/** Whether a dialog opened since the last call; the lab dismisses each. */
	takePrompt(): boolean;
}

interface Session {
	version: string;
	newTab(): Promise<Tab>;
	close(): Promise<void>;
}

/**
 * Chromium asks its embedder for credentials at a challenge; headless, nobody answers and the request
 * hangs. The lab answers as a visitor closing the prompt would (CancelAuth), and records that it asked.
 * Fetch interception only for the codes that challenge: interception elsewhere would bypass the cache.
 */
async function chromiumSession(challenges: readonly number[]): Promise<Session> {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
	const context = await browser.newContext();
	return {
		version: browser.version(),
		async newTab() {
			const page = await context.newPage();
			let prompted = false;
			page.on('dialog', (dialog) => {
				prompted = true;
				void dialog.dismiss();
			});
			const cdp = await context.newCDPSession(page);
			cdp.on('Fetch.requestPaused', ({ requestId }) => void cdp.send('Fetch.continueRequest', { requestId }).catch(() => undefined));
			cdp.on('Fetch.authRequired', ({ requestId }) => {
				prompted = true;
				void cdp.send('Fetch.continueWithAuth', { requestId, authChallengeResponse: { response: 'CancelAuth' } }).catch(() => undefined);
			});
			if (challenges.length > 0) await cdp.send('Fetch.enable', { handleAuthRequests: true, patterns: challenges.map((code) => ({ urlPattern: `*/${code}` })) });
			return {
				goto: async (url) => void (await page.goto(url, { timeout: TIMEOUT_MS, waitUntil: 'load' })),
				// The tab's own typing: each library unwraps handles in its argument types, which the lab never passes.
				evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
				takePrompt: () => [prompted, (prompted = false)][0],
			};
		},
		close: () => browser.close(),
	};
}

/** The parts of puppeteer's BiDi frame the lab needs, which its public types leave out. */
interface BidiFrame {
	browsingContext: {
		id: string;
		addIntercept(options: { phases: string[] }): Promise<unknown>;
		userContext: { browser: { session: { on(event: 'network.authRequired', listener: (event: { context: string }) => void): void } } };
	};
}

/**
 * Firefox shows its credentials prompt at a challenge; headless, nobody answers and the request hangs.
 * With an authRequired intercept, puppeteer answers it with cancel (as a visitor closing the prompt
 * would) when no credentials are set; the lab records that it asked.
 */
async function firefoxSession(): Promise<Session> {
	const browser = await startFirefox();
	return {
		version: (await browser.version()).replace(/^firefox\//i, ''),
		async newTab() {
			const page = await browser.newPage();
			let prompted = false;
			page.on('dialog', (dialog) => {
				prompted = true;
				void dialog.dismiss();
			});
			const { browsingContext } = page.mainFrame() as unknown as BidiFrame;
			browsingContext.userContext.browser.session.on('network.authRequired', (event) => {
				if (event.context === browsingContext.id) prompted = true;
			});
			await browsingContext.addIntercept({ phases: ['authRequired'] });
			return {
				goto: async (url) => void (await page.goto(url, { timeout: TIMEOUT_MS, waitUntil: 'load' })),
				evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
				takePrompt: () => [prompted, (prompted = false)][0],
			};
		},
		close: () => browser.close(),
	};
}

/** Runs in the page: the request as `fetch()`, reading the whole body; cookies come from the browser's jar. */
async function fetchInPage(request: { url: string; method: string; headers: Record<string, string>; body?: string; times: number; timeout: number }) {
	let report: { ok: boolean; status?: number; error?: string } = { ok: false };
	for (let time = 0; time < request.times; time++) {
		try {
			const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body, credentials: 'include', signal: AbortSignal.timeout(request.timeout) });
			await response.arrayBuffer();
			report = { ok: true, status: response.status };
		} catch (error) {
			report = { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
		}
	}
	return report;
}

const errorText = (error: unknown) => normaliseError((error instanceof Error ? error.message : String(error)).replace(/^page\.goto: /, ''));

async function fetchReport(tab: Tab, request: LabRequest): Promise<ClientReport> {
	// A page cannot set Cookie: the browser sends the one the start page stored.
	const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name.toLowerCase() !== 'cookie'));
	try {
		const report = await tab.evaluate(fetchInPage, { url: request.url, method: request.method, headers, body: request.body, times: request.times, timeout: TIMEOUT_MS });
		const prompt = tab.takePrompt();
		return { ...report, ...(report.error && { error: normaliseError(report.error) }), ...(prompt && { prompt }) };
	} catch (error) {
		return { ok: false, error: errorText(error) };
	}
}

/** What the tab shows: still the start page (the marker set there survives), or a lab page whose title gives its status. */
async function pageState(tab: Tab): Promise<{ stayed: boolean; status?: number } | undefined> {
	try {
		const { marked, title } = await tab.evaluate(() => ({ marked: 'labMarker' in window, title: document.title }), null);
		const status = /^lab (\d+)$/.exec(title)?.[1];
		return { stayed: marked, ...(status && { status: Number(status) }) };
	} catch {
		// A document on its way in, or an error page that refuses scripts.
		return undefined;
	}
}

/** Loads the start page and marks it; a navigation of the previous probe still settling (an error page) may interrupt the first try. */
async function startPage(tab: Tab, origin: string) {
	for (let attempt = 1; ; attempt++) {
		try {
			await tab.goto(`${origin}${START_PATH}`);
			await tab.evaluate(() => {
				(window as unknown as { labMarker: boolean }).labMarker = true;
			}, null);
			return;
		} catch (error) {
			if (attempt === 3) throw error;
		}
	}
}

/** Submits a form, as a visitor would, and waits until a lab page shows or the time is up. */
async function submitForm(tab: Tab, request: LabRequest): Promise<string | undefined> {
	await tab
		.evaluate(
			({ url, body }) => {
				const form = document.createElement('form');
				form.method = 'post';
				form.action = url;
				for (const [name, value] of new URLSearchParams(body)) form.append(Object.assign(document.createElement('input'), { type: 'hidden', name, value }));
				document.body.append(form);
				form.submit();
			},
			{ url: request.url, body: request.body ?? '' },
		)
		.catch(() => undefined);
	const deadline = Date.now() + TIMEOUT_MS;
	while (Date.now() < deadline) {
		const state = await pageState(tab);
		if (state?.status !== undefined) return undefined;
		await delay(100);
	}
	return 'no lab page shown after the form was submitted';
}

async function navigationReport(tab: Tab, request: LabRequest, origin: string): Promise<ClientReport> {
	let error: string | undefined;
	for (let time = 0; time < request.times; time++) {
		await startPage(tab, origin);
		error = undefined;
		if (request.method === 'POST') error = await submitForm(tab, request);
		else await tab.goto(request.url).catch((reason: unknown) => (error = errorText(reason)));
	}
	const state = await pageState(tab);
	const prompt = tab.takePrompt();
	const shown = state?.status !== undefined && !state.stayed;
	return {
		ok: shown,
		...(shown && { status: state.status }),
		...(state?.stayed && { stayed: true }),
		...(!shown && !state?.stayed && { error: error ?? 'the browser showed a page of its own' }),
		...(prompt && { prompt }),
	};
}

function browserDriver(browser: 'chromium' | 'firefox', label: string, path: string, start: (challenges: readonly number[]) => Promise<Session>): Driver {
	const fetchId = `${browser}-fetch` as ClientId;
	const pageId = `${browser}-page` as ClientId;
	return {
		ids: [fetchId, pageId],
		missing: async () => (existsSync(path) ? undefined : `${path} does not exist`),
		async run(plans, server) {
			const session = await start(plans.filter((plan) => plan.headers.some((name) => /^(www|proxy)-authenticate$/i.test(name))).map((plan) => plan.code));
			const origin = `http://${HOST_A}:${server.port}`;
			try {
				const runClient = async (report: (tab: Tab, request: LabRequest) => Promise<ClientReport>, requests: LabRequest[], prepare: (tab: Tab) => Promise<void>) => {
					const newTab = async () => {
						const tab = await session.newTab();
						await prepare(tab);
						return tab;
					};
					const free = await Promise.all(Array.from({ length: TABS }, newTab));
					const reports = await mapLimit(requests, TABS, async (request) => {
						const tab = free.pop()!;
						const waiting = new AbortController();
						const stuck = delay(STUCK_MS, undefined, { signal: waiting.signal }).catch(() => undefined);
						// A probe the browser fails in an unforeseen way is an error of that probe, not of the lab.
						const answer = report(tab, request).catch((error: unknown): ClientReport => ({ ok: false, error: errorText(error) }));
						const result = await Promise.race([answer, stuck]);
						waiting.abort();
						// A tab that stopped answering is left behind, still busy; a new one takes its place.
						free.push(result ? tab : await newTab());
						return [request.id, result ?? { ok: false, error: 'the browser did not answer' }] as const;
					});
					return new Map(reports);
				};
				const [fetchReports, pageReports] = await Promise.all([
					runClient(fetchReport, labRequests(fetchId, plans, server.port), (tab) => startPage(tab, origin)),
					// A page cannot add headers to its own navigation.
					runClient((tab, request) => navigationReport(tab, request, origin), labRequests(pageId, plans, server.port, ['get', 'post', 'repeat', 'userinfo']), async () => undefined),
				]);
				const base = { version: session.version };
				return [
					{ client: { id: fetchId, name: `${label} fetch()`, ...base, invocation: "fetch(url, { method, headers, body, credentials: 'include' }) in a page of the first host" }, reports: fetchReports },
					{ client: { id: pageId, name: `${label} navigation`, ...base, invocation: 'the page goes to the URL (page.goto), or submits a form for a POST' }, reports: pageReports },
				] satisfies DriverResult[];
			} finally {
				await session.close();
			}
		},
	};
}

export const chromiumBrowser = browserDriver('chromium', 'Chromium', CHROMIUM_PATH, chromiumSession);
export const firefoxBrowser = browserDriver('firefox', 'Firefox', FIREFOX_PATH, firefoxSession);
