import { describe, expect, test } from 'vitest';
import { findVendorMeaning, vendorKey } from './vendor-match';

const meanings = [
	{ vendor: 'nginx', name: 'Client Closed Request' },
	{ vendor: 'Esri ArcGIS Server', name: 'Token Required' },
	{ vendor: 'Internet-Draft draft-cohen-http-305-306-responses', name: 'Switch Proxy' },
];

describe('vendorKey', () => {
	test('is the first word of the vendor, lower-cased', () => {
		expect(vendorKey('AWS Elastic Load Balancing (ALB)')).toBe('aws');
		expect(vendorKey('cPanel / CloudLinux')).toBe('cpanel');
	});
});

describe('findVendorMeaning', () => {
	test('matches by vendor', () => {
		expect(findVendorMeaning(meanings, { vendor: 'Esri ArcGIS Server', name: 'Token Required' })?.name).toBe('Token Required');
	});

	test('matches rows without a real vendor by reason phrase', () => {
		expect(findVendorMeaning(meanings, { vendor: 'Early HTTP/1.1 drafts', name: 'Switch Proxy' })?.vendor).toContain('Internet-Draft');
	});

	test('finds nothing for a vendor the entry does not list', () => {
		expect(findVendorMeaning(meanings, { vendor: 'Cloudflare', name: 'Client Closed Request' })).toBeUndefined();
	});
});
