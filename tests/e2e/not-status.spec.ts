/** Numbers that are not status codes: the 0 page and its spellings, the explainer page, their search records; browser support tables. */
import { expect, test } from '@playwright/test';
import { searchFor } from './search-box';

test.describe('numbers that are not status codes', () => {
	test('/codes/0/ says it is not a status code and belongs to no class and no sequence of codes', async ({ page }) => {
		await page.goto('/codes/0/');
		await expect(page.locator('header .badge')).toHaveText('Not a status code');
		await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Not status codes' })).toHaveAttribute('href', '/not-status-codes/');
		await expect(page.getByRole('heading', { name: 'Who reports it' })).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Previous and next code' }).locator('a')).toHaveCount(0);
	});

	for (const path of ['/0', '/000', '/codes/000', '/codes/000/']) {
		test(`${path} reaches /codes/0/`, async ({ page }) => {
			await page.goto(path);
			await expect(page).toHaveURL(/\/codes\/0\/$/);
			await expect(page.locator('h1')).toHaveText(/^0 /);
		});
	}

	test('every Warning and WinINet number has an anchor, and the 1xx page points at its look-alikes', async ({ page }) => {
		await page.goto('/not-status-codes/');
		for (const id of ['warn-110', 'warn-111', 'warn-112', 'warn-113', 'warn-199', 'warn-214', 'warn-299', 'wininet-12002', 'wininet-12007', 'wininet-12029', 'wininet-12030', 'wininet-12031', 'wininet-12152']) {
			await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
		}
		await page.goto('/codes/1xx/');
		await expect(page.locator('a[href="/not-status-codes/#warn-110"]')).toHaveCount(1);
	});

	for (const [query, href] of [
		['214', '/not-status-codes/#warn-214'],
		['warning 110 response is stale', '/not-status-codes/#warn-110'],
		['12029', '/not-status-codes/#wininet-12029'],
		['status 0', '/codes/0/'],
	] as const) {
		test(`searching "${query}" finds ${href} first`, async ({ page }) => {
			await page.goto('/');
			await expect((await searchFor(page, query)).first()).toHaveAttribute('href', href);
		});
	}

	test('103 shows browser support from browser-compat-data: no rel=preload in Safari', async ({ page }) => {
		await page.goto('/codes/103/');
		const table = page.locator('section[aria-labelledby="browser-support"] table');
		const preload = table.locator('tr', { has: page.getByRole('rowheader', { name: 'rel=preload' }) });
		await expect(preload.locator('td').nth(3)).toHaveText('No');
		await page.goto('/codes/404/');
		await expect(page.locator('#browser-support')).toHaveCount(0);
	});
});
