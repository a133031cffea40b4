/**
 * The built site on the Cloudflare Pages runtime (`tests/wrangler.ts`), reached the
 * way people type or paste its addresses: what the host itself answers, from
 * `_redirects`, `_headers` and its own path rules, as well as what the pages do.
 */
import { IMMUTABLE, REVALIDATE } from '../../src/lib/hosting/security-headers';
import { wranglerDevStatus } from '../wrangler';
import { entries } from './entries';
import { expect, MISSING_CODE_PATH, test } from './built-site';

test.describe('served as users reach it', () => {
	test('/codes/429/ is the page itself', async ({ page }) => {
		const response = await page.goto('/codes/429/');
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveText('429 Too Many Requests');
	});

	test('/codes/429 redirects once, permanently (308), to /codes/429/ and keeps the query', async ({ page, request }) => {
		const response = await request.get('/codes/429?from=chat', { maxRedirects: 0 });
		expect(response.status()).toBe(308);
		expect(response.headers().location).toBe('/codes/429/?from=chat');
		await page.goto('/codes/429');
		await expect(page).toHaveURL(/\/codes\/429\/$/);
		await expect(page.locator('h1')).toHaveText('429 Too Many Requests');
	});

	// `_redirects` answers the shortcuts with a real 301; `/404` and `/500` are no exception.
	for (const code of [429, 404, 500]) {
		test(`the shortcut /${code} is a 301 to /codes/${code}/ that keeps the query`, async ({ request }) => {
			const response = await request.get(`/${code}?from=chat`, { maxRedirects: 0 });
			expect(response.status()).toBe(301);
			expect(response.headers().location).toBe(`/codes/${code}/?from=chat`);
		});

		// `/429/` is the page hosts without `_redirects` serve for `/429`: it forwards without JavaScript.
		for (const path of [`/${code}`, `/${code}/`]) {
			test(`the shortcut ${path} lands on /codes/${code}/, even without JavaScript`, async ({ browser }) => {
				const context = await browser.newContext({ javaScriptEnabled: false });
				const page = await context.newPage();
				await page.goto(path);
				await expect(page).toHaveURL(new RegExp(`/codes/${code}/$`));
				await expect(page.locator('h1')).toHaveText(new RegExp(`^${code} `));
				await context.close();
			});
		}
	}

	test('/404/ is the shortcut page, not the not-found page', async ({ request }) => {
		const response = await request.get('/404/', { maxRedirects: 0 });
		expect(response.status()).toBe(200);
		const html = await response.text();
		expect(html).toContain('<meta http-equiv="refresh" content="0;url=/codes/404/">');
		expect(html).not.toContain('Page not found');
	});

	const unknown = [MISSING_CODE_PATH, '/codes/600', '/600', '/nonexistent'];
	// 999 is LinkedIn's unofficial code; it is only a missing page if the site has no entry for it.
	if (!entries.some((entry) => entry.code === 999)) unknown.push('/codes/999');
	for (const path of unknown) {
		test(`an unknown address ${path} gets status 404 and the helpful not-found page`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			await expect(page.locator('h1')).toHaveText('Page not found');
			// The nearest codes, for an address with a code-like number in it.
			if (/\d{3}/.test(path)) await expect(page.locator('[data-nearest-list] a').first()).toBeVisible();
			else await expect(page.locator('[data-nearest]')).toBeHidden();
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

	const mangled = ['/codes/429/garbage', '/codes/429/garbage/', '/codes/429%00', '/codes/429.html', '/codes/4291/', '/CODES/429/', '/codes/%E0%A4%A', '/codes/%2e%2e/%2e%2e/etc/passwd'];
	for (const path of mangled) {
		test(`a mangled address ${path} gets the not-found page with status 404`, async ({ request }) => {
			const response = await request.get(path, { maxRedirects: 0 });
			const body = await response.text();
			// wrangler dev answers a few of these with 502 where Pages answers 404 (`tests/wrangler.ts`).
			expect(response.status()).toBe(wranglerDevStatus(path) ?? 404);
			if (response.status() === 404) expect(body).toContain('Page not found');
			else expect(body).not.toContain('<html');
		});
	}

	// The host's own files are read by the host, never served; a file asked for as a folder is not the file.
	for (const [path, secret] of [['/_headers', 'Content-Security-Policy'], ['/_redirects', '/codes/429/ 301'], ['/robots.txt/', 'User-agent'], ['/codes/429.json/', '"code"']]) {
		test(`${path} does not serve the file`, async ({ request }) => {
			const response = await request.get(path, { maxRedirects: 0 });
			expect(response.status()).toBe(wranglerDevStatus(path) ?? 404);
			expect(await response.text()).not.toContain(secret);
		});
	}

	test('a mangled code address still offers the code it resembles', async ({ page }) => {
		await page.goto('/codes/429/garbage');
		await expect(page.locator('[data-nearest-list] a').first()).toHaveAttribute('href', '/codes/429/');
	});

	test('/codes/429/index.html redirects (308) to /codes/429/, whose canonical link names it', async ({ page, request }) => {
		const response = await request.get('/codes/429/index.html', { maxRedirects: 0 });
		expect(response.status()).toBe(308);
		expect(response.headers().location).toBe('/codes/429/');
		await page.goto('/codes/429/index.html');
		await expect(page).toHaveURL(/\/codes\/429\/$/);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/codes\/429\/$/);
	});
});

test.describe('caching and CORS, as the host sends them', () => {
	/** The first file of a kind in a page's HTML or in `dist/`. */
	const hashed = async (request: import('@playwright/test').APIRequestContext) => {
		const html = await (await request.get('/')).text();
		const script = html.match(/\/_astro\/[\w.-]+\.js/)?.[0];
		const entry = await (await request.get('/pagefind/pagefind-entry.json')).json();
		const meta = `/pagefind/pagefind.${Object.values<{ hash: string }>(entry.languages)[0].hash}.pf_meta`;
		return [script!, meta];
	};

	test('content-hashed files may be kept for a year, untouched', async ({ request }) => {
		const paths = await hashed(request);
		expect(paths[0]).toMatch(/^\/_astro\//);
		for (const path of paths) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(200);
			expect(response.headers()['cache-control'], path).toBe(IMMUTABLE);
			expect(response.headers()['content-security-policy'], path).toBeTruthy();
		}
	});

	for (const path of ['/', '/guide/', '/codes/429/', '/codes/4xx/', '/429/', '/404/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/codes.json', '/search-results.json']) {
		test(`${path} is revalidated on every use`, async ({ request }) => {
			const response = await request.get(path, { maxRedirects: 0 });
			expect(response.status()).toBe(200);
			expect(response.headers()['cache-control']).toBe(REVALIDATE);
		});
	}

	test('the not-found page is not stored', async ({ request }) => {
		const response = await request.get('/codes/600/');
		expect(response.status()).toBe(404);
		expect(response.headers()['cache-control']).toBe('no-store');
	});

	for (const path of ['/codes.json', '/codes/429.json', '/codes.schema.json']) {
		test(`the JSON data ${path} can be fetched by scripts on any site`, async ({ request }) => {
			const response = await request.get(path, { headers: { Origin: 'https://example.org' } });
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toMatch(/^application\/json/);
			expect(response.headers()['access-control-allow-origin']).toBe('*');
		});
	}
});
