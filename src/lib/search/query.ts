/**
 * The query layer between the search box and Pagefind. Pagefind matches every
 * word (AND), glues punctuation together (`Response::HTTP_NOT_FOUND` becomes one
 * word) and has no notion of status codes; these pure functions prepare what the
 * visitor typed so the right code page comes first.
 */

import { codeInIdentifier, MAX_PASTE_LENGTH, readPasted } from './pasted';
import { wordStatus } from './words';
import { correctWord, EMPTY_VOCABULARY, type Vocabulary } from './spelling';

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
 * mean", "cloudflare 522", "502 vs 504". Whoever types a code wants its page; a
 * number with a unit of time or size ("took 100 seconds", "a 500 MB upload") is no code.
 */
const THREE_DIGITS = /(?<![\p{L}\p{N}_])(\d{3})(?![\p{L}\p{N}_])(?!\s*(?:%|(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|b|bytes?|[kmgt]i?b|px)(?![\p{L}\p{N}_])))/giu;

export function mentionedCodes(query: string, knownCodes: ReadonlySet<number>): number[] {
	const numbers = [...query.matchAll(THREE_DIGITS)].map((match) => Number(match[1]));
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
 * error response from the api"), never searched. Words that name codes ("not",
 * "no", "too", "request", "after") are kept.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
	'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'to', 'of', 'in', 'on', 'at', 'for', 'from', 'by', 'with',
	'and', 'or', 'but', 'if', 'so', 'than', 'then', 'my', 'me', 'i', "i'm", 'it', 'its', "it's", 'this', 'that', 'what',
	'does', 'do', 'did', 'mean', 'means', 'meaning', 'why', 'how', 'which', 'should', 'can', 'could', 'would', 'will',
	'get', 'got', 'gets', 'getting', 'vs', 'versus', 'you', 'your', 'we', 'our', 'they', 'has', 'have', 'had', 'when',
	'there', 'am', 'as', 'into', 'about', 'please', 'while',
]);

/**
 * Words every page uses ("http status code", "error response"): searched only when
 * the query has nothing else, so that "error" alone still finds something.
 */
const WEAK_WORDS = new Set(['http', 'https', 'status', 'code', 'codes', 'response', 'error', 'errors', 'return', 'returns', 'returned']);

/**
 * The longest query searched in full. Real queries are a few words; a pasted log
 * line or exception is longer, and its identifying part comes first.
 */
export const MAX_QUERY_LENGTH = MAX_PASTE_LENGTH;

/** Words searched one by one at most: each costs a Pagefind lookup. */
export const MAX_KEYWORDS = 12;

/** Of a long paste's keywords, how many of the last are kept: an error message often ends with its reason ("…: It does not have HTTP ok status"). */
const KEPT_FROM_END = 4;

/** At most `max` of `words`: the first ones and the last `KEPT_FROM_END`. */
export function keepEnds(words: readonly string[], max: number): string[] {
	if (words.length <= max) return [...words];
	return [...words.slice(0, max - KEPT_FROM_END), ...words.slice(-KEPT_FROM_END)];
}

/** Phrases searched at most. */
export const MAX_PHRASES = 12;

/**
 * Two- and three-word runs of the keywords in the order typed (`undefined` in `sequence`
 * where an unknown word or a number breaks it), as Pagefind exact-phrase queries:
 * `user not logged in` → `"not logged"`, `token has expired` → `"token expired"`. Stop
 * words are left out: they are everywhere, and looking them up would fetch the largest
 * parts of the index.
 */
export function phrasesOf(sequence: readonly (string | undefined)[], keywords: ReadonlySet<string>): string[] {
	const words = sequence.filter((word) => word === undefined || keywords.has(word));
	const phrases: string[] = [];
	for (const length of [3, 2]) {
		for (let start = 0; start + length <= words.length; start++) {
			const run = words.slice(start, start + length);
			if (run.every((word) => word !== undefined)) phrases.push(`"${run.join(' ')}"`);
		}
	}
	return [...new Set(phrases)].slice(0, MAX_PHRASES);
}

/** How many words a query has at least and at most to be searched whole, as a message software prints. */
export const WHOLE_PHRASE_WORDS = { min: 4, max: 12 };

/**
 * The query as one exact phrase, stop words and all, when it is as long as a message
 * software prints: "Client sent an HTTP request to an HTTPS server." is a message on the
 * site word for word, which its keywords alone ("client sent request server") do not tell
 * from a dozen pages'.
 */
