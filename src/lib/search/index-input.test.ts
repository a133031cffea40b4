import { describe, expect, test } from 'vitest';
import { guideLeaves } from '../compare/guide';
import { codePage, comparisonPage, guideRecords, type IndexedPage, indexedHtml, indexOnlyHtml, urlOfFile } from './index-input';

const entry = {
	code: 429,
	name: 'Too Many Requests',
	status: 'registered' as const,
	summary: 'Slow down.',
	tagline: 'Rate limit hit',
	vendors: [],
	aliases: ['rate limited <by> "api"'],
	formerNames: [],
	messages: [{ text: 'limiting requests, excess: 10.5 by zone', software: 'nginx' }],
};

describe('codePage', () => {
	test('gives a code page its metadata, filters and search terms by field, the guide answers that lead to it included', () => {
		const page = codePage('/codes/429/', entry, guideLeaves());
		expect(page.meta).toMatchObject({ type: 'code', code: '429', tagline: 'Rate limit hit', kind: 'registered', class: '4xx Client Error' });
		expect(page.filters).toEqual({ type: ['code'], code: ['429'], kind: ['registered'], class: ['4xx'] });
		const fields = Object.fromEntries(page.terms.map((group) => [group.field, group.terms]));
		expect(fields.messages).toEqual(['limiting requests, excess: 10.5 by zone']);
		expect(fields.aliases).toEqual(['rate limited <by> "api"']);
		expect(fields.guide).toEqual(expect.arrayContaining(['How often it is sent: too many requests in a time window']));
	});
});

describe('comparisonPage and guideRecords', () => {
	test('index comparisons and guide answers as results of their own type', () => {
		const comparison = comparisonPage('/compare/429-503/', 'slow down or come back later', [
			{ code: 429, status: 'registered' },
			{ code: 503, status: 'registered' },
		]);
		expect(comparison.meta).toMatchObject({ type: 'comparison', codes: '429 503' });
		expect(comparison.filters).toEqual({ type: ['comparison'], class: ['4xx', '5xx'], kind: ['registered'] });
		expect(comparison.terms).toEqual([{ field: 'names', terms: ['slow down or come back later'] }]);
	});

	test('refuses a guide answer that leads to a code without an entry', () => {
		expect(() => guideRecords('/guide/', guideLeaves(), new Map())).toThrow(/has no entry/);
	});

	test('names a guide record after the code it leads to and keeps the way there in its text', () => {
		const leaf = guideLeaves().find((item) => item.path === 'client.too-many')!;
		const [record] = guideRecords('/guide/', [leaf], new Map([[429, { code: 429, name: 'Too Many Requests', status: 'registered' as const }]]));
		expect(record.url).toBe('/guide/#client.too-many');
		expect(record.meta).toMatchObject({ title: 'Use 429 Too Many Requests', type: 'guide', code: '429' });
		expect(record.content).toContain('How did the request turn out? It failed because of the request');
		expect(record.filters).toEqual({ type: ['guide'], class: ['4xx'], kind: ['registered'] });
	});
});

describe('indexedHtml', () => {
	const page: IndexedPage = codePage('/codes/429/', entry, []);

	test('adds the index-only block at the start of the indexed element, escaped', () => {
		const html = indexedHtml('<html><body><nav>x</nav><article class="a" data-pagefind-body><h1>429</h1></article></body></html>', page);
		expect(html).toContain('<article class="a" data-pagefind-body><div data-pagefind-ignore><span data-pagefind-meta="type">code</span>');
		expect(html).toContain('<span data-pagefind-meta="aliases">rate limited &lt;by&gt; &quot;api&quot;</span>');
		expect(html).toContain('<span data-pagefind-filter="code">429</span>');
		expect(html).toContain('<p>rate limited &lt;by&gt; &quot;api&quot;</p>');
		expect(html.indexOf('<h1>429</h1>')).toBeGreaterThan(html.indexOf('data-pagefind-weight'));
	});

	test('fails for a page without an indexed element', () => {
		expect(() => indexedHtml('<main>x</main>', page)).toThrow(/no data-pagefind-body/);
	});

	test('writes each term as its own paragraph, weighted above the prose', () => {
		expect(indexOnlyHtml(page)).toMatch(/<div data-pagefind-weight="5"><p>/);
	});
});

describe('urlOfFile', () => {
	test('maps built files to the URLs they are served at', () => {
		expect(urlOfFile('codes/404/index.html')).toBe('/codes/404/');
		expect(urlOfFile('index.html')).toBe('/');
		expect(urlOfFile('404.html')).toBe('/404');
	});
});
