/**
 * Loads Pagefind (its code, WebAssembly and index metadata) and the results
 * table as soon as it is imported. The search box imports it alongside the
 * controller, at the first sign of a search, and hands it to the controller;
 * it shares no module with the controller, so its chunk arrives in one request
 * and the index starts loading without waiting for the controller.
 */
import { META_WEIGHTS } from '../lib/search/weights';
import { type ResultsTable, SEARCH_RESULTS_URL } from '../lib/search/results';

export interface PagefindResult {
	id: string;
	score: number;
	/** The positions of the matched words on the page. */
	words: number[];
}

export interface Pagefind {
	options: (options: object) => Promise<void>;
	init: () => Promise<void>;
	search: (query: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Tuned for reference pages whose name and search terms are the answer: fields weigh as
 * `META_WEIGHTS` says; in the text, a word's first mentions count and further ones soon
 * add little (`termSaturation`), long pages are barely penalised; a page barely gains
 * from longer words the query word begins (`termSimilarity`).
 */
const RANKING = { termFrequency: 1, pageLength: 0.1, termSaturation: 1.2, termSimilarity: 9, metaWeights: META_WEIGHTS };

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
