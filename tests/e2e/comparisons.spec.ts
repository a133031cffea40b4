import { expect, type Locator, test } from '@playwright/test';
import { readContentFiles } from '../../src/lib/content-files';
import { typeset } from '../../src/lib/typography';
import { CACHEABILITY, HEADER_ROLES, PERMANENCE, REDIRECT_METHOD, RETRY_ADVICE } from '../../src/lib/http-semantics';

/** Comparisons and code entries as written in `content/`, not as the site renders them (the schema typesets shown text). */
interface Comparison {
	slug: string;
	codes: number[];
	properties: string[];
}
interface Entry {
	code: number;
	summary: string;
	cacheable: keyof typeof CACHEABILITY;
	spec?: { document: string; section: string; url: string };
	headers?: { name: string; role: keyof typeof HEADER_ROLES }[];
	retry: { advice: keyof typeof RETRY_ADVICE; note?: string };
	permanence?: { value: keyof typeof PERMANENCE; cite: string };
	redirect?: { method: keyof typeof REDIRECT_METHOD; cite: string };
}
const comparisons = readContentFiles('content/comparisons').map(({ id, frontmatter }) => ({ slug: id, ...(frontmatter as Omit<Comparison, 'slug'>) }));
const entries = new Map(readContentFiles('content/codes').map(({ frontmatter }) => [(frontmatter as Entry).code, frontmatter as Entry]));

/** What each row must show for an entry, straight from its fields. */
async function expectCell(cell: Locator, property: string, entry: Entry) {
	switch (property) {
		case 'summary':
			return expect(cell).toHaveText(typeset(entry.summary));
		case 'cacheable':
			return expect(cell).toHaveText(CACHEABILITY[entry.cacheable].label);
		case 'permanence':
			if (!entry.permanence) return expect(cell).toHaveText('Not stated');
			await expect(cell).toHaveText(PERMANENCE[entry.permanence.value]);
			return expect(cell.locator('a')).toHaveAttribute('href', entry.permanence.cite);
		case 'method':
			if (!entry.redirect) return expect(cell).toHaveText('Not a redirect');
			await expect(cell).toHaveText(REDIRECT_METHOD[entry.redirect.method]);
			return expect(cell.locator('a')).toHaveAttribute('href', entry.redirect.cite);
		case 'headers':
			if (!entry.headers?.length) return expect(cell).toHaveText('None in particular');
			return expect(cell.locator('p')).toHaveText(entry.headers.map((header) => `${header.name}: ${HEADER_ROLES[header.role]}`));
		case 'retry':
			return expect(cell).toHaveText(RETRY_ADVICE[entry.retry.advice] + (entry.retry.note ? ` ${typeset(entry.retry.note)}` : ''));
		case 'spec':
			await expect(cell).toHaveText(`${entry.spec!.document} §${entry.spec!.section}`);
			return expect(cell.locator('a')).toHaveAttribute('href', entry.spec!.url);
		default:
			throw new Error(`no expectation for property ${property}`);
	}
}

test.describe('comparisons', () => {
	test('the index links every comparison', async ({ page }) => {
		await page.goto('/compare/');
		const links = await page.locator('main ul a').evaluateAll((items) => items.map((item) => item.getAttribute('href')));
		expect(links.sort()).toEqual(comparisons.map((comparison) => `/compare/${comparison.slug}/`).sort());
	});

	for (const comparison of comparisons) {
		test(`/compare/${comparison.slug}/ tabulates each code's own fields`, async ({ page }) => {
			const response = await page.goto(`/compare/${comparison.slug}/`);
			expect(response?.status()).toBe(200);
			await expect(page.locator('h1')).toHaveText(comparison.codes.join(' vs '));
			const table = page.locator('table');
			expect(await table.locator('thead th a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(comparison.codes.map((code) => `/codes/${code}/`));
			expect(await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-property')))).toEqual(comparison.properties);
			for (const property of comparison.properties) {
				for (const code of comparison.codes) {
					await expectCell(table.locator(`tr[data-property="${property}"] td[data-code="${code}"]`), property, entries.get(code)!);
				}
			}
		});
	}

	test('each code page links to the comparisons that include it', async ({ page }) => {
		for (const code of [301, 404, 503]) {
			await page.goto(`/codes/${code}/`);
			const section = page.locator('section[aria-labelledby="compare-with"]');
			const expected = comparisons.filter((comparison) => comparison.codes.includes(code)).map((comparison) => `/compare/${comparison.slug}/`);
			expect(await section.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(expect.arrayContaining(expected));
			await expect(section.locator('a')).toHaveCount(expected.length);
		}
		await page.goto('/codes/418/');
		await expect(page.locator('section[aria-labelledby="compare-with"]')).toHaveCount(0);
	});

	test('a five-code table scrolls inside its own region at 320 px, not the page', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		for (const path of ['/compare/301-302-303-307-308/', '/guide/', '/cheat-sheet/', '/compare/']) {
			await page.goto(path);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
		}
		await context.close();
	});
});
