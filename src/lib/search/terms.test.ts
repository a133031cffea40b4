import { describe, expect, test } from 'vitest';
import { FIELDS, type SearchTermSource, searchTermGroups, searchTerms } from './terms';
import { META_WEIGHTS } from './weights';

const lower = (term: string) => term.toLowerCase();

const entry = (fields: Partial<SearchTermSource> & { code: number }): SearchTermSource => ({
	name: '',
	status: 'registered',
	summary: '',
	vendors: [],
	aliases: [],
	formerNames: [],
	messages: [],
	...fields,
});

describe('searchTermGroups', () => {
	test('puts every field in its metadata field, each term once, in the first field that has it', () => {
		const groups = searchTermGroups(
			entry({
				code: 413,
				aliases: ['upload too big', 'payload too large'],
				formerNames: [{ name: 'Payload Too Large' }, { name: 'Request Entity Too Large' }],
				messages: [{ text: 'client intended to send too large body', software: 'nginx' }],
			}),
		);
		const field = (name: string) => groups.find((group) => group.field === name)?.terms ?? [];
		expect(field('names')).toEqual(['Payload Too Large', 'Request Entity Too Large']);
		expect(field('messages')).toEqual(['client intended to send too large body']);
		expect(field('aliases')).toEqual(['upload too big']);
		expect(field('constants').map(lower)).toEqual(expect.arrayContaining(['http_request_entity_too_large', 'statusrequestentitytoolarge', 'payload_too_large']));
	});

	test('indexes framework constants as written and bare, old and removed names too', () => {
		// Pagefind ignores case, so a name is kept once whatever its case.
		const terms = (code: number) => searchTerms(entry({ code })).map(lower);
		expect(terms(413)).toEqual(expect.arrayContaining(['content_too_large', 'request_entity_too_large', 'payload_too_large']));
		expect(terms(404)).toEqual(expect.arrayContaining(['http.statusnotfound', 'statusnotfound', 'httpstatus.not_found', 'not_found', 'response::http_not_found', 'http_not_found']));
		expect(terms(420)).toContain('method_failure');
		expect(terms(103)).toContain('checkpoint');
	});

	test('names each vendor meaning as a name, and the vendor with the number as an alias', () => {
		const groups = searchTermGroups(entry({ code: 499, status: 'unofficial', vendors: [{ vendor: 'Esri ArcGIS Server', name: 'Token Required' }] }));
		expect(groups.find((group) => group.field === 'names')?.terms).toEqual(['Token Required']);
		expect(groups.find((group) => group.field === 'aliases')?.terms).toEqual(['Esri ArcGIS Server 499']);
	});

	test('indexes what raises or returns the code by its bare name, never a plain word', () => {
		const terms = (code: number) => searchTerms(entry({ code }));
		expect(terms(429)).toEqual(expect.arrayContaining(['ThrottleRequestsException', 'ThrottlerException']));
		expect(terms(404)).toEqual(expect.arrayContaining(['NotFoundException', 'Http404', 'RecordNotFound', 'ModelNotFoundException', 'get_object_or_404']));
		expect(terms(400)).not.toContain('json');
		expect(searchTermGroups(entry({ code: 429 })).find((group) => group.field === 'exceptions')?.terms).toContain('ThrottleRequestsException');
	});

	test('finds an IIS sub-status by its error-page heading, number, number after IIS, name and HRESULTs', () => {
		const terms = searchTerms(
			entry({
				code: 500,
				aliases: ['HTTP Error 500.19'],
				subStatuses: [{ code: '500.19', source: 'IIS', name: 'Configuration data is invalid', hresults: ['0x80070021', '0x8007000d'] }, { code: '500.30', source: 'ASP.NET Core Module', name: 'ANCM In-Process Start Failure' }],
			}),
		);
		expect(terms).toEqual(expect.arrayContaining(['HTTP Error 500.19', '500.19', 'IIS 500.19', 'Configuration data is invalid', '0x80070021', '0x8007000d', 'HTTP Error 500.30', '500.30', 'ANCM In-Process Start Failure']));
		expect(terms.filter((term) => term === 'HTTP Error 500.19')).toHaveLength(1);
		// The module's own are named "ANCM …" already; "IIS 500.30" would be wrong.
		expect(terms).not.toContain('IIS 500.30');
	});

	test('leaves empty fields out', () => {
		expect(searchTermGroups(entry({ code: 599, status: 'unofficial' })).map((group) => group.field)).toEqual([]);
	});
});

describe('FIELDS', () => {
	test('every field is a weighted metadata field, and what names a code outweighs the summary', () => {
		for (const { field } of FIELDS) expect(META_WEIGHTS[field]).toBeGreaterThan(META_WEIGHTS.summary);
	});
});
