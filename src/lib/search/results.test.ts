import { describe, expect, test } from 'vitest';
import { type Fragment, knownCodes, parseFragment, resultsTable, searchHit } from './results';

const fragment: Fragment = {
	url: '/codes/429/',
	meta: { title: '429 Too Many Requests', tagline: 'Rate limit hit; wait for Retry-After', class: '4xx Client Error', kind: 'registered', vendors: '', type: 'code', code: '429' },
};

describe('searchHit', () => {
	test('takes what a result shows from the page metadata', () => {
		expect(searchHit(fragment)).toEqual({
			url: '/codes/429/',
			type: 'code',
			codes: [429],
			title: '429 Too Many Requests',
			tagline: 'Rate limit hit; wait for Retry-After',
			className: '4xx Client Error',
			unofficial: false,
			vendors: '',
		});
	});

	test('marks unofficial codes and falls back to the URL for a missing title', () => {
		const hit = searchHit({ url: '/codes/599/', meta: { kind: 'unofficial' } });
		expect(hit).toMatchObject({ title: '/codes/599/', tagline: '', unofficial: true });
	});

	test('reads comparisons and guide answers with the codes they are about', () => {
		expect(searchHit({ url: '/compare/401-403-404/', meta: { title: '401 vs 403 vs 404', type: 'comparison', codes: '401 403 404' } })).toMatchObject({ type: 'comparison', codes: [401, 403, 404] });
		expect(searchHit({ url: '/guide/#client.auth.missing', meta: { title: 'Use 401 Unauthorized', type: 'guide', code: '401' } })).toMatchObject({ type: 'guide', codes: [401] });
	});

	test('reads the other names a code goes by', () => {
		expect(searchHit({ url: '/codes/413/', meta: { title: '413 Content Too Large', names: 'Payload Too Large | Request Entity Too Large' } }).names).toEqual(['Payload Too Large', 'Request Entity Too Large']);
	});

	test('refuses a result type it does not know', () => {
		expect(() => searchHit({ url: '/x/', meta: { type: 'blog' } })).toThrow(/unknown result type blog/);
	});
});

describe('resultsTable', () => {
	test('keys every hit by its page id', () => {
		const notFound: Fragment = { url: '/codes/404/', meta: { title: '404 Not Found' } };
		expect(resultsTable(new Map([['en_b2', fragment], ['en_a1', notFound]]))).toEqual({
			en_a1: searchHit(notFound),
			en_b2: searchHit(fragment),
		});
	});
});

describe('knownCodes', () => {
	test('are the codes of the code pages, 0 included, not those a comparison or guide answer is about', () => {
		const table = resultsTable(
			new Map<string, Fragment>([
				['a', fragment],
				['b', { url: '/codes/0/', meta: { title: '0 No Response', code: '0' } }],
				['c', { url: '/compare/401-403-404/', meta: { type: 'comparison', codes: '401 403 404' } }],
				['d', { url: '/guide/#client.auth', meta: { type: 'guide', code: '401' } }],
			]),
		);
		expect([...knownCodes(table)].sort()).toEqual([0, 429]);
	});
});

describe('parseFragment', () => {
	test('reads the JSON after the Pagefind signature', () => {
		expect(parseFragment(`pagefind_dcd${JSON.stringify(fragment)}`, 'a.pf_fragment')).toEqual(fragment);
	});

	test('names the file when it is not a fragment', () => {
		expect(() => parseFragment('{}', 'fragment/en_1.pf_fragment')).toThrow(/fragment\/en_1\.pf_fragment is not a Pagefind fragment/);
	});
});
