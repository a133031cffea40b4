/** What search engines and link previews read from the built pages. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { hasMessagesPage } from '../../src/lib/seo/companion-pages';
import { readContentFiles } from '../../src/lib/content/content-files';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/images/social-card';
import { absoluteUrl, ALL_CODES_URL, CHEAT_SHEET_URL, CLIENTS_URL, codeAliasUrls, codeInCodeUrl, codeMessagesUrl, codeUrl, COMPARE_URL, compareUrl, GUIDE_URL, NOT_STATUS_CODES_URL, OPENSEARCH_URL, shortcutUrls, SITEMAP_URL, socialCardUrl } from '../../src/lib/seo/urls';
import { codeSchema } from '../../src/schemas/code';
import { distPath, existsInDist, pages, pngSize, readDist, redirectPages, site } from './dist';

const entries = readContentFiles('content/codes').map((file) => codeSchema.parse(file.frontmatter));
const codes = entries.map((entry) => entry.code);
/** The pages beside the code pages: an "in code" page for every code, a messages page for those with more than their page shows. */
const companions = [...codes.map(codeInCodeUrl), ...entries.filter(hasMessagesPage).map((entry) => codeMessagesUrl(entry.code))];
const comparisons = readContentFiles('content/comparisons').map((file) => file.id);
const NOT_FOUND = '/404.html';
const attribute = (page: (typeof pages)[number], selector: string, name = 'content') =>
	page.document.querySelectorAll(selector).map((element) => element.getAttribute(name));

describe('built pages', () => {
	test('are the home page, five classes, the unofficial index, the table of all codes, one page per code and the pages beside it, the guide, the comparisons, the cheat sheet, the not-status-codes page, the client lab and the 404 page', () => {
		expect(pages.length).toBe(1 + 5 + 1 + 1 + codes.length + companions.length + 1 + 1 + comparisons.length + 1 + 1 + 1 + 1);
		const paths = [ALL_CODES_URL, ...codes.map(codeUrl), ...companions, GUIDE_URL, COMPARE_URL, ...comparisons.map(compareUrl), CHEAT_SHEET_URL, NOT_STATUS_CODES_URL, CLIENTS_URL];
		for (const path of paths) expect(pages.some((page) => page.path === path), `page ${path}`).toBe(true);
	});

	test('the other HTML files are the /429 shortcut redirects, one directory page per code (/404/ and /500/ too), kept out of search indexes', () => {
		const targets = new Map<string, number>(codes.flatMap((code) => [...shortcutUrls(code), ...codeAliasUrls(code)].map((path) => [`${path}/`, code] as const)));
		expect(redirectPages.map((page) => page.path).sort()).toEqual([...targets.keys()].sort());
		expect(existsInDist('/500.html')).toBe(false);
		for (const page of redirectPages) {
			const code = targets.get(page.path)!;
			expect(codes, page.path).toContain(code);
			expect(attribute(page, 'meta[name="robots"]'), page.path).toEqual(['noindex']);
			expect(attribute(page, 'link[rel="canonical"]', 'href'), page.path).toEqual([absoluteUrl(codeUrl(code), site)]);
		}
	});

	test('each has a language, one title and one description, none shared with another page', () => {
		const titles = new Map<string, string>();
		const descriptions = new Map<string, string>();
		for (const page of pages) {
			expect(page.document.querySelector('html')?.getAttribute('lang'), page.path).toBe('en');
			const [title, ...moreTitles] = page.document.querySelectorAll('title').map((element) => element.textContent.trim());
			const [description, ...moreDescriptions] = attribute(page, 'meta[name="description"]');
			expect(moreTitles.length + moreDescriptions.length, page.path).toBe(0);
			expect(title, page.path).toBeTruthy();
			expect(description, page.path).toBeTruthy();
			expect(titles.get(title), `title "${title}" of ${page.path}`).toBeUndefined();
			expect(descriptions.get(description!), `description of ${page.path}`).toBeUndefined();
			titles.set(title, page.path);
			descriptions.set(description!, page.path);
		}
	});

	test('each names exactly one canonical URL, its own address; the 404 page, served anywhere, names none', () => {
		for (const page of pages) {
			const expected = page.path === NOT_FOUND ? [] : [absoluteUrl(page.path, site)];
			expect(attribute(page, 'link[rel="canonical"]', 'href'), page.path).toEqual(expected);
		}
	});

	test('each links the OpenSearch description once', () => {
		for (const page of pages) {
			expect(attribute(page, 'link[rel="search"][type="application/opensearchdescription+xml"]', 'href'), page.path).toEqual([OPENSEARCH_URL]);
		}
	});
});

