/**
 * Ranking pages for a query of several words from Pagefind's results for each word,
 * for all of them at once and for the query's phrases. Pagefind's score for a word
 * already says how rare the word is on the site and where the page has it (its name
 * and search terms count far more than its prose: `weights.ts`), so a page's scores
 * for the words are added up; pages that hold every word, or the words in the order
 * typed, or close together in any order, gain on top. Scores are then relative to the best page, so a weak match can
 * be told from a real one and left out.
 */

export interface Ranked {
	id: string;
	score: number;
	/** Where on the page the word was found (Pagefind's word positions), when known. */
	words?: readonly number[];
}

export interface PhraseResults {
	/** How many of the query's words the phrase holds: its keywords, or for a whole message every word of it. */
	keywords: number;
	results: readonly Ranked[];
}

/** How much Pagefind's score for the whole query (every word on the page) counts beside the words' own scores. */
export const ALL_WORDS_WEIGHT = 1;

/** What a phrase found on a page is worth, per keyword it holds, in units of the average word's best score. */
export const PHRASE_WEIGHT = 0.5;

/** What each keyword beyond the first found close together on a page is worth, in units of the average word's best score. */
export const NEAR_WEIGHT = 0.5;

/** How far apart, in words, keywords may be and still count as said together: "missing api key" for "api key is missing". */
export const NEAR_SPAN = 3;

/**
 * The most keywords found within `NEAR_SPAN` words of each other on a page, in any order;
 * `positions` holds each keyword's positions there (Pagefind's `words`). Each search term is
 * indexed as a short paragraph of its own, so keywords close together are most often one
 * term that says what the query says ("api key is missing" and "missing api key"), where
 * a phrase search would need the order typed.
 */
export function nearestKeywords(positions: readonly (readonly number[])[]): number {
	const marks = positions.flatMap((list, keyword) => list.map((at) => ({ at, keyword }))).sort((a, b) => a.at - b.at);
	const inWindow = new Map<number, number>();
	let best = 0;
	let start = 0;
	for (const mark of marks) {
		inWindow.set(mark.keyword, (inWindow.get(mark.keyword) ?? 0) + 1);
		while (mark.at - marks[start].at > NEAR_SPAN) {
			const left = marks[start++].keyword;
			const count = inWindow.get(left)! - 1;
			if (count === 0) inWindow.delete(left);
			else inWindow.set(left, count);
		}
		best = Math.max(best, inWindow.size);
	}
	return best;
}

/**
 * What a page whose name the query holds in full gains, in units of the average word's
 * best score (less for part of its name: `shareOfName`). Pagefind weighs a word by its rarity
 * over all text, so a word every page uses ("request", "server") counts for nothing even
 * in a name: "request time-out" would not tell 408 Request Timeout from 504 Gateway Timeout.
 */
export const NAME_WEIGHT = 1.5;

/** How much more a keyword written as an identifier (`ThrottleRequestsException`) counts than a word. */
export const IDENTIFIER_WEIGHT = 2;

/** How much more again an identifier counts when the code passes it as the status (`status: :see_other`). */
export const STATED_WEIGHT = 2;

/** How much a qualifier's word counts (`core` in `django.core.exceptions.PermissionDenied`): context for the name after it. */
export const QUALIFIER_WEIGHT = 0.5;

/** Results scoring below this share of the best one are noise, not results. */
export const RELATIVE_CUTOFF = 0.25;

/**
 * Pages best first, each with its share of the best page's score (1 for the best).
 * `perWord`: Pagefind's results for each keyword; `allWords`: for all of them at once;
 * `phrases`: for each exact phrase; `nameShare`: the share of a page's name the query holds (`shareOfName`);
 * `nearness`: each keyword's results with their positions, for `nearestKeywords` (empty: nearness not counted).
 */
export function scorePages(
	perWord: readonly (readonly Ranked[])[],
	allWords: readonly Ranked[],
	phrases: readonly PhraseResults[] = [],
	nameShare: (id: string) => number = () => 0,
	nearness: readonly (readonly Ranked[])[] = [],
): Ranked[] {
	const scores = new Map<string, number>();
	const add = (id: string, score: number) => scores.set(id, (scores.get(id) ?? 0) + score);
	const bests = perWord.filter((results) => results.length > 0).map((results) => Math.max(...results.map((result) => result.score)));
	for (const results of perWord) for (const { id, score } of results) add(id, score);
	for (const { id, score } of allWords) add(id, ALL_WORDS_WEIGHT * score);
	const unit = bests.length > 0 ? bests.reduce((sum, best) => sum + best, 0) / bests.length : 0;
	for (const phrase of phrases) for (const { id } of phrase.results) if (scores.has(id)) add(id, PHRASE_WEIGHT * phrase.keywords * unit);
	for (const id of scores.keys()) add(id, NAME_WEIGHT * nameShare(id) * unit);
	if (nearness.length > 1) {
		const positions = new Map<string, number[][]>();
		nearness.forEach((results, keyword) => {
			// Faint matches are words that only resemble the keyword: where they are says nothing.
			for (const { id, score, words } of results) {
				if (!words || score < MIN_WORD_SCORE || !scores.has(id)) continue;
				if (!positions.has(id)) positions.set(id, nearness.map(() => []));
				positions.get(id)![keyword].push(...words);
			}
		});
		for (const [id, lists] of positions) add(id, NEAR_WEIGHT * Math.max(0, nearestKeywords(lists) - 1) * unit);
	}
	const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const top = ranked[0]?.[1] ?? 0;
	return ranked.map(([id, score]) => ({ id, score: top > 0 ? score / top : 0 }));
}

