/**
 * The query layer between the search box and Pagefind. Pagefind matches every
 * word (AND), glues punctuation together (`Response::HTTP_NOT_FOUND` becomes one
 * word) and has no notion of status codes; these pure functions prepare what the
 * visitor typed so the right code page comes first.
 */

import { correctQuery, EMPTY_VOCABULARY, type Vocabulary } from './spelling';

/** A three-digit number the visitor typed on its own, e.g. `429` or ` 429 `. */
export function exactCode(query: string, knownCodes: ReadonlySet<number>): number | undefined {
	const match = query.trim().match(/^(?:http\s*)?(\d{3})$/i);
	if (!match) return undefined;
	const code = Number(match[1]);
	return knownCodes.has(code) ? code : undefined;
}

/**
 * Reduces framework-qualified constants to their last part, which is what pages
 * index: `Response::HTTP_NOT_FOUND` → `HTTP_NOT_FOUND`, `HttpStatus.NOT_FOUND` →
 * `NOT_FOUND`, `http.StatusNotFound` → `StatusNotFound`, `:not_found` → `not_found`.
 */
export function stripQualifiers(query: string): string {
	return query
		.split(/\s+/)
		.map((word) => word.replace(/^.*(?:::|\.|->)(?=[A-Za-z_])/, '').replace(/^:(?=[a-z_])/, ''))
		.join(' ')
		.trim();
}

/** Prefixes frameworks put before the name itself (Go `Status…`, Servlet `SC_…`, Symfony `HTTP_…`). */
const CONSTANT_PREFIXES = new Set(['status', 'sc', 'http']);

/**
 * Splits a constant into the words of the name it stands for:
 * `StatusTooManyRequests` → `too many requests`, `SC_FORBIDDEN` → `forbidden`.
 */
export function identifierWords(identifier: string): string {
	const words = identifier
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
		.replace(/_+/g, ' ')
		.toLowerCase()
		.trim()
		.split(/\s+/);
	while (words.length > 1 && CONSTANT_PREFIXES.has(words[0])) words.shift();
	return words.join(' ');
}

/** A known code written inside a constant, as in Django REST framework's `HTTP_201_CREATED`. */
export function embeddedCode(identifier: string, knownCodes: ReadonlySet<number>): number | undefined {
	const match = identifier.match(/(?:^|_)(\d{3})(?:_|$)/);
	const code = match ? Number(match[1]) : undefined;
	return code !== undefined && knownCodes.has(code) ? code : undefined;
}

/**
 * Known codes written as numbers among other words, in order: "what does 307
 * mean", "cloudflare 522", "502 vs 504". Whoever types a code wants its page.
 */
export function mentionedCodes(query: string, knownCodes: ReadonlySet<number>): number[] {
	const numbers = [...query.matchAll(/(?<![\p{L}\p{N}_])(\d{3})(?![\p{L}\p{N}_])/gu)].map((match) => Number(match[1]));
	return [...new Set(numbers.filter((code) => knownCodes.has(code)))];
}

