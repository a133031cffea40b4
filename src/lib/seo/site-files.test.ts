import { describe, expect, test } from 'vitest';
import { openSearchDescription, redirectRules, robotsTxt } from './site-files';

describe('site files', () => {
	test('robots.txt allows everything and names the sitemap', () => {
		expect(robotsTxt('https://status.example/sitemap-index.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://status.example/sitemap-index.xml\n');
	});

	test('_redirects has one permanent redirect per code, in numeric order', () => {
		expect(redirectRules([429, 200])).toBe('/200 /codes/200/ 301\n/429 /codes/429/ 301\n');
	});

	test('_redirects also sends every other spelling of a number below 100 to its page', () => {
		expect(redirectRules([200, 0])).toBe('/0 /codes/0/ 301\n/000 /codes/0/ 301\n/codes/000 /codes/0/ 301\n/200 /codes/200/ 301\n');
	});

	test('the OpenSearch description carries the search template, escaped for XML', () => {
		const xml = openSearchDescription({
			shortName: 'HTTP status',
			description: 'Codes & names',
			searchTemplate: 'https://status.example/?q={searchTerms}&x=1',
			selfUrl: 'https://status.example/opensearch.xml',
		});
		expect(xml).toContain('<ShortName>HTTP status</ShortName>');
		expect(xml).toContain('<Description>Codes &amp; names</Description>');
		expect(xml).toContain('template="https://status.example/?q={searchTerms}&amp;x=1"');
	});

	test('refuses a short name longer than OpenSearch allows', () => {
		expect(() => openSearchDescription({ shortName: 'HTTP status codes', description: '', searchTemplate: '', selfUrl: '' })).toThrow('longer than 16');
	});
});
