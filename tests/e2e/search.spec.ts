import { expect, type Page, test } from '@playwright/test';

async function search(page: Page, query: string) {
	const input = page.locator('[data-search-input]');
	await input.fill(query);
	const results = page.locator('[data-search-results]');
	await expect(results).toHaveAttribute('data-search-query', query);
	await expect(results).not.toHaveAttribute('aria-busy', 'true');
	return results.locator('a[href]');
}

test.describe('search', () => {
	for (const [query, code] of [
		['429', 429],
		['teapot', 418],
		['rate limit', 429],
	] as const) {
		test(`"${query}" puts /codes/${code}/ first`, async ({ page }) => {
			await page.goto('/');
			const links = await search(page, query);
			await expect(links.first()).toHaveAttribute('href', `/codes/${code}/`);
		});
	}

	test('does not load the search code or index until the visitor starts searching', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto('/codes/404/');
		await page.waitForLoadState('networkidle');
		expect(requested.filter((path) => path.startsWith('/pagefind/') || path.includes('search-controller'))).toEqual([]);
		await search(page, 'gone');
		expect(requested.some((path) => path.startsWith('/pagefind/'))).toBe(true);
	});

	test('typing an existing code and pressing Enter opens its page', async ({ page }) => {
		await page.goto('/');
		await page.locator('[data-search-input]').fill('503');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/codes\/503\/$/);
	});

	test('Ctrl+K focuses the box, arrows move through results, Enter opens one', async ({ page }) => {
		await page.goto('/codes/200/');
		await page.keyboard.press('Control+k');
		await expect(page.locator('[data-search-input]')).toBeFocused();
		const links = await search(page, 'redirect');
		const second = await links.nth(1).getAttribute('href');
		await page.keyboard.press('ArrowDown');
		await expect(links.first()).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(links.nth(1)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${second}$`));
	});

	test('Escape closes the results and returns to the box', async ({ page }) => {
		await page.goto('/');
		const links = await search(page, 'timeout');
		await expect(links.first()).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(links.first()).toBeHidden();
		await expect(page.locator('[data-search-input]')).toBeFocused();
	});

	test('the class filter keeps only codes of that class', async ({ page }) => {
		await page.goto('/');
		await search(page, 'timeout');
		await page.locator('[data-search-class]').selectOption('5xx');
		// The filtered search starts at once (aria-busy); wait for it, not for the unfiltered list still shown.
		await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
		const results = page.locator('[data-search-results] a[href]');
		await expect(results.first()).toHaveAttribute('href', /\/codes\/5\d\d\/$/);
		for (const href of await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
			expect(href).toMatch(/\/codes\/5\d\d\/$/);
		}
	});

	test('results show code, name and class, and a query opens from ?q=', async ({ page }) => {
		await page.goto('/?q=teapot');
		const results = page.locator('[data-search-results]');
		await expect(results).toHaveAttribute('data-search-query', 'teapot');
		await expect(results.locator('a').first()).toContainText("418 I'm a teapot (Unused)");
		await expect(results.locator('a').first()).toContainText('4xx Client Error');
	});
});
