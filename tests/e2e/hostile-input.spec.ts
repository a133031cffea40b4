/**
 * Hostile input in the search box and in `?q=`: shown as text, never run, and
 * the search still works afterwards. The browser ignores the site's CSP here
 * (`bypassCSP`), so an injection would really execute and be caught: the page's
 * own escaping is under test, not the policy.
 */
import { expect, type Page, test } from '@playwright/test';
import { searchFor } from './search-box';

const PAYLOADS: Record<string, string> = {
	'an image with an onerror handler': '<img src=x onerror=alert(1)>',
	'a script breaking out of an attribute': '"><script>alert(1)</script>',
	'a javascript: URL': 'javascript:alert(document.domain)',
	'a template expression': "{{constructor.constructor('alert(1)')()}}",
	'10,000 characters in one word': 'x'.repeat(10_000),
	'10,000 characters of unknown words': 'zqxj '.repeat(2_000),
	emoji: '🔥 429 🙂👍🏽 👨‍👩‍👧',
	'right-to-left text': 'خطأ كثير من الطلبات שגיאה ‮429',
	'control characters': 'rate\u0000limit\u0007\u200b',
};

/** Dialogs, uncaught errors and console errors: any of them means input was run or broke the page. */
function watch(page: Page): string[] {
	const problems: string[] = [];
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	return problems;
}

/** The input came back as text: the results echo it, and the panel holds no element it could have injected. */
async function expectShownAsText(page: Page, payload: string) {
	const results = page.locator('[data-search-results]');
	await expect(results).toHaveAttribute('data-search-query', payload);
	await expect(results).not.toHaveAttribute('aria-busy', 'true');
	await expect(page.locator('[data-search-input]')).toHaveValue(payload);
	expect(await page.locator('site-search').locator('img, script, iframe, object, embed, svg').count()).toBe(0);
	expect(await page.locator('body img').count()).toBe(0);
}

async function expectSearchStillWorks(page: Page) {
	const links = await searchFor(page, 'teapot');
	await expect(links.first()).toHaveAttribute('href', '/codes/418/');
}

test.use({ bypassCSP: true });

test.describe('hostile search input', () => {
	for (const [name, payload] of Object.entries(PAYLOADS)) {
		test(`typed: ${name}`, async ({ page }) => {
			const problems = watch(page);
			await page.goto('/codes/404/');
			await page.locator('[data-search-input]').fill(payload);
			await expectShownAsText(page, payload);
			await expectSearchStillWorks(page);
			expect(problems).toEqual([]);
		});

		test(`in ?q=: ${name}`, async ({ page }) => {
			const problems = watch(page);
			await page.goto(`/?q=${encodeURIComponent(payload)}`);
			await expectShownAsText(page, payload);
			await expectSearchStillWorks(page);
			expect(problems).toEqual([]);
		});
	}

	test('markup in a missing page’s address is not run on the not-found page', async ({ page }) => {
		const problems = watch(page);
		const response = await page.goto('/codes/%3Cimg%20src=x%20onerror=alert(1)%3E429/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText('Page not found');
		await expect(page.locator('[data-nearest-list] a').first()).toHaveAttribute('href', '/codes/429/');
		expect(await page.locator('body img').count()).toBe(0);
		expect(problems.filter((problem) => !problem.includes('404 (Not Found)'))).toEqual([]);
	});
});
