import { expect, test } from '@playwright/test';
import { entries } from './entries';

test.describe('class pages', () => {
	for (const digit of [1, 2, 3, 4, 5]) {
		const slug = `${digit}xx`;
		const inClass = entries.filter((entry) => Math.floor(entry.code / 100) === digit);
		test(`/codes/${slug}/ lists exactly its codes, unofficial ones apart`, async ({ page }) => {
			await page.goto(`/codes/${slug}/`);
			await expect(page.locator('h1')).toContainText(slug);
			const listed = async (section: string) =>
				(await page.locator(`section[aria-labelledby="${section}"] li > a`).evaluateAll((links) => links.map((link) => link.getAttribute('href'))));
			expect(await listed('registered')).toEqual(inClass.filter((entry) => entry.status !== 'unofficial').map((entry) => `/codes/${entry.code}/`));
			expect(await listed('unofficial')).toEqual(inClass.filter((entry) => entry.status === 'unofficial').map((entry) => `/codes/${entry.code}/`));
		});
	}
});