export function wholePhrase(text: string): string | undefined {
	const words = queryWords(text);
	return words.length >= WHOLE_PHRASE_WORDS.min && words.length <= WHOLE_PHRASE_WORDS.max ? `"${words.join(' ')}"` : undefined;
}

export interface QueryPlan {
	/** Set when the query is exactly an existing code (Enter opens it at once). */
	code?: number;
	/** Existing codes the query names or states, in order: their pages go first. */
	pinned: number[];
	/** Numbers stated as a status that no entry has (`HTTP/1.1 427`), or typed alone (`427`, `12029`). */
	missing: number[];
	/** Words the site knows, spelling corrected, searched one by one. */
	keywords: string[];
	/** For a keyword joined from a hyphenated word or qualified name: its parts' keywords, searched instead if it finds nothing. */
	fallbacks: Record<string, string[]>;
	/** Keywords that are spelling corrections of words the site does not use (`bake` → `bare`): guesses. */
	corrected: string[];
	/** Keywords the visitor wrote as identifiers (`ThrottleRequestsException`, `NO_CONTENT`, `HttpStatus.CONFLICT`): exact names, so they weigh more. */
	identifiers: string[];
	/** Keywords from the parts before the last of a qualified name (`django`, `core` in `django.core.exceptions.PermissionDenied`): where the name lives, which counts less than the name. */
	qualifiers: string[];
	/** Keywords code passes as the status (`status: :see_other`, `status=HttpStatus.CONFLICT`): they name the answer, whatever the call around them. */
	stated: string[];
	/** Two- and three-word runs of keywords, searched as exact phrases (`phrasesOf`). */
	phrases: string[];
	/** The query as one exact phrase, if it is as long as a message (`wholePhrase`). */
	whole?: string;
	/** Whether the words give anything to search: false for a query made mostly of words the site never uses. */
	answerable: boolean;
	/** The query's words after spelling correction, for telling vendor queries apart. */
	words: string[];
}

/**
 * A name passed as the status in code: Rails `status: :see_other`, `status=HttpStatus.CONFLICT`,
 * `StatusCode = …`, Express and Spring `.status(HttpStatus.CONFLICT)`.
 */
const STATUS_ARGUMENT = /\bstatus(?:_?code)?\s*(?:=>|[:=(])\s*:?([\p{L}_][\p{L}\p{N}_]*(?:(?:\.|::)[\p{L}_][\p{L}\p{N}_]*)*)/giu;

/**
 * The names `text` passes as a status, lower-cased as keywords are: a qualified one
 * both joined, as the index may hold it (`httpstatusconflict`), and by its last part (`conflict`).
 */
export function statedNames(text: string): string[] {
	return [...text.matchAll(STATUS_ARGUMENT)].flatMap((match) => {
		const parts = match[1].split(/\.|::/);
		return [...new Set([parts.join('').toLowerCase(), parts.at(-1)!.toLowerCase()])];
	});
}

/** An identifier rather than a word: `NO_CONTENT`, `StatusNotFound`, `HttpStatusCode`. */
function isIdentifier(token: string): boolean {
	return token.includes('_') || /[a-z][A-Z]|[A-Z]{2,}[a-z]/.test(token);
}

/**
 * Tokens of a text with their case. Hyphenated words and qualified names stay whole
 * (`Content-Type`, `HttpStatusCode.Redirect`, `Response::HTTP_NOT_FOUND`): Pagefind also
 * indexes them joined (`contenttype`, `httpstatuscoderedirect`), which is the most precise
 * thing to search when the site has them; otherwise their parts are searched.
 */
function tokensOf(text: string): string[] {
	// Calls in a chain stay in it: `ResponseEntity.noContent().build()`.
	return (text.match(/[\p{L}\p{N}_']+(?:\(\))?(?:(?:->|::|-|\.)[\p{L}\p{N}_']+(?:\(\))?)*/gu) ?? [])
		.map((token) => token.replace(/\(\)$/, '').replace(/^['_]+|['_]+$/g, ''))
		.filter(Boolean);
}

/** What joins the parts of a hyphenated word or qualified name; `->` before `-`, which would cut it. */
const SEPARATOR = /->|::|-|\./;

/** A part of a token, and whether it is a call in a chain (`noContent()` in `ResponseEntity.noContent().build()`). */
interface Part {
	text: string;
	call: boolean;
}

function partsWithCalls(token: string): Part[] {
	return token
		.split(SEPARATOR)
		.filter(Boolean)
		.map((part) => ({ text: part.replace(/\(\)$/, ''), call: part.endsWith('()') }))
		.filter((part) => part.text !== '');
}