describe('link previews', () => {
	test('every page has Open Graph tags and a large Twitter card; the URL is the canonical one', () => {
		for (const page of pages) {
			const og = (property: string) => attribute(page, `meta[property="og:${property}"]`);
			expect(og('title'), page.path).toEqual([page.document.querySelector('title')!.textContent]);
			expect(og('description'), page.path).toEqual(attribute(page, 'meta[name="description"]'));
			expect(og('url'), page.path).toEqual(attribute(page, 'link[rel="canonical"]', 'href'));
			expect(og('site_name'), page.path).toEqual(['HTTP status codes']);
			expect(og('image:width'), page.path).toEqual([String(CARD_WIDTH)]);
			expect(og('image:height'), page.path).toEqual([String(CARD_HEIGHT)]);
			expect(og('image:alt')[0], page.path).toBeTruthy();
			expect(attribute(page, 'meta[name="twitter:card"]'), page.path).toEqual(['summary_large_image']);
		}
	});

	test("a code page and the pages beside it show the code's card, every other page the site card; only the code page is an article", () => {
		for (const page of pages) {
			const [, code, beside] = page.path.match(/^\/codes\/(\d{1,3})\/([a-z]+\/)?$/) ?? [];
			const expected = code ? socialCardUrl(Number(code)) : '/og/site.png';
			expect(attribute(page, 'meta[property="og:image"]'), page.path).toEqual([absoluteUrl(expected, site)]);
			expect(attribute(page, 'meta[property="og:type"]'), page.path).toEqual([code && !beside ? 'article' : 'website']);
		}
	});

	test('every card is a 1200×630 PNG and small', () => {
		const images = new Set(pages.flatMap((page) => attribute(page, 'meta[property="og:image"]')));
		expect(images.size).toBe(codes.length + 1);
		const sizes: number[] = [];
		for (const image of images) {
			const path = new URL(image!).pathname;
			expect(existsInDist(path), path).toBe(true);
			const bytes = readFileSync(distPath(path));
			expect(pngSize(bytes), path).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
			sizes.push(bytes.length);
		}
		expect(Math.max(...sizes)).toBeLessThan(40_000);
	});
});

describe('sitemap and robots.txt', () => {
	const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

	test('the sitemap lists exactly the canonical URLs of the pages', () => {
		const sitemaps = locs(readDist(new URL(SITEMAP_URL, site).pathname)).map((url) => new URL(url).pathname);
		const listed = sitemaps.flatMap((path) => locs(readDist(path)));
		const canonical = pages.flatMap((page) => attribute(page, 'link[rel="canonical"]', 'href'));
		expect(listed.toSorted()).toEqual(canonical.toSorted());
		expect(new Set(listed).size).toBe(listed.length);
	});

	test('robots.txt points at the sitemap', () => {
		expect(readDist('/robots.txt')).toContain(`Sitemap: ${absoluteUrl(SITEMAP_URL, site)}\n`);
	});
});

describe('structured data', () => {
	const jsonLd = (page: (typeof pages)[number]) =>
		page.document.querySelectorAll('script[type="application/ld+json"]').flatMap((script) => {
			const data = JSON.parse(script.textContent);
			expect(data['@context'], page.path).toBe('https://schema.org');
			return data['@graph'] ?? [data];
		});
	const ofType = (page: (typeof pages)[number], type: string) => jsonLd(page).filter((item) => item['@type'] === type);

	test('the home page describes the website and a search action that opens the site search', () => {
		const [website] = ofType(pages.find((page) => page.path === '/')!, 'WebSite');
		expect(website).toMatchObject({ name: 'HTTP status codes', url: absoluteUrl('/', site) });
		expect(website.potentialAction).toMatchObject({
			'@type': 'SearchAction',
			target: { urlTemplate: absoluteUrl('/?q={search_term_string}', site) },
			'query-input': 'required name=search_term_string',
		});
	});

	test('every code page has a TechArticle about a DefinedTerm, and a BreadcrumbList', () => {
		for (const code of codes) {
			const page = pages.find((item) => item.path === codeUrl(code))!;
			const url = absoluteUrl(codeUrl(code), site);
			const [article] = ofType(page, 'TechArticle');
			const [term] = ofType(page, 'DefinedTerm');
			const [breadcrumbs] = ofType(page, 'BreadcrumbList');
			const h1 = page.document.querySelector('h1')!.textContent.replace(/\s+/g, ' ').trim();
			expect(article, `${code}`).toMatchObject({ headline: h1, url, description: expect.any(String), image: absoluteUrl(socialCardUrl(code), site) });
			expect(term, `${code}`).toMatchObject({ name: h1, termCode: String(code), url, inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'HTTP status codes' } });
			expect(article.about['@id']).toBe(term['@id']);
			const items = breadcrumbs.itemListElement;
			expect(items.map((item: { position: number }) => item.position)).toEqual([1, 2, 3]);
			expect(items[0]).toMatchObject({ name: 'Home', item: absoluteUrl('/', site) });
			expect(items[2]).toMatchObject({ name: String(code) });
		}
	});

	test('a page beside a code page leads back to it: its trail goes through the code page, its text links it, and search leaves it out', () => {
		for (const path of companions) {
			const page = pages.find((item) => item.path === path)!;
			const code = Number(path.split('/')[2]);
			const items = ofType(page, 'BreadcrumbList')[0].itemListElement;
			expect(items, path).toHaveLength(4);
			expect(items[2], path).toMatchObject({ name: String(code), item: absoluteUrl(codeUrl(code), site) });
			expect(page.document.querySelectorAll(`main a[href="${codeUrl(code)}"]`).length, path).toBeGreaterThan(1);
			expect(page.document.querySelector('[data-pagefind-body]'), path).toBeNull();
		}
	});

	test('the class pages and the unofficial index carry their breadcrumbs', () => {
		for (const page of pages.filter((item) => /^\/codes\/([1-5]xx|unofficial)\/$/.test(item.path))) {
			const [breadcrumbs] = ofType(page, 'BreadcrumbList');
			expect(breadcrumbs?.itemListElement, page.path).toHaveLength(2);
		}
	});
});
