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

	test('keeps old, deprecated and removed constant names searchable', () => {
		const terms = (code: number) => searchTerms({ code, name: '', status: 'registered', summary: '', vendors: [], aliases: [], formerNames: [] });
		expect(terms(413)).toEqual(expect.arrayContaining(['CONTENT_TOO_LARGE', 'REQUEST_ENTITY_TOO_LARGE', 'PAYLOAD_TOO_LARGE', 'content_too_large']));
		expect(terms(420)).toContain('METHOD_FAILURE');
		expect(terms(103)).toContain('CHECKPOINT');
	});

	test('indexes the bare names of what raises or returns the code', () => {
		const terms = (code: number) => searchTerms({ code, name: '', status: 'registered', summary: '', vendors: [], aliases: [], formerNames: [] });
		expect(terms(429)).toEqual(expect.arrayContaining(['ThrottleRequestsException', 'TooManyRequests', 'ThrottlerException']));
		expect(terms(404)).toEqual(expect.arrayContaining(['NotFoundException', 'Http404', 'RecordNotFound', 'ModelNotFoundException', 'get_object_or_404']));
		expect(terms(400)).not.toContain('json');
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
		expect(terms).toEqual(['Token Required', 'Esri ArcGIS Server 499', 'Status499ClientClosedRequest']);
	});

	test('finds an IIS sub-status by its error-page heading, number, name and HRESULTs', () => {
		const terms = searchTerms({
			code: 500,
			name: 'Internal Server Error',
			status: 'registered',
			summary: '',
			vendors: [],
			aliases: ['HTTP Error 500.19'],
			formerNames: [],
			subStatuses: [{ code: '500.19', name: 'Configuration data is invalid', hresults: ['0x80070021', '0x8007000d'] }, { code: '500.30', name: 'ANCM In-Process Start Failure' }],
		});
		expect(terms).toEqual(expect.arrayContaining(['HTTP Error 500.19', '500.19', 'Configuration data is invalid', '0x80070021', '0x8007000d', 'HTTP Error 500.30', '500.30', 'ANCM In-Process Start Failure']));
		expect(terms.filter((term) => term === 'HTTP Error 500.19')).toHaveLength(1);
	});
});
