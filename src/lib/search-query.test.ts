import { describe, expect, test } from 'vitest';
import { createVocabulary } from './spelling';
import { embeddedCode, exactCode, identifierWords, MAX_QUERY_LENGTH, mergeWordResults, planQuery, preferRegistered, queryWords, stripQualifiers } from './search-query';

const known = new Set([404, 429]);

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

describe('queryWords', () => {
	test('lower-cases and splits on punctuation', () => {
		expect(queryWords("Cloudflare: origin-down, I'm")).toEqual(['cloudflare', 'origin', 'down', "i'm"]);
	});
});

describe('planQuery', () => {
	test('tries a constant the site indexes as is, then its words', () => {
		expect(planQuery('Response::HTTP_TOO_MANY_REQUESTS', known, createVocabulary(['http_too_many_requests', 'many', 'requests']))).toEqual({
			code: undefined,
			attempts: ['Response::HTTP_TOO_MANY_REQUESTS', 'HTTP_TOO_MANY_REQUESTS', 'too many requests'],
			fallbackWords: ['too', 'many', 'requests'],
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
		expect(plan.fallbackWords).toEqual(['to', 'many', 'requests']);
	});

	test('leaves a query of known words as it is', () => {
		expect(planQuery('many requests', known, createVocabulary(['many', 'requests'])).attempts).toEqual(['many requests']);
	});

	test('searches only the first MAX_QUERY_LENGTH characters of a very long query', () => {
		const plan = planQuery('zqxj '.repeat(2_000), known, createVocabulary(['many', 'requests']));
		expect(plan.attempts).toEqual(['zqxj '.repeat(MAX_QUERY_LENGTH / 5).trim()]);
		expect(plan.fallbackWords).toHaveLength(MAX_QUERY_LENGTH / 5);
	});

	test('marks an exact code and has no word fallback for one word', () => {
		expect(planQuery('429', known)).toEqual({ code: 429, attempts: ['429'], fallbackWords: [], words: ['429'] });
	});
});

describe('mergeWordResults', () => {
	test('ranks pages matched by more words first, then by score', () => {
		expect(
			mergeWordResults([
				[{ id: 'a', score: 5 }, { id: 'b', score: 1 }],
				[{ id: 'b', score: 1 }, { id: 'c', score: 9 }],
			]).map((result) => result.id),
		).toEqual(['b', 'c', 'a']);
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
