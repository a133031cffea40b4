import { expect, type Locator, type Page } from '@playwright/test';

/** Types `query` into the header search box and waits until its results (or "no match") are shown; returns the result links. */
export async function searchFor(page: Page, query: string): Promise<Locator> {
	await page.locator('[data-search-input]').fill(query);
	const results = page.locator('[data-search-results]');
	await expect(results).toHaveAttribute('data-search-query', query);
	await expect(results).not.toHaveAttribute('aria-busy', 'true');
	return results.locator('a[href]');
}
