import { describe, expect, test } from 'vitest';
import { ianaRegistry, languageConstants, unofficialCodes } from './reference-data';

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

describe('languageConstants', () => {
	test('groups the table by code and language', () => {
		expect(languageConstants.get(429)?.go).toEqual([{ name: 'http.StatusTooManyRequests', deprecated: false, library: 'go' }]);
		expect(languageConstants.get(413)?.python.map((constant) => constant.name)).toEqual(['HTTPStatus.CONTENT_TOO_LARGE', 'HTTPStatus.REQUEST_ENTITY_TOO_LARGE']);
		expect(languageConstants.has(104)).toBe(false);
	});
});
