import { describe, expect, test } from 'vitest';
import { createVocabulary } from './spelling';
import { stem, wordStatus } from './words';

const vocabulary = createVocabulary(['throttling', 'limit', 'limited', 'redirect', 'timeout']);

describe('wordStatus', () => {
	test('knows the words of the site and other forms of them', () => {
		expect(wordStatus('limit', vocabulary)).toBe('known');
		expect(wordStatus('limits', vocabulary)).toBe('known');
		expect(wordStatus('throttled', vocabulary)).toBe('known');
		expect(wordStatus('timeouts', vocabulary)).toBe('known');
	});

	test('tells the start of a word from a word the site never uses', () => {
		expect(wordStatus('redir', vocabulary)).toBe('prefix');
		expect(wordStatus('smoothie', vocabulary)).toBe('unknown');
		expect(wordStatus('asdfqwerzxcv', vocabulary)).toBe('unknown');
	});
});

describe('stem', () => {
	test('drops common endings but keeps short words whole', () => {
		expect(stem('throttled')).toBe('throttl');
		expect(stem('redirects')).toBe('redirect');
		expect(stem('uses')).toBe('uses');
	});
});