/**
 * What a word scores at least on a page that has it in its name, search terms or summary;
 * a word found only in prose scores under 10 even when few pages use it.
 */
export const TERM_MATCH_SCORE = 15;

/**
 * What a word scores at least where the page really has it: Pagefind also returns, with a
 * score near 0, pages that only have longer words beginning with it or words like it.
 */
export const MIN_WORD_SCORE = 1;

/**
 * Whether a query's words, each with the pages it finds, answer it: one of them names what
 * some page is about (`TERM_MATCH_SCORE`), or some page holds two of them. Words found
 * only here and there in prose, never together ("my cat likes tuna": one page's prose
 * says "likes", another's "tune"), or barely (`MIN_WORD_SCORE`), are chance matches, not an answer; so are words that
 * are all spelling guesses (`guessed`, by keyword: "bake sourdough bread" searched as
 * "bare", "break") found only in prose. Otherwise a single word is searched as typed.
 */
export function wordsAnswer(perKeyword: readonly (readonly Ranked[])[], guessed: readonly boolean[] = []): boolean {
	const found = perKeyword.map((results, index) => ({ results, guess: guessed[index] ?? false })).filter(({ results }) => results.length > 0);
	if (found.some(({ results }) => results.some((result) => result.score >= TERM_MATCH_SCORE))) return true;
	if (found.length > 0 && found.every(({ guess }) => guess)) return false;
	if (found.length < 2) return true;
	const seen = new Set<string>();
	for (const { results } of found) {
		const ids = new Set(results.filter((result) => result.score >= MIN_WORD_SCORE).map((result) => result.id));
		for (const id of ids) if (seen.has(id)) return true;
		for (const id of ids) seen.add(id);
	}
	return false;
}

/**
 * Codes the query names, those its words describe best first: "401 or 403 when the user
 * lacks the role" asks which of the two, and the words answer it. Typed order on a tie,
 * as when nothing but the numbers was typed ("502 vs 504").
 */
export function orderNamed<T extends { id: string }>(named: readonly T[], ranked: readonly Ranked[]): T[] {
	const scores = new Map(ranked.map(({ id, score }) => [id, score]));
	return [...named].sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0));
}

/**
 * The results worth showing: those within `RELATIVE_CUTOFF` of the best, or for a
 * comparison or guide answer half that, since their pages name no code in their titles
 * and score lower for the same words.
 */
export function withoutWeakResults<T extends { score: number; type?: string }>(ranked: readonly T[]): T[] {
	const best = Math.max(0, ...ranked.map((result) => result.score));
	return ranked.filter((result) => result.score >= best * RELATIVE_CUTOFF * (result.type === undefined || result.type === 'code' ? 1 : 0.5));
}

export interface Arranged<T> {
	/** How many results the query has. */
	count: number;
	/** The first `limit` of them, in the order shown. */
	shown: T[];
}

/** Where comparisons and guide answers go at the earliest: after the first code, which stays first when a code is the answer. */
const OTHER_POSITION = 1;
/** Where the others that are shown go: after the third code. */
const LATER_POSITION = 3;
/** Comparisons and guide answers shown at most. */
const MAX_OTHERS = 2;
/** How close to the best code a comparison or guide answer must score to come right after it. */
const OTHER_MIN_SHARE = 0.6;

/**
 * The order results are shown in: codes the visitor typed, then codes by score. The best
 * comparison and the best guide answer (at most `MAX_OTHERS`) are always among those
 * shown: right after the first code when they score close to it, after the third
 * otherwise; they lead only when no code matches. The rest follow the codes.
 */
export function arrangeResults<T extends { score: number; type: string }>(pinned: readonly T[], ranked: readonly T[], limit: number): Arranged<T> {
	const codes = ranked.filter((hit) => hit.type === 'code');
	const others = ranked.filter((hit) => hit.type !== 'code');
	const bestCode = codes[0]?.score ?? 0;
	const firstOfType = others.filter((hit, index) => others.findIndex((other) => other.type === hit.type) === index).slice(0, MAX_OTHERS);
	const strong = firstOfType.filter((hit) => hit.score >= bestCode * OTHER_MIN_SHARE);
	const later = firstOfType.filter((hit) => !strong.includes(hit));
	const rest = others.filter((hit) => !firstOfType.includes(hit));
	const leading = [...pinned, ...codes];
	const first = Math.min(Math.max(pinned.length, OTHER_POSITION), leading.length);
	const second = Math.max(first, Math.min(pinned.length + LATER_POSITION, leading.length));
	const ordered = [...leading.slice(0, first), ...strong, ...leading.slice(first, second), ...later, ...leading.slice(second), ...rest];
	return { count: ordered.length, shown: ordered.slice(0, limit) };
}

/**
 * How much of `name` the query's `words` hold: the share of its words (stop words and
 * numbers left out) among them, compared by `stem`, a word typed as the start of a longer
 * one counting, squared. A name is told apart by all its words together, and the one a
 * query lacks is often the one that matters: "not allowed" is not about 405 Method Not
 * Allowed, "permanently" as much about 308 and 410 as about 301 Moved Permanently.
 * `request`, `time` hold all of `408 Request Timeout` (1) and half of `504 Gateway Timeout` (0.25).
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
	return (held.length / nameWords.length) ** 2;
}
