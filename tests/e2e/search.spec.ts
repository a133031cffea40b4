import { expect, test } from '@playwright/test';
import { searchFor } from './search-box';

test.describe('search', () => {
	for (const [query, code] of [
		['429', 429],
		['teapot', 418],
		['rate limit', 429],
	] as const) {
		test(`"${query}" puts /codes/${code}/ first`, async ({ page }) => {
			await page.goto('/');
			const links = await searchFor(page, query);
			await expect(links.first()).toHaveAttribute('href', `/codes/${code}/`);
		});
	}

	test('a result is named with spaces between its title, class and tagline', async ({ page }) => {
		await page.goto('/');
		const links = await searchFor(page, '429');
		await expect(links.first()).toHaveAccessibleName(/^429 Too Many Requests 4xx Client Error \S/);
	});

	test('does not load the search code or index until the visitor starts searching', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto('/codes/404/');
		await page.waitForLoadState('networkidle');
		expect(requested.filter((path) => path.startsWith('/pagefind/') || path.includes('search-controller'))).toEqual([]);
		await searchFor(page, 'gone');
		expect(requested.some((path) => path.startsWith('/pagefind/'))).toBe(true);
	});

	test('typing an existing code and pressing Enter opens its page', async ({ page }) => {
		await page.goto('/');
		await page.locator('[data-search-input]').fill('503');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/codes\/503\/$/);
	});

	test('Ctrl+K focuses the box, arrows move the active option while focus stays in the box, Enter opens it', async ({ page }) => {
		await page.goto('/codes/200/');
		await page.keyboard.press('Control+k');
		const input = page.locator('[data-search-input]');
		await expect(input).toBeFocused();
		const options = await searchFor(page, 'redirect');
		await expect(input).toHaveAttribute('aria-expanded', 'true');
		const second = await options.nth(1).getAttribute('href');
		await page.keyboard.press('ArrowDown');
		await expect(input).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('ArrowDown');
		await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
		await expect(options.first()).toHaveAttribute('aria-selected', 'false');
		await expect(input).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${second}$`));
	});

	test('results are options of the listbox the combobox controls, and the count is announced', async ({ page }) => {
		await page.goto('/');
		const input = page.locator('[data-search-input]');
		await expect(input).toHaveAttribute('role', 'combobox');
		await expect(input).toHaveAttribute('aria-expanded', 'false');
		const options = await searchFor(page, 'timeout');
		// The panel is built by the search code, which then points the input at the listbox.
		const listbox = page.locator(`#${await input.getAttribute('aria-controls')}`);
		await expect(listbox).toHaveAttribute('role', 'listbox');
		expect(await options.count()).toBeGreaterThan(1);
		for (const role of await options.evaluateAll((links) => links.map((link) => link.getAttribute('role')))) expect(role).toBe('option');
		const count = Number(await listbox.getAttribute('data-search-count'));
		expect(count).toBeGreaterThanOrEqual(await options.count());
		await expect(page.getByRole('status')).toHaveText(count > (await options.count()) ? `${count} results, the best ${await options.count()} shown` : `${count} results`);
	});

	test('the count is the real number of results, also when only the best are shown', async ({ page }) => {
		await page.goto('/');
		const options = await searchFor(page, '4');
		const count = Number(await page.locator('[data-search-results]').getAttribute('data-search-count'));
		expect(count).toBeGreaterThan(await options.count());
		await expect(page.getByRole('status')).toHaveText(`${count} results, the best ${await options.count()} shown`);
		await expect(options.first()).toHaveAttribute('href', '/codes/400/');
	});

	for (const query of ['asdfqwerzxcv', 'lorem ipsum dolor sit amet']) {
		test(`"${query}" gets the empty state, not weak matches`, async ({ page }) => {
			await page.goto('/');
			await expect(await searchFor(page, query)).toHaveCount(0);
			await expect(page.locator('[data-search-results]')).toHaveAttribute('data-search-count', '0');
			await expect(page.getByRole('status')).toHaveText(`No code matches “${query}”.`);
			await expect(page.locator('[data-search-help]').getByRole('link', { name: '5xx' })).toHaveAttribute('href', '/codes/5xx/');
		});
	}

	test('a status line with a number no entry has gets the empty state with the nearest codes, not other codes', async ({ page }) => {
		await page.goto('/');
		await expect(await searchFor(page, 'HTTP/1.1 427')).toHaveCount(0);
		await expect(page.locator('[data-search-results]')).toHaveAttribute('data-search-count', '0');
		await expect(page.locator('[data-search-help]')).toContainText('427 is not a code this site knows');
		await expect(page.locator('[data-search-help]').getByRole('link', { name: '428' })).toHaveAttribute('href', '/codes/428/');
	});

	for (const query of ['000', 'status 0', '< HTTP/1.1 0']) {
		test(`"${query}" finds the page for 0 first`, async ({ page }) => {
			await page.goto('/');
			await expect((await searchFor(page, query)).first()).toHaveAttribute('href', '/codes/0/');
		});
	}

	for (const [query, code] of [
		['< HTTP/2 403', 403],
		['HTTP/1.1 429 Too Many Requests', 429],
		['0x80190194', 404],
		['5o3', 503],
		['Cannot POST /api', 404],
		['[2026-01-14T09:12:33Z] ERROR ip=203.0.113.7 POST /api/orders 409 Conflict', 409],
	] as const) {
		test(`pasted "${query}" puts /codes/${code}/ first`, async ({ page }) => {
			await page.goto('/');
			await expect((await searchFor(page, query)).first()).toHaveAttribute('href', `/codes/${code}/`);
		});
	}

	test('comparisons and guide answers are results of their own, after the first code', async ({ page }) => {
		await page.goto('/');
		const options = await searchFor(page, 'redirect');
		await expect(options.first()).toHaveAttribute('href', /^\/codes\/3\d\d\/$/);
		await expect(page.locator('[data-search-results] a[href^="/compare/"]').first()).toContainText('Comparison');
		await expect(page.locator('[data-search-results] a[href^="/guide/#"]').first()).toContainText('Decision guide');
	});

	test('Escape closes the list, a second Escape clears the box', async ({ page }) => {
		await page.goto('/');
		const input = page.locator('[data-search-input]');
		const options = await searchFor(page, 'timeout');
		await expect(options.first()).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(options.first()).toBeHidden();
		await expect(input).toHaveAttribute('aria-expanded', 'false');
		await expect(input).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(input).toHaveValue('');
	});

	test('a number the site lacks gets the nearest real codes', async ({ page }) => {
		await page.goto('/');
		await searchFor(page, 'error 432 from api');
		const help = page.locator('[data-search-help]');
		await expect(help).toContainText('432 is not a code this site knows');
		await expect(help.getByRole('link', { name: '431' })).toHaveAttribute('href', '/codes/431/');
	});

	test('a query that finds nothing says so and suggests what to type and where to browse', async ({ page }) => {
		await page.goto('/');
		await searchFor(page, 'zzzqqq');
		await expect(page.getByRole('status')).toHaveText('No code matches “zzzqqq”.');
		const help = page.locator('[data-search-help]');
		await expect(help).toContainText('Try a number (404)');
		await expect(help.getByRole('link', { name: '4xx' })).toHaveAttribute('href', '/codes/4xx/');
		await expect(help.getByRole('link', { name: 'unofficial codes' })).toHaveAttribute('href', '/codes/unofficial/');
	});

	test('when the filters hide every result, one button searches without them', async ({ page }) => {
		await page.goto('/');
		await searchFor(page, 'teapot');
		await page.locator('[data-search-class]').selectOption('1xx');
		await expect(page.locator('[data-search-results] a[href]')).toHaveCount(0);
		await page.getByRole('button', { name: 'Search all classes and kinds' }).click();
		await expect(page.locator('[data-search-results] a[href]').first()).toHaveAttribute('href', '/codes/418/');
		await expect(page.locator('[data-search-class]')).toHaveValue('');
	});

	test('a code named among other words comes first', async ({ page }) => {
		await page.goto('/');
		const options = await searchFor(page, 'what does 307 mean');
		await expect(options.first()).toHaveAttribute('href', '/codes/307/');
	});

	test('the class filter keeps only codes of that class', async ({ page }) => {
		await page.goto('/');
		await searchFor(page, 'timeout');
		await page.locator('[data-search-class]').selectOption('5xx');
		// The filtered search starts at once (aria-busy); wait for it, not for the unfiltered list still shown.
		await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
		const results = page.locator('[data-search-results] a[href]');
		await expect(results.first()).toHaveAttribute('href', /\/codes\/5\d\d\/$/);
		// Codes of that class only; guide answers and comparisons about them may come along.
		for (const href of await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
			expect(href).toMatch(/^\/codes\/5\d\d\/$|^\/guide\/#|^\/compare\//);
		}
	});

	test('results show code, name and class, and a query opens from ?q=', async ({ page }) => {
		await page.goto('/?q=teapot');
		const results = page.locator('[data-search-results]');
		await expect(results).toHaveAttribute('data-search-query', 'teapot');
		await expect(results.locator('a').first()).toContainText('418 I’m a teapot (Unused)');
		await expect(results.locator('a').first()).toContainText('4xx Client Error');
	});
});
