import { describe, expect, test } from 'vitest';
import { createVocabulary } from './spelling';
import { combineWordResults, embeddedCode, exactCode, identifierWords, MAX_QUERY_LENGTH, mentionedCodes, planQuery, preferRegistered, queryWords, stripQualifiers } from './search-query';

const known = new Set([403, 404, 410, 429]);

describe('exactCode', () => {
	test('recognises a known code typed alone or after "http"', () => {
		expect(exactCode(' 429 ', known)).toBe(429);
		expect(exactCode('HTTP 404', known)).toBe(404);
	});

	test('ignores unknown numbers and longer queries', () => {
		expect(exactCode('430', known)).toBeUndefined();
		expect(exactCode('429 retry', known)).toBeUndefined();
	});
});

describe('stripQualifiers', () => {
	test('keeps the last part of qualified constants', () => {
		expect(stripQualifiers('Response::HTTP_NOT_FOUND')).toBe('HTTP_NOT_FOUND');
		expect(stripQualifiers('HttpStatus.NOT_FOUND')).toBe('NOT_FOUND');
		expect(stripQualifiers('http::StatusCode::TOO_MANY_REQUESTS')).toBe('TOO_MANY_REQUESTS');
		expect(stripQualifiers('http.StatusTooManyRequests')).toBe('StatusTooManyRequests');
		expect(stripQualifiers(':not_found')).toBe('not_found');
	});

	test('leaves plain words and numbers alone', () => {
		expect(stripQualifiers('rate limit 1.1')).toBe('rate limit 1.1');
	});
});

describe('identifierWords', () => {
	test('splits camel case, acronyms and snake case and drops framework prefixes', () => {
		expect(identifierWords('StatusTooManyRequests')).toBe('too many requests');
		expect(identifierWords('HTTP_NOT_FOUND')).toBe('not found');
		expect(identifierWords('SC_FORBIDDEN')).toBe('forbidden');
		expect(identifierWords('IMUsed')).toBe('im used');
	});

	test('keeps a prefix word when it is the whole name', () => {
		expect(identifierWords('Status')).toBe('status');
	});
});

describe('embeddedCode', () => {
	test('finds a known code inside a constant', () => {
		expect(embeddedCode('HTTP_429_TOO_MANY_REQUESTS', known)).toBe(429);
		expect(embeddedCode('HTTP_418_IM_A_TEAPOT', known)).toBeUndefined();
		expect(embeddedCode('HTTP_4290', known)).toBeUndefined();
	});
});

describe('mentionedCodes', () => {
	test('finds known codes among other words, in the order typed', () => {
		expect(mentionedCodes('what does 429 mean', known)).toEqual([429]);
		expect(mentionedCodes('404 vs 403 vs 404', known)).toEqual([404, 403]);
	});

	test('ignores unknown numbers and digits that are part of a longer number or word', () => {
		expect(mentionedCodes('error 999 after 4290 ms on v404 or http2', known)).toEqual([]);
	});
});

describe('queryWords', () => {
	test('lower-cases and splits on punctuation', () => {
		expect(queryWords("Cloudflare: origin-down, I'm")).toEqual(['cloudflare', 'origin', 'down', "i'm"]);
	});
});

