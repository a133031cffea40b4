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

test.describe('home page', () => {
	for (const width of [390, 1280]) {
		test(`at ${width} px a badge shares its line with the last word of the name`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/');
			const alone = await page.locator('main li .badge').evaluateAll((badges) =>
				badges
					.filter((badge) => {
						// The last word before the badge: where its last line box is, the badge must be too.
						const walker = document.createTreeWalker(badge.closest('li')!, NodeFilter.SHOW_TEXT);
						let word: Node | undefined;
						while (walker.nextNode() && !badge.contains(walker.currentNode)) if (walker.currentNode.textContent!.trim()) word = walker.currentNode;
						const range = document.createRange();
						range.selectNodeContents(word!);
						const line = [...range.getClientRects()].at(-1)!;
						const box = badge.getBoundingClientRect();
						return box.top >= line.bottom || box.bottom <= line.top;
					})
					.map((badge) => badge.closest('li')!.textContent),
			);
			expect(alone).toEqual([]);
		});
	}
});
