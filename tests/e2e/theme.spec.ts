import { expect, test } from '@playwright/test';

test.describe('themes', () => {
	test('follows the system dark preference until the visitor chooses', async ({ browser }) => {
		const context = await browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto('/codes/429/');
		const toggle = page.locator('[data-theme-toggle]');
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		const dark = await background();
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		expect(await background()).not.toBe(dark);
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await context.close();
	});

	test('the toggle shows the theme in use, a sun or a moon, and has a tooltip', async ({ browser }) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ colorScheme });
			const page = await context.newPage();
			await page.goto('/codes/429/');
			const toggle = page.locator('[data-theme-toggle]');
			await expect(toggle).toHaveAttribute('title', 'Dark theme');
			const shown = async () => ({ sun: await toggle.locator('.theme-sun').isVisible(), moon: await toggle.locator('.theme-moon').isVisible() });
			expect(await shown(), colorScheme).toEqual({ sun: colorScheme === 'light', moon: colorScheme === 'dark' });
			await toggle.click();
			expect(await shown(), `${colorScheme}, toggled`).toEqual({ sun: colorScheme === 'dark', moon: colorScheme === 'light' });
			await context.close();
		}
	});

	test('is readable at 320 px without horizontal scrolling', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		for (const path of ['/', '/codes/4xx/', '/codes/429/', '/codes/401/', '/codes/307/', '/codes/unofficial/']) {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await context.close();
	});
});