/** The parts of a hyphenated word or qualified name: `HttpStatus.NO_CONTENT` → `HttpStatus`, `NO_CONTENT`. */
function partsOf(token: string): string[] {
	return partsWithCalls(token).map((part) => part.text);
}

/** `Content-Type` → `contenttype`, `HttpStatus.NO_CONTENT` → `httpstatusno_content`: as Pagefind indexes them joined. */
export function compound(token: string): string {
	return partsOf(token).join('').toLowerCase();
}

/** The words `planQuery` looks up in the vocabulary, so a caller can load just the part of it they need. */
export function vocabularyLookups(query: string): string[] {
	const { text } = readPasted(query.trim());
	const words = tokensOf(text).flatMap((token) => {
		const parts = partsOf(token);
		return [...(parts.length > 1 ? [compound(token)] : []), ...parts.flatMap((part) => [part.toLowerCase(), ...(isIdentifier(part) ? identifierWords(part).split(' ') : [])])];
	});
	// Words never looked up need no part of the vocabulary.
	return words.filter((word) => !STOP_WORDS.has(word) && !WEAK_WORDS.has(word) && /\p{L}/u.test(word) && word.length > 1);
}

/**
 * What to search for. `vocabulary` (the site's words, most used first) decides which
 * words are searched: known words as they are, misspelt ones corrected, and words the
 * site never uses not at all (Pagefind would match a meaningless prefix of them).
 */
