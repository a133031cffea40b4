/**
 * Byte budgets of the guide, comparison and cheat-sheet pages: everything a page
 * loads before any interaction, gzip -6 per response, and the script each page
 * adds to what every page loads. Sizes only; nothing here is timed.
 */
import { gzipSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { readContentFiles } from '../../src/lib/content-files';

const KB = 1024;
const PAGE_BUDGET = 14 * KB;

const gzip = (body: Buffer | string) => gzipSync(body, { level: 6 }).length;

/** Every response of a cold load, and the page's scripts: inline ones by text, external ones by URL. */
async function load(page: Page, path: string) {
	const bodies: Promise<Buffer>[] = [];
	page.on('response', (response) => bodies.push(response.body().catch(() => Buffer.alloc(0))));
	await page.goto(path, { waitUntil: 'networkidle' });
	const total = (await Promise.all(bodies)).reduce((sum, body) => sum + gzip(body), 0);
	const scripts = await page.locator('script').evaluateAll((items) => items.map((item) => (item as HTMLScriptElement).src || item.textContent || ''));
	return { total, scripts };
}

const comparisonPaths = readContentFiles('content/comparisons').map((file) => `/compare/${file.id}/`);

test.describe('budgets of the guide, comparisons and cheat sheet', () => {
	for (const path of ['/guide/', '/compare/', ...comparisonPaths, '/cheat-sheet/']) {
		test(`${path} loads at most 14 KB gzip before interaction, and only its own small script`, async ({ browser }) => {
			const shared = await browser.newPage();
			const { scripts: everyPage } = await load(shared, '/');
			const page = await browser.newPage();
			const { total, scripts } = await load(page, path);
			console.log(`${path}: ${total} bytes gzip before interaction`);
			expect(total).toBeLessThanOrEqual(PAGE_BUDGET);
			const own = scripts.filter((script) => !everyPage.includes(script));
			const ownBytes = own.reduce((sum, script) => sum + gzip(script), 0);
			// Only the guide has a script of its own (inline, under 1 KB gzip); the other pages add none.
			expect(ownBytes).toBeLessThanOrEqual(path === '/guide/' ? KB : 0);
			await Promise.all([shared.close(), page.close()]);
		});
	}
});
