import { expect, test } from '@playwright/test';
import { entries } from './entries';

test.describe('browser search engine', () => {
	test('the OpenSearch description is well-formed XML whose URL template opens the site search with the query', async ({ page, baseURL }) => {
		await page.goto('/');
		const href = await page.locator('link[rel="search"][type="application/opensearchdescription+xml"]').getAttribute('href');
		const response = await page.request.get(href!);
		expect(response.ok()).toBe(true);
		const xml = await response.text();
		const parsed = await page.evaluate((text) => {
			const document = new DOMParser().parseFromString(text, 'application/xml');
			const html = document.querySelector('Url[type="text/html"]');
			return {
				error: document.querySelector('parsererror')?.textContent ?? null,
				namespace: document.documentElement.namespaceURI,
				shortName: document.querySelector('ShortName')?.textContent,
				template: html?.getAttribute('template'),
			};
		}, xml);
		expect(parsed.error).toBeNull();
		expect(parsed.namespace).toBe('http://a9.com/-/spec/opensearch/1.1/');
		expect(parsed.shortName!.length).toBeLessThanOrEqual(16);
		expect(parsed.template).toContain('{searchTerms}');

		// The template names the public site; the same path and query on this server must open the search.
		const template = new URL(parsed.template!.replace('{searchTerms}', 'SEARCH_TERMS'));
		const url = new URL(template.pathname + template.search.replace('SEARCH_TERMS', encodeURIComponent('too many requests')), baseURL);
		await page.goto(url.href);
		await expect(page.locator('[data-search-input]')).toHaveValue('too many requests');
		const results = page.locator('[data-search-results]');
		await expect(results).toHaveAttribute('data-search-query', 'too many requests');
		await expect(results.locator('a').first()).toContainText('429 Too Many Requests');
	});
});

test.describe('section links', () => {
	test('copy the full URL of the section, say so politely, and still go to the section', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await page.goto('/codes/429/');
		const heading = page.getByRole('heading', { level: 2, name: /When to send it/ });
		const link = heading.getByRole('link', { name: 'Copy link to this section' });
		await expect(link).toBeVisible();
		await link.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/codes/429/#when-to-send-it`);
		await expect(page).toHaveURL(/\/codes\/429\/#when-to-send-it$/);
	});

	test('every section heading of a code page has one', async ({ page }) => {
		for (const path of ['/codes/404/', '/codes/499/', '/codes/218/']) {
			await page.goto(path);
			const ids = await page.locator('article h2').evaluateAll((items) => items.map((item) => item.id));
			expect(ids).toEqual(expect.arrayContaining(['what-it-means', 'when-you-receive-it', 'when-to-send-it', 'example', 'specification-and-history', 'related-codes']));
			for (const id of ids) await expect(page.locator(`h2#${id} a[href="#${id}"]`), `${path}#${id}`).toHaveCount(1);
		}
		// Outside the entry body too: the messages, who sends it, and the comparisons.
		await page.goto('/codes/503/');
		for (const id of ['what-you-may-see', 'vendor-meanings', 'compare-with']) await expect(page.locator(`h2#${id} a[href="#${id}"]`)).toHaveCount(1);
	});
});

test.describe('section links without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('are plain links to the section', async ({ page }) => {
		await page.goto('/codes/429/');
		const link = page.getByRole('heading', { level: 2, name: /When to send it/ }).getByRole('link', { name: 'Link to this section' });
		await link.click();
		await expect(page).toHaveURL(/\/codes\/429\/#when-to-send-it$/);
	});
});

test('every social card decodes in the browser as a 1200×630 image', async ({ page }) => {
	await page.goto('/');
	const urls = ['/og/site.png', ...entries.map((entry) => `/og/${entry.code}.png`)];
	const sizes = await page.evaluate(
		(list) =>
			Promise.all(
				list.map(
					(url) =>
						new Promise<string>((resolve) => {
							const image = new Image();
							image.onload = () => resolve(`${url} ${image.naturalWidth}x${image.naturalHeight}`);
							image.onerror = () => resolve(`${url} failed`);
							image.src = url;
						}),
				),
			),
		urls,
	);
	expect(sizes).toEqual(urls.map((url) => `${url} 1200x630`));
});
