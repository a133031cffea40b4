import { describe, expect, test } from 'vitest';
import { exactCode, identifierWords, mergeWordResults, planQuery, preferRegistered, queryWords, stripQualifiers } from './search-query';

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
	test('splits camel case, acronyms and snake case', () => {
		expect(identifierWords('StatusTooManyRequests')).toBe('status too many requests');
		expect(identifierWords('HTTP_NOT_FOUND')).toBe('http not found');
		expect(identifierWords('IMUsed')).toBe('im used');
	});
});

describe('queryWords', () => {
	test('lower-cases and splits on punctuation', () => {
		expect(queryWords("Cloudflare: origin-down, I'm")).toEqual(['cloudflare', 'origin', 'down', "i'm"]);
	});
});

describe('planQuery', () => {
	test('tries the query, then the bare constant, then its words', () => {
		expect(planQuery('Response::HTTP_TOO_MANY_REQUESTS', known)).toEqual({
			code: undefined,
			attempts: ['Response::HTTP_TOO_MANY_REQUESTS', 'HTTP_TOO_MANY_REQUESTS', 'http too many requests'],
			fallbackWords: ['http', 'too', 'many', 'requests'],
		});
	});

	test('marks an exact code and has no word fallback for one word', () => {
		expect(planQuery('429', known)).toEqual({ code: 429, attempts: ['429'], fallbackWords: [] });
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
			{ code: 420, score: 10, unofficial: true },
			{ code: 429, score: 8, unofficial: false },
		];
		expect(preferRegistered(hits).map((hit) => hit.code)).toEqual([429, 420]);
	});

	test('keeps a vendor code first when it matches far better, and keeps ties in order', () => {
		const hits = [
			{ code: 522, score: 30, unofficial: true },
			{ code: 504, score: 8, unofficial: false },
			{ code: 502, score: 8, unofficial: false },
		];
		expect(preferRegistered(hits).map((hit) => hit.code)).toEqual([522, 504, 502]);
	});
});
