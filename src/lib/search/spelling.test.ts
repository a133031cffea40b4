import { describe, expect, test } from 'vitest';
import { correctQuery, correctWord, createVocabulary, editDistance } from './spelling';

const vocabulary = createVocabulary(['found', 'not', 'forbidden', 'conflict', 'payment', 'required', 'unauthorized', 'timeout', 'gateway', 'for']);

describe('editDistance', () => {
	test('counts insertions, deletions, substitutions and swaps as one edit each', () => {
		expect(editDistance('forbiden', 'forbidden')).toBe(1);
		expect(editDistance('fuond', 'found')).toBe(1);
		expect(editDistance('requried', 'required')).toBe(1);
		expect(editDistance('unathorized', 'unauthorized')).toBe(1);
		expect(editDistance('cat', 'dog')).toBe(3);
	});
});

describe('correctWord', () => {
	test('replaces a misspelt word with the closest known one', () => {
		expect(correctWord('forbiden', vocabulary)).toBe('forbidden');
		expect(correctWord('confict', vocabulary)).toBe('conflict');
		expect(correctWord('timout', vocabulary)).toBe('timeout');
	});

	test('leaves known words, short words, numbers and far-off words alone', () => {
		expect(correctWord('found', vocabulary)).toBe('found');
		expect(correctWord('fro', vocabulary)).toBe('fro');
		expect(correctWord('4o4', vocabulary)).toBe('4o4');
		expect(correctWord('lambda', vocabulary)).toBe('lambda');
	});

	test('keeps the first two letters, so a search loads only the vocabulary of the letters typed and no other shard changes it', () => {
		expect(correctWord('vorbidden', vocabulary)).toBe('vorbidden');
		expect(correctWord('weather', createVocabulary(['whether']))).toBe('weather');
	});

	test('corrects to no word shorter than four letters, which Pagefind would match as the start of many', () => {
		expect(correctWord('fund', createVocabulary(['fun', 'function']))).toBe('fund');
	});
});

describe('correctQuery', () => {
	test('corrects each word of a query', () => {
		expect(correctQuery(['payment', 'requried'], vocabulary)).toBe('payment required');
		expect(correctQuery(['not', 'fonud'], vocabulary)).toBe('not found');
	});
});
