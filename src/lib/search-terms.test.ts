import { describe, expect, test } from 'vitest';
import { searchTerms } from './search-terms';

describe('searchTerms', () => {
	test('collects aliases, former names and bare constants without repeats', () => {
		const terms = searchTerms({
			code: 413,
			name: 'Content Too Large',
			status: 'registered',
			summary: '',
			vendors: [],
			aliases: ['upload too big', 'Payload Too Large'],
			formerNames: [{ name: 'Payload Too Large' }, { name: 'Request Entity Too Large' }],
		});
		expect(terms).toContain('upload too big');
		expect(terms.filter((term) => term === 'Payload Too Large')).toHaveLength(1);
		expect(terms).toContain('HTTP_REQUEST_ENTITY_TOO_LARGE');
		expect(terms).toContain('StatusRequestEntityTooLarge');
		expect(terms).toContain('payload_too_large');
	});

	test('names each vendor meaning with its vendor and number', () => {
		const terms = searchTerms({
			code: 499,
			name: 'Client Closed Request',
			status: 'unofficial',
			summary: '',
			vendors: [{ vendor: 'Esri ArcGIS Server', name: 'Token Required' }],
			aliases: [],
			formerNames: [],
		});
		expect(terms).toEqual(['Token Required', 'Esri ArcGIS Server 499']);
	});
});