describe('planQuery', () => {
	test('tries a constant the site indexes bare, then qualified, then its words', () => {
		expect(planQuery('Response::HTTP_TOO_MANY_REQUESTS', known, createVocabulary(['http_too_many_requests', 'many', 'requests']))).toEqual({
			code: undefined,
			pinned: [],
			attempts: ['HTTP_TOO_MANY_REQUESTS', 'Response::HTTP_TOO_MANY_REQUESTS', 'too many requests'],
			keywords: ['too', 'many', 'requests'],
			words: ['too', 'many', 'requests'],
		});
	});

	test('searches a constant the site does not index by the words of its name first', () => {
		expect(planQuery('SC_FORBIDDEN', known, createVocabulary(['forbidden'])).attempts).toEqual(['forbidden', 'SC_FORBIDDEN']);
	});

	test('marks a code written inside a constant', () => {
		expect(planQuery('status.HTTP_429_TOO_MANY_REQUESTS', known).code).toBe(429);
	});

	test('tries the spelling-corrected query first when a word is unknown', () => {
		const plan = planQuery('to many reqests', known, createVocabulary(['many', 'requests', 'timeout']));
		expect(plan.attempts).toEqual(['to many requests', 'to many reqests']);
		expect(plan.keywords).toEqual(['many', 'requests']);
	});

	test('leaves a query of known words as it is', () => {
		expect(planQuery('many requests', known, createVocabulary(['many', 'requests'])).attempts).toEqual(['many requests']);
	});

	test('searches only the first MAX_QUERY_LENGTH characters of a very long query', () => {
		const plan = planQuery('zqxj '.repeat(2_000), known, createVocabulary(['many', 'requests']));
		expect(plan.attempts).toEqual(['zqxj '.repeat(MAX_QUERY_LENGTH / 5).trim()]);
		expect(plan.keywords).toHaveLength(MAX_QUERY_LENGTH / 5);
	});

	test('leaves words that carry no meaning out of the keywords', () => {
		expect(planQuery('what does the error mean for my upload', known).keywords).toEqual(['upload']);
		expect(planQuery('not allowed too many', known).keywords).toEqual(['not', 'allowed', 'too', 'many']);
	});

	test('marks an exact code and has no keywords for one word', () => {
		expect(planQuery('429', known)).toEqual({ code: 429, pinned: [429], attempts: ['429'], keywords: [], words: ['429'] });
	});

	test('pins a code named among other words without opening it on Enter', () => {
		const plan = planQuery('got a 410 from the api', known);
		expect(plan.code).toBeUndefined();
		expect(plan.pinned).toEqual([410]);
	});
});

describe('combineWordResults', () => {
	test('lets a page that matches most words strongly beat one that matches every word weakly', () => {
		const allWords = [{ id: 'weak', score: 1 }];
		const perWord = [
			[{ id: 'strong', score: 10 }, { id: 'weak', score: 1 }],
			[{ id: 'strong', score: 8 }, { id: 'weak', score: 1 }],
			[{ id: 'strong', score: 6 }, { id: 'weak', score: 1 }],
			[{ id: 'strong', score: 9 }, { id: 'weak', score: 1 }],
			[{ id: 'other', score: 5 }, { id: 'weak', score: 1 }],
		];
		expect(combineWordResults(allWords, perWord).map((result) => result.id)).toEqual(['strong', 'weak', 'other']);
	});

	test('weighs each word by its own best page, so a rare word counts as much as a common one', () => {
		const perWord = [
			[{ id: 'common', score: 100 }, { id: 'rare', score: 50 }],
			[{ id: 'rare', score: 2 }],
		];
		expect(combineWordResults([], perWord).map((result) => result.id)).toEqual(['rare', 'common']);
	});

	test('keeps the order of whole-query matches when no word adds anything', () => {
		expect(combineWordResults([{ id: 'a', score: 3 }, { id: 'b', score: 1 }], [[], []]).map((result) => result.id)).toEqual(['a', 'b']);
	});
});

describe('preferRegistered', () => {
	test('lets a registered code overtake a vendor code that scores a little higher', () => {
		const hits = [
			{ code: 420, score: 10, unofficial: true, vendors: 'Twitter' },
			{ code: 429, score: 8, unofficial: false, vendors: '' },
		];
		expect(preferRegistered(hits, ['rate', 'limit']).map((hit) => hit.code)).toEqual([429, 420]);
	});

	test('does not count generic words in vendor names as naming the vendor', () => {
		const hits = [
			{ code: 420, score: 10, unofficial: true, vendors: 'Twitter, Yandex Market Partner API' },
			{ code: 429, score: 8, unofficial: false, vendors: '' },
		];
		expect(preferRegistered(hits, ['rate', 'limited', 'by', 'api']).map((hit) => hit.code)).toEqual([429, 420]);
	});

	test('keeps a vendor code at full weight when the query names its vendor', () => {
		const hits = [
			{ code: 444, score: 10, unofficial: true, vendors: 'nginx' },
			{ code: 413, score: 8, unofficial: false, vendors: '' },
		];
		expect(preferRegistered(hits, ['nginx', 'no', 'response']).map((hit) => hit.code)).toEqual([444, 413]);
	});

	test('keeps a vendor code first when it matches far better, and keeps ties in order', () => {
		const hits = [
			{ code: 522, score: 30, unofficial: true, vendors: 'Cloudflare' },
			{ code: 504, score: 8, unofficial: false, vendors: '' },
			{ code: 502, score: 8, unofficial: false, vendors: '' },
		];
		expect(preferRegistered(hits, ['timed', 'out']).map((hit) => hit.code)).toEqual([522, 504, 502]);
	});
});
