import { describe, expect, test } from 'vitest';
import { correctQuery, correctWord, editDistance } from './spelling';

const vocabulary = ['found', 'not', 'forbidden', 'conflict', 'payment', 'required', 'unauthorized', 'timeout', 'gateway', 'for'];
const known = new Set(vocabulary);

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
		expect(correctWord('forbiden', vocabulary, known)).toBe('forbidden');
		expect(correctWord('confict', vocabulary, known)).toBe('conflict');
		expect(correctWord('timout', vocabulary, known)).toBe('timeout');
	});

	test('leaves known words, short words, numbers and far-off words alone', () => {
		expect(correctWord('found', vocabulary, known)).toBe('found');
		expect(correctWord('fro', vocabulary, known)).toBe('fro');
		expect(correctWord('4o4', vocabulary, known)).toBe('4o4');
		expect(correctWord('lambda', vocabulary, known)).toBe('lambda');
	});
});

describe('correctQuery', () => {
	test('corrects each word of a query', () => {
		expect(correctQuery(['payment', 'requried'], vocabulary)).toBe('payment required');
		expect(correctQuery(['not', 'fuond'], vocabulary)).toBe('not found');
	});
});
