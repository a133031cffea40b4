import { describe, expect, test } from 'vitest';
import { createVocabulary } from './spelling';
import { allShardKeys, buildVocabulary, isVocabularyWord, misspelledNames, shardOf, textsOf, vocabularyShards } from './vocabulary';

describe('buildVocabulary', () => {
	test('lists each word once, most frequent first, without single letters or numbers', () => {
		expect(buildVocabulary(['Too Many Requests', 'too many retries: 429', 'Retry a request later'])).toEqual(['many', 'too', 'later', 'request', 'requests', 'retries', 'retry']);
	});

	test('adds hyphenated words and qualified names joined, as Pagefind indexes them', () => {
		expect(buildVocabulary(['Content-Type', 'HttpStatus.NO_CONTENT', 'Response::HTTP_OK'])).toEqual(
			expect.arrayContaining(['content', 'type', 'contenttype', 'httpstatusno_content', 'no_content', 'responsehttp_ok']),
		);
	});
});

describe('isVocabularyWord', () => {
	test('accepts words of two characters or more with a letter', () => {
		expect(isVocabularyWord('gone')).toBe(true);
		expect(isVocabularyWord('ok')).toBe(true);
		expect(isVocabularyWord('http2')).toBe(true);
		expect(isVocabularyWord('a')).toBe(false);
		expect(isVocabularyWord('429')).toBe(false);
	});
});

describe('allShardKeys', () => {
	test('lists every shard a word can be in', () => {
		const keys = new Set(allShardKeys());
		for (const word of ['request', 'x509', 'réponse', 'éteint', '_private', 'ok']) expect(keys.has(shardOf(word)), word).toBe(true);
	});
});

describe('textsOf', () => {
	test('collects every string of nested front matter, links left out', () => {
		expect(textsOf({ name: 'Gone', vendors: [{ vendor: 'nginx', docs: 'https://nginx.org/x', meaning: 'Closed' }], code: 410 })).toEqual(['Gone', 'nginx', 'Closed']);
	});
});

describe('vocabularyShards', () => {
	test('groups words by their first two letters, keeping their order, and puts other first characters in one shard', () => {
		const shards = vocabularyShards(['request', 'retry', 'gone', 'réponse', 'éteint', 'range', 'x509', 'ok']);
		expect(Object.fromEntries(shards)).toEqual({ re: ['request', 'retry'], r: ['réponse'], go: ['gone'], _: ['éteint'], ra: ['range'], x5: ['x509'], ok: ['ok'] });
	});

	test('every word is in the shard its own key names', () => {
		for (const [key, words] of vocabularyShards(['alpha', 'beta', 'ñandu', '_private'])) for (const word of words) expect(shardOf(word)).toBe(key);
	});
});

describe('misspelledNames', () => {
	const others = createVocabulary(['timeout', 'gateway', 'request', 'sub', 'endpoint']);

	test("finds aliases that misspell the code's own name, which correction turns back into it", () => {
		expect(misspelledNames([{ names: ['Gateway Timeout'], aliases: ['gateway timout', 'stub endpoint'] }], others)).toEqual(new Set(['timout']));
	});

	test('keeps words that correction would turn into something else than the name, or into nothing', () => {
		expect(misspelledNames([{ names: ['Not Implemented'], aliases: ['stub endpoint', 'UNIMPLEMENTED'] }], others)).toEqual(new Set());
	});
});
