import { expect, type Page, test } from '@playwright/test';
import { guideLeaves } from '../../src/lib/compare/guide';

const guide = (page: Page) => page.locator('[data-guide]');
/** The heading of every step the page shows: with JavaScript exactly one, the current step's. */
const titles = (page: Page) => guide(page).locator('h2:visible');
const answer = (page: Page, name: string | RegExp) => guide(page).getByRole('link', { name });
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent);

test.describe('decision guide without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows every question and answer as a nested list, each answer linking to its code page', async ({ page }) => {
		await page.goto('/guide/');
		await expect(guide(page).getByText('How did the request turn out?')).toBeVisible();
		await expect(guide(page).getByText('Does it carry valid credentials?')).toBeVisible();
		for (const leaf of guideLeaves()) {
			const step = page.locator(`li[id="${leaf.path}"]`);
			await expect(step, leaf.path).toBeVisible();
			await expect(step.locator('.guide-result > a').first(), leaf.path).toHaveAttribute('href', `/codes/${leaf.code}/`);
		}
		// The stepper's own parts have nothing to do in a list that shows everything.
		await expect(answer(page, 'Start again')).toHaveCount(0);
		await expect(guide(page).getByRole('list', { name: 'Your answers' })).toHaveCount(0);
	});

	test('a shared step URL lands on that answer in the list', async ({ page }) => {
		await page.goto('/guide/#client.auth.missing');
		const step = page.locator('li[id="client.auth.missing"]');
		await expect(step).toBeInViewport();
		await expect(step).toContainText('401 Unauthorized');
	});
});

test.describe('decision guide with JavaScript', () => {
	test('walks one question at a time to a code, with back and start again', async ({ page }) => {
		await page.goto('/guide/');
		await expect(titles(page)).toHaveText(['How did the request turn out?']);
		await expect(answer(page, 'Back')).toHaveCount(0);

		await answer(page, 'It failed because of the request').click();
		await expect(page).toHaveURL(/\/guide\/#client$/);
		await expect(titles(page)).toHaveText(['What is wrong with the request?']);
		await page.keyboard.press('Tab');
		expect(await focusedText(page)).toBe('Who sent it: credentials or permissions');

		await answer(page, 'Who sent it: credentials or permissions').click();
		await answer(page, 'No: they are missing, expired or wrong').click();
		await expect(page).toHaveURL(/#client\.auth\.missing$/);
		await expect(titles(page)).toHaveText(['Use 401 Unauthorized']);
		await expect(answer(page, '401 Unauthorized')).toHaveAttribute('href', '/codes/401/');
		await expect(guide(page).getByRole('list', { name: 'Your answers' }).getByRole('listitem')).toHaveText([
			'It failed because of the request',
			'Who sent it: credentials or permissions',
			'No: they are missing, expired or wrong',
		]);

		await answer(page, 'Back').click();
		await expect(page).toHaveURL(/#client\.auth$/);
		await expect(titles(page)).toHaveText(['Does it carry valid credentials?']);

		await page.goBack();
		await expect(titles(page)).toHaveText(['Use 401 Unauthorized']);

		await answer(page, 'Start again').click();
		await expect(page).toHaveURL(/\/guide\/#start$/);
		await expect(titles(page)).toHaveText(['How did the request turn out?']);
		await expect(answer(page, 'Back')).toHaveCount(0);

		await answer(page, 'It failed because of the server').click();
		await answer(page, 'Back').click();
		await expect(page).toHaveURL(/\/guide\/#start$/);
		await expect(titles(page)).toHaveText(['How did the request turn out?']);
	});

	test('a shared step URL opens that step, also after a reload', async ({ page }) => {
		await page.goto('/guide/#elsewhere.moved.permanent');
		await expect(titles(page)).toHaveText(['Must the client repeat the same method and body at the new URL?']);
		await page.reload();
		await expect(titles(page)).toHaveText(['Must the client repeat the same method and body at the new URL?']);
		await answer(page, /^Yes/).click();
		await expect(titles(page)).toHaveText(['Use 308 Permanent Redirect']);
	});

	test('answers can be chosen with the keyboard alone, and Tab goes on from the new step', async ({ page }) => {
		await page.goto('/guide/#server');
		await expect(titles(page)).toHaveText(['What went wrong on the server?']);
		await page.keyboard.press('Tab');
		expect(await focusedText(page)).toBe('Something unexpected: a bug, a crash or a broken configuration');

		await answer(page, /gateway or proxy/).focus();
		await page.keyboard.press('Enter');
		await expect(titles(page)).toHaveText(['How did the server behind it fail?']);
		await page.keyboard.press('Tab');
		expect(await focusedText(page)).toBe('It sent an invalid response or none at all (crashed, refused the connection)');
		await page.keyboard.press('Enter');
		await expect(titles(page)).toHaveText(['Use 502 Bad Gateway']);
		await page.keyboard.press('Tab');
		expect(await focusedText(page)).toBe('502 Bad Gateway');
	});

	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1280, height: 900 },
	]) {
		test(`following answers at ${viewport.width}×${viewport.height} keeps the page where it was: the heading whole, the step in view`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await page.goto('/guide/');
			const h1 = page.getByRole('heading', { level: 1 });
			for (const label of ['It failed because of the request', 'What it sends: the body or its headers', /its values break validation/]) {
				await answer(page, label).click();
				await expect(titles(page)).toHaveCount(1);
				expect(await page.evaluate(() => scrollY)).toBe(0);
				await expect(h1).toBeInViewport({ ratio: 1 });
				await expect(titles(page)).toBeInViewport();
			}
			await expect(titles(page)).toHaveText(['Use 422 Unprocessable Content']);
		});
	}

	test('a fragment that names no step, like the skip link’s, shows the first question', async ({ page }) => {
		await page.goto('/guide/#success');
		await expect(titles(page)).toHaveText(['What did it produce?']);
		await page.locator('a[href="#main"]').focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#main$/);
		await expect(titles(page)).toHaveText(['How did the request turn out?']);
		await page.goto('/guide/#no.such.step');
		await expect(titles(page)).toHaveText(['How did the request turn out?']);
	});
});
