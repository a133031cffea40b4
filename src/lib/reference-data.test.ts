import { describe, expect, test } from 'vitest';
import { ianaRegistry, languageConstants, parseConstantCell, unofficialCodes } from './reference-data';

describe('ianaRegistry', () => {
	test('holds the 64 registry rows with their current names', () => {
		expect(ianaRegistry.size).toBe(64);
		expect(ianaRegistry.get(413)).toMatchObject({ name: 'Content Too Large', section: '15.5.14' });
		expect(ianaRegistry.get(510)?.status).toBe('obsoleted');
		expect(ianaRegistry.get(104)?.status).toBe('temporary');
	});
});

describe('unofficialCodes', () => {
	test('keeps one row per vendor meaning, so a number can appear twice', () => {
		expect(unofficialCodes.filter((row) => row.code === 499).map((row) => row.name)).toEqual([
			'Client Closed Request',
			'Client Closed Request',
			'Token Required',
		]);
	});
});

describe('parseConstantCell', () => {
	test('splits aliases and marks deprecated names', () => {
		expect(parseConstantCell('HttpStatus.A;HttpStatus.B (deprecated)')).toEqual([
			{ name: 'HttpStatus.A', deprecated: false },
			{ name: 'HttpStatus.B', deprecated: true },
		]);
	});

	test('returns no names for an empty cell', () => {
		expect(parseConstantCell('')).toEqual([]);
	});
});

describe('languageConstants', () => {
	test('has a row for every registry code', () => {
		expect([...languageConstants.keys()].sort()).toEqual([...ianaRegistry.keys()].sort());
		expect(languageConstants.get(429)?.go).toEqual([{ name: 'http.StatusTooManyRequests', deprecated: false }]);
	});
});
