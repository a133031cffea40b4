import { expect, test } from '@playwright/test';
import { entries } from './entries';

test.describe('code pages', () => {
	for (const entry of entries) {
		test(`/codes/${entry.code}/ shows ${entry.code} ${entry.title} in the h1`, async ({ page }) => {
			const response = await page.goto(`/codes/${entry.code}/`);
			expect(response?.status()).toBe(200);
			await expect(page.locator('h1')).toHaveText(`${entry.code} ${entry.title}`);
			// A number that is no status (0) is titled with its spellings instead.
			await expect(page).toHaveTitle(entry.status === 'not-a-status' ? `${entry.code} and ${String(entry.code).padStart(3, '0')}: no HTTP status at all` : `${entry.code} ${entry.title}: HTTP status code`);
		});
	}

	test('marks unofficial codes as unofficial, next to the heading', async ({ page }) => {
		await page.goto('/codes/499/');
		await expect(page.locator('header .badge')).toHaveText('Unofficial');
		await page.goto('/codes/404/');
		await expect(page.locator('header .badge')).toHaveCount(0);
	});

	test('links previous and next codes and the class in the breadcrumbs', async ({ page }) => {
		const index = entries.findIndex((entry) => entry.code === 429);
		await page.goto('/codes/429/');
		await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: '4xx Client Error' })).toHaveAttribute('href', '/codes/4xx/');
		const pager = page.getByRole('navigation', { name: 'Previous and next code' });
		await expect(pager.locator('a[rel="prev"]')).toHaveAttribute('href', `/codes/${entries[index - 1].code}/`);
		await expect(pager.locator('a[rel="next"]')).toHaveAttribute('href', `/codes/${entries[index + 1].code}/`);
	});
});
