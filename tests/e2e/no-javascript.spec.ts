import { expect, test } from '@playwright/test';
import { entries } from './entries';

test.use({ javaScriptEnabled: false });

test.describe('without JavaScript', () => {
	test('every code page is linked from the home page and from its class page or the unofficial index', async ({ page }) => {
		await page.goto('/');
		const linksOn = async () => new Set(await page.locator('main a[href^="/codes/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href'))));
		const fromHome = await linksOn();
		const fromClasses = new Set<string | null>();
		for (const slug of ['1xx', '2xx', '3xx', '4xx', '5xx', 'unofficial']) {
			expect(fromHome.has(`/codes/${slug}/`)).toBe(true);
			await page.goto(`/codes/${slug}/`);
			for (const href of await linksOn()) fromClasses.add(href);
		}
		for (const entry of entries) {
			expect(fromHome.has(`/codes/${entry.code}/`), `${entry.code} on the home page`).toBe(true);
			expect(fromClasses.has(`/codes/${entry.code}/`), `${entry.code} on its class page or the unofficial index`).toBe(true);
		}
	});

	test('a code page renders fully and hides the search box that cannot work', async ({ page }) => {
		await page.goto('/codes/503/');
		await expect(page.locator('h1')).toHaveText('503 Service Unavailable');
		await expect(page.locator('#what-it-means')).toBeVisible();
		await expect(page.locator('[data-search-input]')).toBeHidden();
	});

	test('the /429 shortcut still redirects', async ({ page }) => {
		await page.goto('/429');
		await expect(page).toHaveURL(/\/codes\/429\/$/);
	});
});
