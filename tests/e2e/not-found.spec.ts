import { expect, test } from '@playwright/test';
import { nearestCodes } from '../../src/lib/codes/nearest';
import { entries } from './entries';

test.describe('not-found page', () => {
	test('an unknown code gets a real 404 with the nearest codes, the classes and search', async ({ page }) => {
		const response = await page.goto('/codes/477/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText('Page not found');
		const nearest = page.locator('[data-nearest-list] a');
		await expect(nearest.first()).toBeVisible();
		const shown = (await nearest.allTextContents()).map((text) => Number(text.slice(0, 3)));
		expect(shown).toEqual(nearestCodes(entries.map((entry) => entry.code), 477, 5));
		await expect(page.getByRole('link', { name: '4xx Client Error' }).first()).toBeVisible();
		await expect(page.locator('[data-search-input]')).toBeVisible();
	});

	// 442 lies halfway between 440 and 444, 600 above every three-digit class, 050 below them all.
	for (const [path, target] of [['/codes/442/', 442], ['/codes/600/', 600], ['/050', 50]] as const) {
		test(`${path} lists the same nearest codes, in the same order, as nearestCodes`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('[data-nearest] h2')).toHaveText(`${target} is not a status code this site knows. The nearest ones:`);
			const shown = (await page.locator('[data-nearest-list] a').allTextContents()).map((text) => parseInt(text));
			expect(shown).toEqual(nearestCodes(entries.map((entry) => entry.code), target, 5));
		});
	}

	test('an address that names an existing code amid other text asks whether that code was meant', async ({ page }) => {
		await page.goto('/codes/429/garbage');
		await expect(page.locator('[data-nearest] h2')).toHaveText('Were you looking for 429 Too Many Requests? Codes near 429:');
		await expect(page.locator('[data-nearest-list] a')).toHaveCount(5);
	});

	test('without JavaScript it still links every class', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const response = await page.goto('/codes/477/');
		expect(response?.status()).toBe(404);
		for (const slug of ['1xx', '2xx', '3xx', '4xx', '5xx']) {
			await expect(page.locator(`main a[href="/codes/${slug}/"]`)).toHaveCount(1);
		}
		await context.close();
	});
});
