/**
 * The built site behind a real static file server (`tests/static-host.ts`, the
 * path rules of Netlify and Cloudflare Pages), reached the way people type or
 * paste its addresses.
 */
import { entries } from './entries';
import { expect, MISSING_CODE_PATH, test } from './built-site';

test.describe('served as users reach it', () => {
	test('/codes/429/ is the page itself', async ({ page }) => {
		const response = await page.goto('/codes/429/');
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveText('429 Too Many Requests');
	});

	test('/codes/429 redirects once, permanently, to /codes/429/ and keeps the query', async ({ page, request }) => {
		const response = await request.get('/codes/429?from=chat', { maxRedirects: 0 });
		expect(response.status()).toBe(301);
		expect(response.headers().location).toBe('/codes/429/?from=chat');
		await page.goto('/codes/429');
		await expect(page).toHaveURL(/\/codes\/429\/$/);
		await expect(page.locator('h1')).toHaveText('429 Too Many Requests');
	});

	for (const path of ['/429', '/429/']) {
		test(`the shortcut ${path} lands on /codes/429/`, async ({ page }) => {
			await page.goto(path);
			await expect(page).toHaveURL(/\/codes\/429\/$/);
			await expect(page.locator('h1')).toHaveText('429 Too Many Requests');
		});
	}

	test('/404, whose file is the not-found page, still reaches the 404 code page', async ({ page }) => {
		await page.goto('/404');
		await expect(page).toHaveURL(/\/codes\/404\/$/);
		await expect(page.locator('h1')).toHaveText('404 Not Found');
	});

	const unknown = [MISSING_CODE_PATH, '/codes/600'];
	// 999 is LinkedIn's unofficial code; it is only a missing page if the site has no entry for it.
	if (!entries.some((entry) => entry.code === 999)) unknown.push('/codes/999');
	for (const path of unknown) {
		test(`an unknown code ${path} gets status 404 and the helpful not-found page`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			await expect(page.locator('h1')).toHaveText('Page not found');
			await expect(page.locator('[data-nearest-list] a').first()).toBeVisible();
			await expect(page.locator('main a[href="/codes/4xx/"]')).toHaveCount(1);
			await expect(page.locator('[data-search-input]')).toBeVisible();
		});
	}

	test('a number that cannot be a status code, /codes/1000/, gets status 404, the classes and search', async ({ page }) => {
		const response = await page.goto('/codes/1000/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText('Page not found');
		await expect(page.locator('main a[href="/codes/4xx/"]')).toHaveCount(1);
		await expect(page.locator('[data-search-input]')).toBeVisible();
	});

	if (entries.some((entry) => entry.code === 999)) {
		test('/codes/999 is the page of LinkedIn’s unofficial code', async ({ page }) => {
			const response = await page.goto('/codes/999');
			expect(response?.status()).toBe(200);
			await expect(page.locator('h1')).toContainText('999');
		});
	}

	for (const path of ['/codes/429/garbage', '/codes/429/garbage/', '/codes/429%00', '/codes/429.html', '/codes/4291/', '/CODES/429/', '/codes/%E0%A4%A', '/_headers', '/codes/%2e%2e/%2e%2e/etc/passwd']) {
		test(`a mangled address ${path} gets the not-found page with status 404`, async ({ request }) => {
			const response = await request.get(path, { maxRedirects: 0 });
			expect(response.status()).toBe(404);
			expect(await response.text()).toContain('Page not found');
		});
	}

	test('a mangled code address still offers the code it resembles', async ({ page }) => {
		await page.goto('/codes/429/garbage');
		await expect(page.locator('[data-nearest-list] a').first()).toHaveAttribute('href', '/codes/429/');
	});

	test('/codes/429/index.html serves the page, whose canonical link names /codes/429/', async ({ page }) => {
		const response = await page.goto('/codes/429/index.html');
		expect(response?.status()).toBe(200);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/codes\/429\/$/);
	});
});
