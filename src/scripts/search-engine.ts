/**
 * Pagefind behind the query layer: tries each planned query until one finds
 * pages, ranks pages by how well they match each keyword as well as the whole
 * query, puts codes the visitor typed first and returns plain data for
 * rendering (never HTML from the index).
 */
import { combineWordResults, preferRegistered, type QueryPlan, type Ranked } from '../lib/search-query';

interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindData>;
}

interface PagefindData {
	url: string;
	meta: Record<string, string | undefined>;
}

interface Pagefind {
	options: (options: object) => Promise<void>;
	init: () => Promise<void>;
	search: (query: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchHit {
	url: string;
	title: string;
	summary: string;
	className: string;
	unofficial: boolean;
	/** Vendors that send this number, for telling a vendor query from a generic one. */
	vendors: string;
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

export class SearchEngine {
	#pagefind?: Promise<Pagefind>;

	/** Starts loading Pagefind and its index, so the first search does not wait for them in turn. */
	load(): Promise<Pagefind> {
		this.#pagefind ??= loadPagefind();
		return this.#pagefind;
	}

	async search(plan: QueryPlan, filters: Record<string, string>, limit: number): Promise<SearchHit[]> {
		const pagefind = await this.load();
		const byId = new Map<string, PagefindResult>();
		const run = async (query: string | null, extraFilters: Record<string, string> = {}): Promise<Ranked[]> => {
			const response = await pagefind.search(query, { filters: { ...filters, ...extraFilters } });
			return (response?.results ?? []).map((result) => {
				byId.set(result.id, result);
				return { id: result.id, score: result.score };
			});
		};
		// Each page's fragment is loaded once, though it may be both a candidate and a pinned code.
		const hits = new Map<string, Promise<SearchHit>>();
		const hitOf = (id: string) => {
			if (!hits.has(id)) hits.set(id, byId.get(id)!.data().then(toHit));
			return hits.get(id)!;
		};
		// A code the visitor typed is found by its filter, so its page comes first however many pages mention
		// the number. Looked up alongside the text search, not after it.
		const pinnedLookup = Promise.all(
			plan.pinned.map(async (code) => {
				const [exact] = await run(null, { code: String(code) });
				return exact && hitOf(exact.id);
			}),
		);
		let ranked: Ranked[] = [];
		for (const attempt of plan.attempts) {
			ranked = await run(attempt);
			if (ranked.length > 0) break;
		}
		if (plan.keywords.length > 0) {
			const perWord = await Promise.all(plan.keywords.map((word) => run(word)));
			ranked = combineWordResults(ranked, perWord);
		}
		// A few extra candidates, so preferring registered codes can pull one up into the list.
		const candidates = await Promise.all(ranked.slice(0, limit + 4).map(async ({ id, score }) => ({ ...(await hitOf(id)), score })));
		const ordered = preferRegistered(candidates, plan.words);
		const pinned = (await pinnedLookup).filter((hit): hit is SearchHit => hit !== undefined);
		const pinnedUrls = new Set(pinned.map((hit) => hit.url));
		return [...pinned, ...ordered.filter((hit) => !pinnedUrls.has(hit.url))].slice(0, limit);
	}
}

function toHit(data: PagefindData): SearchHit {
	return {
		url: data.url,
		title: data.meta.title ?? data.url,
		summary: data.meta.summary ?? '',
		className: data.meta.class ?? '',
		unofficial: data.meta.kind === 'unofficial',
		vendors: data.meta.vendors ?? '',
	};
}
