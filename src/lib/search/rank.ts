/**
 * Ranking pages for a query of several words from Pagefind's results for each word:
 * every word counts by how rare it is on the site (a word on two pages says more than
 * one on sixty), and a page by how strongly it matches the word compared with the
 * page that matches it best (a page's name and search terms outweigh a mention in its
 * prose). Scores are shares of the query a page answers, so a weak match can be told
 * from a real one and left out.
 */

export interface Ranked {
	id: string;
	score: number;
}

/** How much a page that matches every word at once gains, as a share of the whole query. */
export const ALL_WORDS_BONUS = 0.5;

/** Results scoring below this share of the best one are noise, not results. */
export const RELATIVE_CUTOFF = 0.3;

/** How much a word found on `matching` of `total` pages tells: a word on every page tells little, a word on one page much. */
export function wordWeight(matching: number, total: number): number {
	return Math.log(1 + total / Math.max(1, matching));
}

/**
 * Pages by the share of the query they answer, best first: 1 for a page that is the
 * best match of every word, plus up to `ALL_WORDS_BONUS` for matching them all at once
 * (`allWords`, Pagefind's own search for the whole query).
 */
export function scorePages(perWord: readonly (readonly Ranked[])[], allWords: readonly Ranked[], totalPages: number): Ranked[] {
	const scores = new Map<string, number>();
	const words = perWord.filter((results) => results.length > 0);
	const weights = words.map((results) => wordWeight(results.length, totalPages));
	const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
	words.forEach((results, index) => {
		const best = Math.max(...results.map((result) => result.score));
		for (const { id, score } of results) {
			const share = best > 0 ? score / best : 1;
			scores.set(id, (scores.get(id) ?? 0) + (weights[index] * share) / totalWeight);
		}
	});
	if (allWords.length > 0) {
		const best = Math.max(...allWords.map((result) => result.score));
		for (const { id, score } of allWords) {
			scores.set(id, (scores.get(id) ?? 0) + ALL_WORDS_BONUS * (best > 0 ? 0.5 + 0.5 * (score / best) : 1));
		}
	}
	return [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, score]) => ({ id, score }));
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

/** How far down a comparison or guide answer goes at most: a code, when one is the answer, stays first. */
const OTHER_POSITION = 1;
/** Comparisons and guide answers shown at most. */
const MAX_OTHERS = 2;

/**
 * The order results are shown in: codes the visitor typed, then codes by score, with
 * the best comparisons and guide answers after the first code (a code, when one is
 * the answer, stays first; they lead only when no code matches). Only strong other
 * results move up: the rest follow the codes.
 */
export function arrangeResults<T extends { score: number; type: string }>(pinned: readonly T[], ranked: readonly T[], limit: number): Arranged<T> {
	const codes = ranked.filter((hit) => hit.type === 'code');
	const others = ranked.filter((hit) => hit.type !== 'code');
	const bestCode = codes[0]?.score ?? 0;
	const strong = others.filter((hit) => hit.score >= bestCode * 0.6).slice(0, MAX_OTHERS);
	const rest = others.filter((hit) => !strong.includes(hit));
	const at = Math.min(Math.max(pinned.length, OTHER_POSITION), pinned.length + codes.length);
	const leading = [...pinned, ...codes];
	const ordered = [...leading.slice(0, at), ...strong, ...leading.slice(at), ...rest];
	return { count: ordered.length, shown: ordered.slice(0, limit) };
}
