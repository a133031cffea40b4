/**
 * Ranking pages for a query of several words from Pagefind's results for each word,
 * for all of them at once and for the query's phrases. Pagefind's score for a word
 * already says how rare the word is on the site and where the page has it (its name
 * and search terms count far more than its prose: `weights.ts`), so a page's scores
 * for the words are added up; pages that hold every word, or the words in the order
 * typed, gain on top. Scores are then relative to the best page, so a weak match can
 * be told from a real one and left out.
 */

export interface Ranked {
	id: string;
	score: number;
}

export interface PhraseResults {
	/** How many keywords the phrase holds. */
	keywords: number;
	results: readonly Ranked[];
}

/** How much Pagefind's score for the whole query (every word on the page) counts beside the words' own scores. */
export const ALL_WORDS_WEIGHT = 1;

/** What a phrase found on a page is worth, per keyword it holds, in units of the average word's best score. */
export const PHRASE_WEIGHT = 0.5;

/**
 * What a page whose name the query holds in full gains, in units of the average word's
 * best score (in proportion for part of its name). Pagefind weighs a word by its rarity
 * over all text, so a word every page uses ("request", "server") counts for nothing even
 * in a name: "request time-out" would not tell 408 Request Timeout from 504 Gateway Timeout.
 */
export const NAME_WEIGHT = 1.5;

/** How much more a keyword written as an identifier (`ThrottleRequestsException`) counts than a word. */
export const IDENTIFIER_WEIGHT = 2;

/** Results scoring below this share of the best one are noise, not results. */
export const RELATIVE_CUTOFF = 0.25;

/**
 * Pages best first, each with its share of the best page's score (1 for the best).
 * `perWord`: Pagefind's results for each keyword; `allWords`: for all of them at once;
 * `phrases`: for each exact phrase; `nameShare`: the share of a page's name the query holds (`shareOfName`).
 */
export function scorePages(
	perWord: readonly (readonly Ranked[])[],
	allWords: readonly Ranked[],
	phrases: readonly PhraseResults[] = [],
	nameShare: (id: string) => number = () => 0,
): Ranked[] {
	const scores = new Map<string, number>();
	const add = (id: string, score: number) => scores.set(id, (scores.get(id) ?? 0) + score);
	const bests = perWord.filter((results) => results.length > 0).map((results) => Math.max(...results.map((result) => result.score)));
	for (const results of perWord) for (const { id, score } of results) add(id, score);
	for (const { id, score } of allWords) add(id, ALL_WORDS_WEIGHT * score);
	const unit = bests.length > 0 ? bests.reduce((sum, best) => sum + best, 0) / bests.length : 0;
	for (const phrase of phrases) for (const { id } of phrase.results) if (scores.has(id)) add(id, PHRASE_WEIGHT * phrase.keywords * unit);
	for (const id of scores.keys()) add(id, NAME_WEIGHT * nameShare(id) * unit);
	const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const top = ranked[0]?.[1] ?? 0;
	return ranked.map(([id, score]) => ({ id, score: top > 0 ? score / top : 0 }));
}

/** The results worth showing: those within `RELATIVE_CUTOFF` of the best. */
export function withoutWeakResults<T extends { score: number }>(ranked: readonly T[]): T[] {
	const best = ranked[0]?.score ?? 0;
	return ranked.filter((result) => result.score >= best * RELATIVE_CUTOFF);
}

export interface Arranged<T> {
	/** How many results the query has. */
	count: number;
	/** The first `limit` of them, in the order shown. */
	shown: T[];
}

/** Where comparisons and guide answers go at the earliest: after the first code, which stays first when a code is the answer. */
const OTHER_POSITION = 1;
/** Comparisons and guide answers moved up at most. */
const MAX_OTHERS = 2;
/** How close to the best code a comparison or guide answer must score to be moved up. */
const OTHER_MIN_SHARE = 0.6;

/**
 * The order results are shown in: codes the visitor typed, then codes by score, with
 * the best comparisons and guide answers after the first code (they lead only when no
 * code matches), and the rest of them after the codes.
 */
export function arrangeResults<T extends { score: number; type: string }>(pinned: readonly T[], ranked: readonly T[], limit: number): Arranged<T> {
	const codes = ranked.filter((hit) => hit.type === 'code');
	const others = ranked.filter((hit) => hit.type !== 'code');
	const bestCode = codes[0]?.score ?? 0;
	const strong = others.filter((hit) => hit.score >= bestCode * OTHER_MIN_SHARE).slice(0, MAX_OTHERS);
	const rest = others.filter((hit) => !strong.includes(hit));
	const at = Math.min(Math.max(pinned.length, OTHER_POSITION), pinned.length + codes.length);
	const leading = [...pinned, ...codes];
	const ordered = [...leading.slice(0, at), ...strong, ...leading.slice(at), ...rest];
	return { count: ordered.length, shown: ordered.slice(0, limit) };
}

/**
 * The share of the words of `name` (stop words and numbers left out) that are among
 * `words`, compared by `stem`, a word typed as the start of a longer one counting:
 * `request`, `time` hold all of `408 Request Timeout` and half of `504 Gateway Timeout`.
 */
export function shareOfName(words: readonly string[], name: string, stem: (word: string) => string, stopWords: ReadonlySet<string>): number {
	const nameWords = name
		.toLowerCase()
		.split(/[^\p{L}\p{N}']+/u)
		.filter((word) => word && !/^\d+$/.test(word) && !stopWords.has(word))
		.map(stem);
	if (nameWords.length === 0) return 0;
	const roots = words.map(stem);
	const held = nameWords.filter((nameWord) => roots.some((root) => nameWord === root || (root.length >= 4 && nameWord.startsWith(root))));
	return held.length / nameWords.length;
}