export function planQuery(query: string, knownCodes: ReadonlySet<number>, vocabulary: Vocabulary = EMPTY_VOCABULARY): QueryPlan {
	const trimmed = query.trim();
	const { text, stated } = readPasted(trimmed);
	const tokens = tokensOf(text);
	const numbers = [...stated];
	// A number typed alone is meant as a status (`427`, `0`, `000`) or a code that looks like one (WinINet's
	// `12029`); one or two digits are the start of one (`4`, `42`): the codes that begin with them.
	if (/^(?:\d{3,5}|0+)$/.test(text)) numbers.push(Number(text));
	else if (/^[1-9]\d?$/.test(text)) numbers.push(...[...knownCodes].filter((code) => String(code).startsWith(text)).sort((a, b) => a - b));
	const keywords: string[] = [];
	const weak: string[] = [];
	const sequence: (string | undefined)[] = [];
	const identifiers: string[] = [];
	// GET in capitals is the method when the rest is not in capitals too ("WHY DO I GET A 403"), or a path follows it.
	const methodTyped = /\bGET\s+\//.test(trimmed) || /\p{Ll}/u.test(trimmed);
	const qualifiers: string[] = [];
	/** Keywords typed outside any qualifier as well: those keep their full weight. */
	const unqualified: string[] = [];
	const corrected: string[] = [];
	let known = 0;
	let unknown = 0;
	const addWord = (word: string, isLast: boolean) => {
		if (/^\d+$/.test(word)) {
			sequence.push(undefined);
			return;
		}
		if (STOP_WORDS.has(word) || WEAK_WORDS.has(word)) {
			if (WEAK_WORDS.has(word)) weak.push(word);
			sequence.push(word);
			return;
		}
		if (word.length === 1) {
			// A letter typed alone is the start of a word; anywhere else it means nothing.
			if (isLast && tokens.length === 1) keywords.push(word);
			sequence.push(undefined);
			return;
		}
		const status = wordStatus(word, vocabulary);
		if (status === 'known' || (status === 'prefix' && isLast)) {
			keywords.push(word);
			sequence.push(status === 'known' ? word : undefined);
			known += 1;
			return;
		}
		const correction = correctWord(word, vocabulary);
		if (correction !== word) {
			keywords.push(correction);
			sequence.push(correction);
			corrected.push(correction);
			known += 1;
		} else {
			sequence.push(undefined);
			if (word.length > 2) unknown += 1;
		}
	};
	/** `qualifier`: a part before the last of a qualified name (`HttpURLConnection` in `HttpURLConnection.HTTP_UNAUTHORIZED`), which says where the name is, not what. */
	const addToken = (token: string, isLast: boolean, qualifier = false) => {
		const inIdentifier = codeInIdentifier(token) ?? (isIdentifier(token) ? embeddedCode(token, knownCodes) : undefined);
		if (inIdentifier !== undefined) {
			numbers.push(inIdentifier);
			sequence.push(undefined);
			return;
		}
		const lower = token.toLowerCase();
		if (token === 'GET' && methodTyped) {
			// The method, as in Express's "Cannot GET /login", not the English word.
			keywords.push(lower);
			sequence.push(lower);
			known += 1;
			return;
		}
		const before = keywords.length;
		if (isIdentifier(token) && !vocabulary.known.has(lower)) {
			for (const word of identifierWords(token).split(' ')) addWord(word, false);
			sequence.push(undefined);
		} else {
			if (isIdentifier(token) && vocabulary.known.has(lower) && !qualifier) identifiers.push(lower);
			addWord(lower, isLast);
		}
		(qualifier ? qualifiers : unqualified).push(...keywords.slice(before));
	};
	const fallbacks: Record<string, string[]> = {};
	tokens.forEach((token, index) => {
		// The last word may still be being typed: it counts when it begins a word the site uses.
		const isLast = index === tokens.length - 1 && !/[\s\p{P}]$/u.test(trimmed);
		const parts = partsOf(token);
		const codes = parts.map((part) => codeInIdentifier(part) ?? (isIdentifier(part) ? embeddedCode(part, knownCodes) : undefined));
		if (parts.length > 1 && codes.every((code) => code === undefined) && vocabulary.known.has(compound(token))) {
			// Searched joined; should the index not have it so, its parts are searched instead.
			const before = { keywords: keywords.length, sequence: sequence.length, known, unknown };
			parts.forEach((part, at) => addToken(part, isLast && at === parts.length - 1));
			fallbacks[compound(token)] = keywords.splice(before.keywords);
			sequence.length = before.sequence;
			({ known, unknown } = before);
			// A qualified name in code (`HttpStatus.CONFLICT`, `Response::HTTP_NOT_FOUND`), not a product's name (`ASP.NET`, `Node.js`).
			if (/::|->|\(\)/.test(token) || (token.includes('.') && parts.some(isIdentifier))) identifiers.push(compound(token));
			addWord(compound(token), isLast);
			return;
		}
		// Parts before the last qualify it, except calls in a chain (`noContent()` in `ResponseEntity.noContent().build()`).
		const qualified = /->|::|\./.test(token);
		partsWithCalls(token).forEach(({ text: part, call }, at, all) => addToken(part, isLast && at === all.length - 1, qualified && at < all.length - 1 && !call));
	});
	// Three-digit numbers among the words: codes, or numbers the visitor may take for codes (`error 432`).
	for (const match of text.matchAll(THREE_DIGITS)) numbers.push(Number(match[1]));
	const ordered = [...new Set(numbers)];
	const pinned = ordered.filter((code) => knownCodes.has(code));
	const missing = ordered.filter((code) => !knownCodes.has(code));
	// Words every page uses are searched only when nothing else is, and never beside a number.
	const searched = keywords.length > 0 || ordered.length > 0 ? keywords : weak;
	const unique = keepEnds([...new Set(searched)], MAX_KEYWORDS);
	return {
		// One token that only states a code (`5o3`, `HTTP_429_TOO_MANY_REQUESTS`, `0x80190194`) opens it on Enter, as a number does.
		code: exactCode(trimmed, knownCodes) ?? (!/\s/.test(trimmed) && ordered.length === 1 && pinned.length === 1 ? pinned[0] : undefined),
		pinned,
		missing,
		keywords: unique,
		fallbacks: Object.fromEntries(Object.entries(fallbacks).filter(([joined]) => unique.includes(joined))),
		corrected: corrected.filter((word) => unique.includes(word)),
		identifiers: identifiers.filter((word) => unique.includes(word)),
		stated: [...new Set(statedNames(text))].filter((word) => unique.includes(word)),
		qualifiers: [...new Set(qualifiers)].filter((word) => unique.includes(word) && !identifiers.includes(word) && !unqualified.includes(word)),
		whole: wholePhrase(text),
		phrases: phrasesOf(sequence, new Set(unique)),
		answerable: unique.length > 0 && (unknown <= known || unknown < 2),
		words: [...new Set([...keywords, ...weak])],
	};
}

/** Words in vendor names that say nothing about the vendor ("Yandex Market Partner API"). */
const GENERIC_VENDOR_WORDS = new Set([
	'api', 'apis', 'http', 'server', 'servers', 'web', 'framework', 'client', 'proxy', 'proxies', 'some', 'informal',
	'and', 'the', 'logs', 'only', 'analytics', 'modules', 'partner', 'market', 'application', 'load', 'balancer',
	'balancing', 'elastic', 'obsolete', 'older', 'deprecated', 'served', 'via',
]);

/** How much an unofficial page's score counts against a registered one's. */
export const UNOFFICIAL_WEIGHT = 0.5;

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
