/**
 * Nothing leaks: loading every kind of page and searching from it sends no
 * request anywhere but the site itself. Runs against `astro preview`, without
 * the site's CSP, which would otherwise block (and so hide) such a request.
 */
import { expect, test } from '@playwright/test';
import { pageTypes } from './built-site';
import { searchFor } from './search-box';

test('every kind of page and a search request nothing from another host', async ({ context, page, baseURL }) => {
	test.setTimeout(120_000);
	const requests: URL[] = [];
	// Context-wide, so requests of any worker would count too.
	context.on('request', (request) => requests.push(new URL(request.url())));
	for (const path of pageTypes()) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const links = await searchFor(page, 'too many requests');
		await expect(links.first()).toHaveAttribute('href', '/codes/429/');
	}
	await page.goto('/?q=teapot');
	await expect(page.locator('[data-search-results] a[href]').first()).toHaveAttribute('href', '/codes/418/');
	await page.waitForLoadState('networkidle');
	const site = new URL(baseURL!).origin;
	console.log(`requests: ${requests.length} observed over ${pageTypes().length} page types and their searches, ${new Set(requests.map((url) => url.pathname)).size} distinct paths`);
	expect(requests.some((url) => url.pathname.startsWith('/pagefind/index/')), 'search requests are observed').toBe(true);
	expect(requests.filter((url) => url.origin !== site).map((url) => url.href)).toEqual([]);
});
