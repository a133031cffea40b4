import { describe, expect, test } from 'vitest';
import { compareCells, matchesQuery } from './table-sort';

describe('compareCells', () => {
	test('compares numbers by value', () => {
		expect(['500', '99', '1000'].sort(compareCells)).toEqual(['99', '500', '1000']);
	});

	test('compares text without regard to case, and the numbers in it by value', () => {
		expect(['RFC 9110 §15.5.10', 'rfc 9110 §15.5.2', 'None'].sort(compareCells)).toEqual(['None', 'rfc 9110 §15.5.2', 'RFC 9110 §15.5.10']);
	});

	test('does not take an empty cell for the number 0', () => {
		expect(compareCells('', '5')).toBeLessThan(0);
		expect(compareCells('', 'a')).toBeLessThan(0);
	});
});

describe('matchesQuery', () => {
	test('needs every word, in any order and case', () => {
		expect(matchesQuery('502 Bad Gateway 5xx', 'gateway 502')).toBe(true);
		expect(matchesQuery('502 Bad Gateway 5xx', 'gateway 504')).toBe(false);
		expect(matchesQuery('RFC\u00a09110\u00a0§15.6.3', 'rfc 9110')).toBe(true);
	});
});
