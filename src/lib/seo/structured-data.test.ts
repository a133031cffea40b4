import { describe, expect, test } from 'vitest';
import { breadcrumbJsonLd, codePageJsonLd, serializeJsonLd, webSiteJsonLd } from './structured-data';

const site = new URL('https://status.example/');

describe('structured data', () => {
	test('the website offers a search action that opens the site search with the query', () => {
		const data = webSiteJsonLd(site);
		expect(data).toMatchObject({ '@type': 'WebSite', name: 'HTTP status codes', url: 'https://status.example/' });
		expect(data.potentialAction).toEqual({
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: 'https://status.example/?q={search_term_string}' },
			'query-input': 'required name=search_term_string',
		});
	});

	test('a code page is a TechArticle about a DefinedTerm in the set of status codes', () => {
		const data = codePageJsonLd({ code: 429, name: 'Too Many Requests', summary: 'Slow down.' }, site);
		const [article, term] = data['@graph'] as Record<string, unknown>[];
		expect(article).toMatchObject({
			'@type': 'TechArticle',
			headline: '429 Too Many Requests',
			description: 'Slow down.',
			url: 'https://status.example/codes/429/',
			image: 'https://status.example/og/429.png',
			about: { '@id': term['@id'] },
		});
		expect(term).toMatchObject({
			'@type': 'DefinedTerm',
			name: '429 Too Many Requests',
			termCode: '429',
			inDefinedTermSet: { '@type': 'DefinedTermSet', url: 'https://status.example/' },
		});
	});

	test('breadcrumbs are numbered from 1 with absolute links, the current page without one', () => {
		expect(breadcrumbJsonLd([{ label: 'Home', href: '/' }, { label: '4xx Client Error', href: '/codes/4xx/' }, { label: '429' }], site).itemListElement).toEqual([
			{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://status.example/' },
			{ '@type': 'ListItem', position: 2, name: '4xx Client Error', item: 'https://status.example/codes/4xx/' },
			{ '@type': 'ListItem', position: 3, name: '429' },
		]);
	});

	test('serialised JSON cannot close its script element', () => {
		const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
		expect(json).not.toContain('</');
		expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>');
	});
});
