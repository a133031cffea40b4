import { expect, test } from '@playwright/test';
import { guideLeaves } from '../../src/lib/guide';

const step = (page: import('@playwright/test').Page) => page.locator('[data-guide-step]');
const title = (page: import('@playwright/test').Page) => page.locator('#guide-step-title');

test.describe('decision guide without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows every question and answer as a nested list, each answer linking to its code page', async ({ page }) => {
		await page.goto('/guide/');
		await expect(step(page)).toBeHidden();
		const tree = page.locator('[data-guide-tree]');
		await expect(tree).toBeVisible();
		await expect(tree.getByText('How did the request turn out?')).toBeVisible();
		for (const leaf of guideLeaves()) {
			const answer = page.locator(`li[id="${leaf.path}"]`);
			await expect(answer, leaf.path).toBeVisible();
			await expect(answer.locator('[data-result] > a').first(), leaf.path).toHaveAttribute('href', `/codes/${leaf.code}/`);
		}
	});

	test('a shared step URL lands on that answer in the list', async ({ page }) => {
		await page.goto('/guide/#client.auth.missing');
		const answer = page.locator('li[id="client.auth.missing"]');
		await expect(answer).toBeInViewport();
		await expect(answer).toContainText('401 Unauthorized');
	});
});

test.describe('decision guide with JavaScript', () => {
	test('walks one question at a time to a code, with back and start again', async ({ page }) => {
		await page.goto('/guide/');
		await expect(page.locator('[data-guide-tree]')).toBeHidden();
		await expect(title(page)).toHaveText('How did the request turn out?');
		await expect(page.locator('[data-back]')).toBeHidden();

		await step(page).getByRole('link', { name: 'It failed because of the request' }).click();
		await expect(page).toHaveURL(/\/guide\/#client$/);
		await expect(title(page)).toHaveText('What is wrong with the request?');
		await expect(title(page)).toBeFocused();

		await step(page).getByRole('link', { name: 'Who sent it: credentials or permissions' }).click();
		await step(page).getByRole('link', { name: 'No: they are missing, expired or wrong' }).click();
		await expect(page).toHaveURL(/#client\.auth\.missing$/);
		await expect(title(page)).toHaveText('Use 401 Unauthorized');
		await expect(title(page)).toBeFocused();
		await expect(step(page).getByRole('link', { name: '401 Unauthorized' })).toHaveAttribute('href', '/codes/401/');
		await expect(page.locator('[data-trail] li')).toHaveText(['It failed because of the request', 'Who sent it: credentials or permissions', 'No: they are missing, expired or wrong']);

		await page.locator('[data-back]').click();
		await expect(page).toHaveURL(/#client\.auth$/);
		await expect(title(page)).toHaveText('Does it carry valid credentials?');
		await expect(title(page)).toBeFocused();

		await page.goBack();
		await expect(title(page)).toHaveText('Use 401 Unauthorized');

		await page.locator('[data-restart]').click();
		await expect(page).toHaveURL(/\/guide\/$/);
		await expect(title(page)).toHaveText('How did the request turn out?');
		await expect(page.locator('[data-back]')).toBeHidden();
	});

	test('reloading a shared step URL opens that step, with focus on its question', async ({ page }) => {
		await page.goto('/guide/#elsewhere.moved.permanent');
		await expect(title(page)).toHaveText('Must the client repeat the same method and body at the new URL?');
		await expect(title(page)).toBeFocused();
		await page.reload();
		await expect(title(page)).toHaveText('Must the client repeat the same method and body at the new URL?');
		await step(page).getByRole('link', { name: /^Yes/ }).click();
		await expect(title(page)).toHaveText('Use 308 Permanent Redirect');
	});

	test('answers can be chosen with the keyboard alone', async ({ page }) => {
		await page.goto('/guide/#server');
		await expect(title(page)).toHaveText('What went wrong on the server?');
		await step(page).getByRole('link', { name: /gateway or proxy/ }).focus();
		await page.keyboard.press('Enter');
		await expect(title(page)).toHaveText('How did the server behind it fail?');
		await expect(title(page)).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(title(page)).toHaveText('Use 502 Bad Gateway');
	});

	test('the skip link does not disturb the current step', async ({ page }) => {
		await page.goto('/guide/#success');
		await expect(title(page)).toHaveText('What did it produce?');
		await page.locator('a[href="#main"]').focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#main$/);
		await expect(title(page)).toHaveText('What did it produce?');
	});
});
