import { describe, expect, it } from 'vitest';
import { searchHelp } from './search-help';

const known = new Set([400, 404, 410, 418, 429, 431]);

describe('searchHelp', () => {
	it('offers the nearest codes for a number the site does not have', () => {
		expect(searchHelp('432', known, false)).toEqual({ missingCode: { code: 432, nearest: [431, 429, 418] }, filtered: false });
	});

	it('finds the number inside other words', () => {
		expect(searchHelp('http 430 shopify', known, false).missingCode?.code).toBe(430);
	});

	it('says nothing about codes the site has, or numbers that are not three digits', () => {
		expect(searchHelp('404', known, false).missingCode).toBeUndefined();
		expect(searchHelp('4290', known, false).missingCode).toBeUndefined();
		expect(searchHelp('rate limit', known, false).missingCode).toBeUndefined();
	});

	it('reports that filters were set, so the box can offer to drop them', () => {
		expect(searchHelp('teapot', known, true)).toEqual({ filtered: true });
	});
});
