import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parseCsv } from '../../src/lib/content/csv';
import { findVendorMeaning } from '../../src/lib/search/vendor-match';
import { entries } from './entries';

const rows = parseCsv(readFileSync('src/data/unofficial-http-status-codes.csv', 'utf8')).map((row) => ({
	code: String(row.code),
	name: String(row.name),
	vendor: String(row.vendor),
}));
const unofficial = entries.filter((entry) => entry.status === 'unofficial');

test.describe('unofficial codes', () => {
	for (const row of rows) {
		test(`${row.code} shows the ${row.vendor} meaning "${row.name}" with its vendor`, async ({ page }) => {
			const meaning = findVendorMeaning(entries.find((entry) => entry.code === Number(row.code))?.vendors ?? [], row);
			expect(meaning, 'the entry lists this meaning').toBeDefined();
			await page.goto(`/codes/${row.code}/`);
			const section = page.locator('section[aria-labelledby="vendor-meanings"]');
			await expect(section).toContainText(meaning!.vendor);
			await expect(section).toContainText(meaning!.name);
			await expect(section.locator('.badge').first()).toHaveText('Unofficial');
		});
	}

	test('no unofficial code is ever labelled registered', async ({ page }) => {
		// One test visits every unofficial page.
		test.setTimeout(120_000);
		for (const entry of unofficial) {
			await page.goto(`/codes/${entry.code}/`);
			await expect(page.locator('article > header .badge')).toHaveText('Unofficial');
			await expect(page.locator('dl')).not.toContainText('Registered in the');
		}
	});

	test('the unofficial index lists every unofficial number under its vendors', async ({ page }) => {
		await page.goto('/codes/unofficial/');
		const linked = new Set(await page.locator('main section a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))));
		for (const entry of unofficial) expect(linked.has(`/codes/${entry.code}/`), String(entry.code)).toBe(true);
	});

	async function resultsFor(page: Page, query: string, kind: string) {
		await page.goto('/');
		await page.locator('[data-search-input]').fill(query);
		await page.locator('[data-search-kind]').selectOption(kind);
		const results = page.locator('[data-search-results]');
		await expect(results).toHaveAttribute('data-search-query', query);
		await expect(results).not.toHaveAttribute('aria-busy', 'true');
		await expect(results.locator('a').first()).toBeVisible();
		return results.locator('a');
	}

	test('the search filter can keep only unofficial codes', async ({ page }) => {
		const links = await resultsFor(page, 'timeout', 'unofficial');
		for (const text of await links.allTextContents()) expect(text).toContain('Unofficial');
	});

	test('the search filter can leave unofficial codes out', async ({ page }) => {
		const links = await resultsFor(page, 'timeout', 'registered');
		for (const text of await links.allTextContents()) expect(text).not.toContain('Unofficial');
	});
});
