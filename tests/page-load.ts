/**
 * What a page loads, seen from the browser: every response with its size raw
 * and gzip, before any interaction and during the first search. Shared by the
 * budget tests and `npm run bench`, so both count bytes the same way.
 */
import type { Page, Request } from '@playwright/test';
import { FIRST_SEARCH_QUERY } from './budgets.ts';
import { gzipSize, scriptsOf } from './built-site.ts';

export const RESOURCE_KINDS = ['document', 'css', 'js', 'font', 'image', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface Loaded {
	path: string;
	kind: ResourceKind;
	raw: number;
	/** What it weighs gzip'd; never more than raw, since a host sends already compressed files (Pagefind's index) as they are. */
	gzip: number;
	body: Buffer;
}

const KINDS: Record<string, ResourceKind> = { document: 'document', stylesheet: 'css', script: 'js', font: 'font', image: 'image' };

export function kindOf(resourceType: string): ResourceKind {
	return KINDS[resourceType] ?? 'other';
}

function loaded(path: string, kind: ResourceKind, body: Buffer): Loaded {
	return { path, kind, raw: body.length, gzip: body.length === 0 ? 0 : Math.min(body.length, gzipSize(body)), body };
}

const QUIET_MS = 500;

/**
 * Records the page's requests until `stop()`, which first waits for the network
 * to be quiet (nothing in flight for half a second) and returns what loaded.
 */
export function recordLoads(page: Page): { stop: () => Promise<Loaded[]> } {
	const pending: Promise<Loaded | undefined>[] = [];
	let inFlight = 0;
	let lastActivity = Date.now();
	const started = () => {
		inFlight += 1;
		lastActivity = Date.now();
	};
	const settled = () => {
		inFlight -= 1;
		lastActivity = Date.now();
	};
	const finished = (request: Request) => {
		settled();
		pending.push(
			(async () => {
				const response = await request.response();
				// A redirect carries no content; the request it leads to is counted.
				if (!response || (response.status() >= 300 && response.status() < 400)) return undefined;
				return loaded(new URL(request.url()).pathname, kindOf(request.resourceType()), await response.body());
			})(),
		);
	};
	page.on('request', started);
	page.on('requestfinished', finished);
	page.on('requestfailed', settled);
	return {
		stop: async () => {
			while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS) await page.waitForTimeout(50);
			page.off('request', started);
			page.off('requestfinished', finished);
			page.off('requestfailed', settled);
			return (await Promise.all(pending)).filter((item) => item !== undefined);
		},
	};
}

export interface PageLoad {
	loads: Loaded[];
	html: string;
	/** Gzip size of every script the page runs before interaction, inline and loaded, compressed together. */
	scriptGzip: number;
}

/**
 * Loads `path` and waits until the network is quiet: everything the page fetches
 * on its own. Headless Chromium skips the favicon, so an icon the page links is
 * fetched here and counted as a browser would load it.
 */
export async function loadBeforeInteraction(page: Page, path: string): Promise<PageLoad> {
	const recorder = recordLoads(page);
	const response = await page.goto(path, { waitUntil: 'load' });
	if (!response) throw new Error(`no response for ${path}`);
	const html = (await response.body()).toString('utf8');
	const loads = await recorder.stop();
	for (const href of await page.locator('link[rel~="icon"][href]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))) {
		const path = new URL(href).pathname;
		if (loads.some((item) => item.path === path)) continue;
		loads.push(loaded(path, 'image', await (await page.request.get(href)).body()));
	}
	const code = [...scriptsOf(html).inline, ...loads.filter((item) => item.kind === 'js').map((item) => item.body.toString('utf8'))];
	return { loads, html, scriptGzip: code.length === 0 ? 0 : gzipSize(code.join('\n')) };
}

export interface SearchLoad {
	loads: Loaded[];
	/** From the first input event to the results being shown, timed in the page. */
	ms: number;
}

/**
 * Types the first query into the header search box of a loaded page and waits
 * for its results: everything the first search costs, and how long it took.
 */
export async function firstSearch(page: Page, query: string = FIRST_SEARCH_QUERY): Promise<SearchLoad> {
	const recorder = recordLoads(page);
	// Timed in the page, as the visitor sees it: from the keystroke until the list is filled.
	const timing = page.evaluate(
		(query) =>
			new Promise<number>((resolve) => {
				let started: number | undefined;
				addEventListener('input', () => (started ??= performance.now()), { capture: true });
				// The search code builds the results list when it loads, so the whole document is watched.
				new MutationObserver((_, observer) => {
					const results = document.querySelector('[data-search-results]');
					if (started === undefined || results?.getAttribute('data-search-query') !== query || results.getAttribute('aria-busy') === 'true') return;
					observer.disconnect();
					resolve(performance.now() - started);
				}).observe(document.body, { attributes: true, childList: true, subtree: true });
			}),
		query,
	);
	await page.locator('[data-search-input]').fill(query);
	const ms = await timing;
	return { loads: await recorder.stop(), ms };
}

export interface Totals {
	requests: number;
	raw: number;
	gzip: number;
}

/** Sums loads, overall and per kind. */
export function totals(loads: readonly Loaded[]): Totals & { byKind: Record<ResourceKind, Totals> } {
	const empty = (): Totals => ({ requests: 0, raw: 0, gzip: 0 });
	const byKind = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, empty()])) as Record<ResourceKind, Totals>;
	const all = empty();
	for (const item of loads) {
		for (const sum of [byKind[item.kind], all]) {
			sum.requests += 1;
			sum.raw += item.raw;
			sum.gzip += item.gzip;
		}
	}
	return { ...all, byKind };
}

/**
 * Types each query into the search box of a page whose search has already loaded, as a
 * visitor does after the first search, and times each in the page from its input event
 * until its results are shown; clears the box between queries.
 */
export async function typedSearches(page: Page, queries: readonly string[]): Promise<number[]> {
	const input = page.locator('[data-search-input]');
	const times: number[] = [];
	for (const query of queries) {
		const timing = page.evaluate(
			(query) =>
				new Promise<number>((resolve) => {
					let started: number | undefined;
					const onInput = () => (started ??= performance.now());
					addEventListener('input', onInput, { capture: true });
					const results = document.querySelector('[data-search-results]')!;
					new MutationObserver((_, observer) => {
						if (started === undefined || results.getAttribute('data-search-query') !== query || results.getAttribute('aria-busy') === 'true') return;
						observer.disconnect();
						removeEventListener('input', onInput, { capture: true });
						resolve(performance.now() - started);
					}).observe(results, { attributes: true, childList: true });
				}),
			query,
		);
		await input.fill(query);
		times.push(await timing);
		await input.fill('');
		await page.waitForFunction(() => !document.querySelector('[data-search-results]')!.hasAttribute('data-search-query'));
	}
	return times;
}
