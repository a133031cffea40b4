/**
 * Pagefind behind the query layer: tries each planned query until one finds
 * pages, ranks pages by how well they match each keyword as well as the whole
 * query, puts codes the visitor typed first and returns plain data for
 * rendering from the results table (never HTML from the index, and no
 * fragment fetched per result).
 */
import { combineWordResults, preferRegistered, type QueryPlan, type Ranked } from '../lib/search-query';
import type { SearchHit } from '../lib/search-results';
import type { SearchData } from './search-loader';

export async function searchCodes({ pagefind, table }: SearchData, plan: QueryPlan, filters: Record<string, string>, limit: number): Promise<SearchHit[]> {
	const run = async (query: string | null, extraFilters: Record<string, string> = {}): Promise<Ranked[]> => {
		const response = await pagefind.search(query, { filters: { ...filters, ...extraFilters } });
		return (response?.results ?? []).filter((result) => result.id in table).map(({ id, score }) => ({ id, score }));
	};
	// A code the visitor typed is found by its filter, so its page comes first however many pages mention
	// the number. Looked up alongside the text search, not after it.
	const pinnedLookup = Promise.all(plan.pinned.map(async (code) => (await run(null, { code: String(code) }))[0]));
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
	const candidates = ranked.slice(0, limit + 4).map(({ id, score }) => ({ ...table[id], score }));
	const ordered = preferRegistered(candidates, plan.words);
	const pinned = (await pinnedLookup).filter((exact) => exact !== undefined).map(({ id }) => table[id]);
	const pinnedUrls = new Set(pinned.map((hit) => hit.url));
	return [...pinned, ...ordered.filter((hit) => !pinnedUrls.has(hit.url))].slice(0, limit);
}
