import { expect, test } from '@playwright/test';

test.describe('deep links', () => {
	for (const path of ['/codes/429', '/codes/429/', '/429', '/429/']) {
		test(`${path} reaches the 429 page`, async ({ page }) => {
			await page.goto(path);
			await expect(page).toHaveURL(/\/codes\/429\/?$/);
			await expect(page.locator('h1')).toHaveText('429 Too Many Requests');
		});
	}

	test('every page names one canonical URL with a trailing slash', async ({ page }) => {
		await page.goto('/codes/429');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/codes\/429\/$/);
	});

	test('/404, which the not-found page owns, still reaches the 404 code page', async ({ page }) => {
		await page.goto('/404');
		await expect(page).toHaveURL(/\/codes\/404\/$/);
		await expect(page.locator('h1')).toHaveText('404 Not Found');
	});
});
