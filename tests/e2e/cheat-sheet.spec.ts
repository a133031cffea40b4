import { expect, test } from '@playwright/test';
import { entries } from './entries';

test.describe('cheat sheet', () => {
	test('lists every code exactly once with its tagline, unofficial ones marked', async ({ page }) => {
		await page.goto('/cheat-sheet/');
		const links = await page.locator('.sheet dt > a').evaluateAll((items) => items.map((item) => item.getAttribute('href')));
		expect(links.sort()).toEqual(entries.map((entry) => `/codes/${entry.code}/`).sort());
		const taglines = await page.locator('.sheet dl > div').evaluateAll((items) => items.map((item) => `${item.querySelector('dt > a')?.textContent} ${item.querySelector('dd')?.textContent}`));
		expect(taglines.sort()).toEqual(entries.map((entry) => `${entry.code} ${entry.tagline}`).sort());
		for (const entry of entries) {
			const term = page.locator('.sheet dt').filter({ has: page.locator(`a[href="/codes/${entry.code}/"]`) });
			await expect(term, String(entry.code)).toContainText(entry.title);
			await expect(term.getByText('unofficial', { exact: true }), String(entry.code)).toHaveCount(entry.status === 'unofficial' ? 1 : 0);
		}
	});

	test('lists each class in numeric order, unofficial codes among the others', async ({ page }) => {
		await page.goto('/cheat-sheet/');
		const sections = await page.locator('.sheet section').evaluateAll((items) => items.map((item) => [...item.querySelectorAll('dt > a')].map((link) => Number(link.textContent))));
		expect(sections.length).toBeGreaterThan(4);
		for (const codes of sections) expect(codes).toEqual([...codes].sort((a, b) => a - b));
	});

	test('prints on at most two A4 pages, without the site header and footer', async ({ page }) => {
		await page.goto('/cheat-sheet/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('body > header')).toBeHidden();
		await expect(page.locator('body > footer')).toBeHidden();
		const pdf = await page.pdf({ format: 'A4' });
		// Chromium writes one "/Type /Page" object per page (and one "/Type /Pages" tree).
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
		expect(pages.length).toBeGreaterThan(0);
		expect(pages.length).toBeLessThanOrEqual(2);
	});
});
