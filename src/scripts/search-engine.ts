/**
 * Pagefind behind the query layer: looks up the codes the visitor typed by their
 * filter, searches every keyword on its own and all of them at once, ranks pages
 * by the share of the query they answer (`src/lib/search/rank.ts`) and returns
 * plain data for rendering from the results table (never HTML from the index, and
 * no fragment fetched per result).
 */
import { preferRegistered, type QueryPlan, STOP_WORDS } from '../lib/search/query';
import { arrangeResults, IDENTIFIER_WEIGHT, orderNamed, QUALIFIER_WEIGHT, type Ranked, scorePages, shareOfName, STATED_WEIGHT, withoutWeakResults, wordsAnswer } from '../lib/search/rank';
import { stem } from '../lib/search/words';
import type { SearchHit } from '../lib/search/results';
import type { SearchData } from './search-loader';

export interface SearchOutcome {
	/** How many results the query has. */
	count: number;
	/** The first `limit` of them. */
	hits: SearchHit[];
	/** Numbers of `plan.missing` found on /not-status-codes/ (a Warning or WinINet code), which need no help. */
	resolved: number[];
}

/** What a former or vendor's name held in full counts, against the code's own name. */
const OTHER_NAME_SHARE = 0.5;

/** The filter value of numbers that are no status code: 0's page and the records of /not-status-codes/. */
const NOT_A_STATUS = 'not-a-status';

export async function searchCodes({ pagefind, table }: SearchData, plan: QueryPlan, filters: Record<string, string>, limit: number): Promise<SearchOutcome> {
	const run = async (query: string | null, extraFilters: Record<string, string> = {}): Promise<Ranked[]> => {
		const response = await pagefind.search(query, { filters: { ...filters, ...extraFilters } });
		return (response?.results ?? []).filter((result) => result.id in table).map(({ id, score, words }) => ({ id, score, words }));
	};
	// A code the visitor typed is found by its filter, so its page comes first however many pages mention
	// the number. Looked up alongside the text search, not after it.
	const pinnedLookup = Promise.all(plan.pinned.map(async (code) => (await run(null, { code: String(code) }))[0]));
	// A number that is no code may be a Warning or WinINet code: its record on /not-status-codes/ comes first then.
	const notStatusLookup = Promise.all(
		plan.missing.map(async (number) => {
			const found = (await run(String(number), { kind: NOT_A_STATUS })).find(({ id }) => table[id].type === 'not-status' && table[id].title.startsWith(`${number} `));
			return found && { number, id: found.id };
		}),
	);
	const searchWords = plan.answerable && plan.keywords.length > 0;
	// An identifier names one thing exactly; the words around it (a framework's name) are context.
	const weightOf = (word: string) =>
		(plan.identifiers.includes(word) ? IDENTIFIER_WEIGHT : 1) * (plan.stated.includes(word) ? STATED_WEIGHT : 1) * (plan.qualifiers.includes(word) ? QUALIFIER_WEIGHT : 1);
	// A joined name the index does not hold (`ResponseEntity.noContent` in a code sample) is searched by its parts.
	const runWord = async (word: string): Promise<{ lists: Ranked[][]; weight: number }> => {
		const results = await run(word);
		const parts = plan.fallbacks[word];
		if (results.length === 0 && parts?.length) return { lists: await Promise.all(parts.map((part) => run(part))), weight: 1 };
		return { lists: [results], weight: weightOf(word) };
	};
	const keywords = new Set(plan.keywords);
	const [perKeyword, allWords, phrases] = searchWords
		? await Promise.all([
				Promise.all(plan.keywords.map((word) => runWord(word))),
				plan.keywords.length > 1 ? run(plan.keywords.join(' ')) : Promise.resolve([]),
				Promise.all([
					...plan.phrases.map(async (phrase) => ({
						keywords: phrase.slice(1, -1).split(' ').filter((word) => keywords.has(word)).length,
						results: await run(phrase),
					})),
					// A message found word for word is worth every word of it.
					...(plan.whole ? [run(plan.whole).then((results) => ({ keywords: plan.whole!.split(' ').length, results }))] : []),
				]),
			])
		: [[], [], []];
	// Pagefind's own scores, by keyword, tell whether and where a page has the word; the weighted ones rank.
	const byKeyword = perKeyword.map(({ lists }) => lists.flat());
	const perWord = perKeyword.flatMap(({ lists, weight }) => lists.map((list) => (weight === 1 ? list : list.map((result) => ({ ...result, score: result.score * weight })))));
	const notStatus = (await notStatusLookup).filter((found) => found !== undefined);
	const named = (await pinnedLookup).filter((exact) => exact !== undefined);
	// Of all the names a code goes by, the one the query holds most of; a former or vendor's name counts half,
	// so that "redirect" finds the redirects before 451, which Exchange ActiveSync calls Redirect.
	const nameShare = (id: string) => {
		const hit = table[id];
		if (hit.type !== 'code') return 0;
		const other = (hit.names ?? []).map((name) => OTHER_NAME_SHARE * shareOfName(plan.words, name, stem, STOP_WORDS));
		return Math.max(shareOfName(plan.words, hit.title, stem, STOP_WORDS), ...other);
	};
	// Chance matches of the words answer nothing, unless the query also names a code.
	const guessed = plan.keywords.map((word) => plan.corrected.includes(word));
	const answered = named.length > 0 || notStatus.length > 0 || wordsAnswer(byKeyword, guessed);
	// Nearness counts for words only: an identifier says all by itself, and the words around it name its framework.
	const near = plan.identifiers.length > 0 ? [] : byKeyword;
	const text = answered ? scorePages(perWord, allWords, phrases, nameShare, near) : [];
	const pinned = [...orderNamed(named, text), ...notStatus].map(({ id }) => ({ ...table[id], score: Number.POSITIVE_INFINITY }));
	const pinnedUrls = new Set(pinned.map((hit) => hit.url));
	const scored = withoutWeakResults(text.map(({ id, score }) => ({ ...table[id], score }))).filter((hit) => !pinnedUrls.has(hit.url));
	const ranked = preferRegistered(scored, plan.words);
	const { count, shown } = arrangeResults(pinned, ranked, limit);
	return { count, hits: shown.map(({ score: _score, ...hit }) => hit), resolved: notStatus.map((found) => found.number) };
}