/** Lower-cased words of a query, without punctuation Pagefind would glue on. */
export function queryWords(query: string): string[] {
	return query
		.toLowerCase()
		.split(/[^\p{L}\p{N}_']+/u)
		.map((word) => word.replace(/^'+|'+$/g, ''))
		.filter(Boolean);
}

/**
 * Words that carry no meaning for finding a code ("what does 307 mean", "got an
 * error response from the api"), left out of word-by-word matching. Words that
 * name codes ("not", "no", "too", "request", "after") are kept.
 */
const STOP_WORDS = new Set([
	'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'to', 'of', 'in', 'on', 'at', 'for', 'from', 'by', 'with',
	'and', 'or', 'but', 'if', 'so', 'than', 'then', 'my', 'me', 'i', "i'm", 'it', 'its', "it's", 'this', 'that', 'what',
	'does', 'do', 'did', 'mean', 'means', 'meaning', 'why', 'how', 'which', 'should', 'can', 'could', 'would', 'will',
	'get', 'got', 'gets', 'getting', 'http', 'https', 'status', 'code', 'response', 'error', 'vs', 'versus', 'you',
	'your', 'we', 'our', 'they', 'has', 'have', 'had', 'when', 'there',
]);

/**
 * Only this much of a query is searched. Real queries are a few words; every
 * extra word costs a spelling pass and, when nothing matches, a Pagefind lookup,
 * so a pasted page of text would otherwise freeze the search.
 */
export const MAX_QUERY_LENGTH = 100;

export interface QueryPlan {
	/** Set when the query is exactly an existing code (Enter opens it at once). */
	code?: number;
	/** Existing codes the query names, in order: their pages go first. */
	pinned: number[];
	/** Queries to try in order until one finds something. */
	attempts: string[];
	/** Words that mean something, matched one by one when the query has several. */
	keywords: string[];
	/** The query's words after spelling correction. */
	words: string[];
}

function parseQuery(query: string) {
	const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH).trim();
	const stripped = stripQualifiers(trimmed);
	const isConstant = !/\s/.test(stripped) && /[_A-Z]/.test(stripped.slice(1));
	const nameWords = isConstant ? identifierWords(stripped) : stripped;
	return { trimmed, stripped, isConstant, nameWords };
}

/** The words `planQuery` looks up in the vocabulary, so a caller can load just the part of it they need. */
export function vocabularyLookups(query: string): string[] {
	const { stripped, isConstant, nameWords } = parseQuery(query);
	return [...queryWords(nameWords), ...(isConstant ? [stripped.toLowerCase()] : [])];
}

/**
 * What to search for, in order. `vocabulary` (the site's words, most used first)
 * enables spelling correction: a query with a word the site never uses is first
 * tried corrected, because Pagefind would otherwise match a wrong prefix of it.
 */
export function planQuery(query: string, knownCodes: ReadonlySet<number>, vocabulary: Vocabulary = EMPTY_VOCABULARY): QueryPlan {
	const { trimmed, stripped, isConstant, nameWords } = parseQuery(query);
	// A constant the site indexes is searched bare, then qualified (Pagefind does not index every qualified
	// form whole: `http.StatusGatewayTimeout` would be searched as its prefix `http`); any other is searched
	// by the words of its name, because Pagefind would match an unknown identifier by a meaningless prefix
	// (`SC_FORBIDDEN` as `sc`).
	const attempts = !isConstant
		? [trimmed, stripped]
		: vocabulary.known.has(stripped.toLowerCase())
			? [stripped, trimmed, nameWords]
			: [nameWords, trimmed];
	const words = queryWords(nameWords);
	const corrected = correctQuery(words, vocabulary);
	if (corrected !== words.join(' ')) attempts.unshift(corrected);
	const correctedWords = queryWords(corrected);
	const code = exactCode(trimmed, knownCodes) ?? (isConstant ? embeddedCode(stripped, knownCodes) : undefined);
	return {
		code,
		pinned: code !== undefined ? [code] : mentionedCodes(trimmed, knownCodes),
		attempts: [...new Set(attempts.filter(Boolean))],
		keywords: correctedWords.length > 1 ? correctedWords.filter((word) => !STOP_WORDS.has(word)) : [],
		words: correctedWords,
	};
}

export interface Ranked {
	id: string;
	score: number;
}

/** How many words' worth a page gains by matching the whole query, on top of its per-word scores. */
const ALL_WORDS_WEIGHT = 3;

/**
 * Ranks pages for a query of several words by how well they match each word:
 * every word adds the page's score for it, scaled to that word's best page, so
 * a rare word weighs as much as a common one, and a page that matches most
 * words strongly (in its name or aliases) can beat one that mentions every
 * word once in passing. Pages that matched the whole query (`allWords`) gain
 * one to two words' worth more, by how well they matched it.
 */
export function combineWordResults(allWords: Ranked[], perWord: Ranked[][]): Ranked[] {
	const combined = new Map<string, number>();
	const add = (results: Ranked[]) => {
		const best = Math.max(...results.map((result) => result.score));
		for (const { id, score } of results) combined.set(id, (combined.get(id) ?? 0) + (best > 0 ? score / best : 0));
	};
	perWord.filter((results) => results.length > 0).forEach(add);
	const bestAll = Math.max(...allWords.map((result) => result.score));
	for (const { id, score } of allWords) combined.set(id, (combined.get(id) ?? 0) + ALL_WORDS_WEIGHT * (bestAll > 0 ? 0.5 + 0.5 * (score / bestAll) : 1));
	return [...combined.entries()].sort((a, b) => b[1] - a[1]).map(([id, score]) => ({ id, score }));
}

/** Words in vendor names that say nothing about the vendor ("Yandex Market Partner API"). */
const GENERIC_VENDOR_WORDS = new Set([
	'api', 'apis', 'http', 'server', 'servers', 'web', 'framework', 'client', 'proxy', 'proxies', 'some', 'informal',
	'and', 'the', 'logs', 'only', 'analytics', 'modules', 'partner', 'market', 'application', 'load', 'balancer',
	'balancing', 'elastic', 'obsolete', 'older', 'deprecated', 'served', 'via',
]);

/** How much an unofficial page's score counts against a registered one's. */
export const UNOFFICIAL_WEIGHT = 0.6;

/**
 * Puts registered codes ahead of vendor codes that match about as well: most
 * visitors want the standard code. A query that names the vendor ("nginx no
 * response") keeps the vendor page at full weight. Stable, so equal scores keep
 * Pagefind's order.
 */
export function preferRegistered<T extends { score: number; unofficial: boolean; vendors: string }>(
	hits: readonly T[],
	words: readonly string[],
): T[] {
	const namesVendor = (hit: T) => {
		const vendorWords = queryWords(hit.vendors).filter((word) => !GENERIC_VENDOR_WORDS.has(word));
		return words.some((word) => word.length > 2 && vendorWords.includes(word));
	};
	const weighted = hits.map((hit, index) => ({
		hit,
		index,
		weight: hit.score * (hit.unofficial && !namesVendor(hit) ? UNOFFICIAL_WEIGHT : 1),
	}));
	return weighted.sort((a, b) => b.weight - a.weight || a.index - b.index).map(({ hit }) => hit);
}
