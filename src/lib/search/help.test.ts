import { describe, expect, it } from 'vitest';
import { searchHelp } from './help';

const known = new Set([400, 404, 410, 418, 429, 431]);

describe('searchHelp', () => {
	it('offers the nearest codes for a number the site does not have', () => {
		expect(searchHelp([432], known, false)).toEqual({ missingCodes: [{ code: 432, nearest: [431, 429, 418] }], filtered: false });
	});

	it('explains status 0 instead of offering codes near it', () => {
		expect(searchHelp([0], known, false)).toEqual({ missingCodes: [], noResponse: 0, filtered: false });
	});

	it('says nothing about numbers when there are none', () => {
		expect(searchHelp([], known, false).missingCodes).toEqual([]);
	});

	it('reports that filters were set, so the box can offer to drop them', () => {
		expect(searchHelp([], known, true)).toEqual({ missingCodes: [], filtered: true });
	});
});
