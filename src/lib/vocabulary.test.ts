import { describe, expect, test } from 'vitest';
import { buildVocabulary, isVocabularyWord, shardOf, vocabularyShards } from './vocabulary';

describe('buildVocabulary', () => {
	test('lists each word once, most frequent first, without short words or numbers', () => {
		expect(buildVocabulary(['Too Many Requests', 'too many retries: 429', 'Retry later'])).toEqual(['many', 'later', 'requests', 'retries', 'retry']);
	});
});

describe('isVocabularyWord', () => {
	test('accepts words of four letters or more without digits', () => {
		expect(isVocabularyWord('gone')).toBe(true);
		expect(isVocabularyWord('few')).toBe(false);
		expect(isVocabularyWord('http2')).toBe(false);
	});
});

describe('vocabularyShards', () => {
	test('groups words by first letter, keeping their order, and puts other first characters in one shard', () => {
		const shards = vocabularyShards(['request', 'retry', 'gone', 'réponse', 'éteint', 'range']);
		expect(Object.fromEntries(shards)).toEqual({ r: ['request', 'retry', 'réponse', 'range'], g: ['gone'], _: ['éteint'] });
	});

	test('every word is in the shard its own key names', () => {
		for (const [key, words] of vocabularyShards(['alpha', 'beta', 'ñandu', '_private'])) for (const word of words) expect(shardOf(word)).toBe(key);
	});
});
