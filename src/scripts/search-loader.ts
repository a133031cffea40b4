/**
 * Loads Pagefind (its code, WebAssembly and index metadata) and the results
 * table as soon as it is imported. The search box imports it alongside the
 * controller, at the first sign of a search, and hands it to the controller;
 * it shares no module with the controller, so its chunk arrives in one request
 * and the index starts loading without waiting for the controller.
 */
import { type ResultsTable, SEARCH_RESULTS_URL } from '../lib/search-results';

export interface PagefindResult {
	id: string;
	score: number;
}

export interface Pagefind {
	options: (options: object) => Promise<void>;
	init: () => Promise<void>;
	search: (query: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

/** Tuned for short reference pages whose title is the answer. */
const RANKING = { termFrequency: 0.1, pageLength: 0.1, termSaturation: 2, termSimilarity: 9, metaWeights: { title: 8, aliases: 4 } };

async function loadPagefind(): Promise<Pagefind> {
	const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
	const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
	// No web worker: searching an index this small takes milliseconds on the main thread, and the
	// worker script would add 12 KB gzip to the first search.
	await pagefind.options({ ranking: RANKING, noWorker: true });
	await pagefind.init();
	return pagefind;
}

async function loadResults(): Promise<ResultsTable> {
	const response = await fetch(SEARCH_RESULTS_URL);
	if (!response.ok) throw new Error(`${SEARCH_RESULTS_URL}: HTTP ${response.status}`);
	return response.json();
}

export interface SearchData {
	pagefind: Pagefind;
	table: ResultsTable;
}

export const searchData: Promise<SearchData> = Promise.all([loadPagefind(), loadResults()]).then(([pagefind, table]) => ({ pagefind, table }));
// A failed load is reported by the search that awaits it, not as an unhandled rejection now.
searchData.catch(() => {});
