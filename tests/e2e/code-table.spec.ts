import { expect, type Page, test } from '@playwright/test';
import { readContentFiles } from '../../src/lib/content/content-files';
import { STATUS_LABELS } from '../../src/lib/codes/codes';
import { CACHEABILITY, RETRY_SHORT } from '../../src/lib/codes/http-semantics';
import { entries as shown } from './entries';

/** The entries as written in `content/codes/` (names and taglines typeset as shown), not as the site renders them. */
interface Facts {
	code: number;
	cacheable: keyof typeof CACHEABILITY;
	retry: { advice: keyof typeof RETRY_SHORT };
	spec?: { document: string; section: string; url: string };
}
const facts = new Map(readContentFiles('content/codes').map(({ frontmatter }) => [(frontmatter as Facts).code, frontmatter as Facts]));
const entries = shown.map((entry) => ({ ...facts.get(entry.code)!, ...entry }));

const rows = (page: Page) => page.locator('code-table tbody tr');
const visibleCodes = (page: Page) => page.locator('code-table tbody tr:visible th').allTextContents();
const header = (page: Page, name: string) => page.locator('code-table thead th').filter({ hasText: name });

test.describe('all codes table', () => {
	test('has one row per entry in code order, every cell from the entry', async ({ page }) => {
		await page.goto('/codes/');
		await expect(rows(page)).toHaveCount(entries.length);
		const cells = await rows(page).evaluateAll((trs) =>
			trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((cell) => ({ text: cell.textContent!.trim().replaceAll('\u00a0', ' '), href: cell.querySelector('a')?.getAttribute('href') ?? null }))),
		);
		entries.forEach((entry, index) => {
			const expected = [
				{ text: String(entry.code), href: `/codes/${entry.code}/` },
				{ text: entry.title, href: null },
				{ text: entry.code >= 100 && entry.code < 600 ? `${String(entry.code)[0]}xx` : 'None', href: null },
				{ text: STATUS_LABELS[entry.status as keyof typeof STATUS_LABELS], href: null },
				{ text: entry.tagline, href: null },
				{ text: CACHEABILITY[entry.cacheable].label, href: null },
				{ text: RETRY_SHORT[entry.retry.advice], href: null },
				entry.spec ? { text: `${entry.spec.document} §${entry.spec.section}`, href: entry.spec.url } : { text: 'None', href: null },
			];
			expect(cells[index], String(entry.code)).toEqual(expected);
		});
	});

	test('has a caption, column headings, row headings, and names itself as a scrollable region', async ({ page }) => {
		await page.goto('/codes/');
		await expect(page.getByRole('table')).toHaveAccessibleName(`${entries.length} HTTP status codes`);
		await expect(page.locator('code-table thead th[scope="col"]')).toHaveCount(8);
		await expect(page.locator('code-table tbody th[scope="row"]')).toHaveCount(entries.length);
		await expect(page.getByRole('region', { name: /HTTP status codes/ })).toHaveAttribute('tabindex', '0');
		await expect(header(page, 'Code')).toHaveAttribute('aria-sort', 'ascending');
	});

	test('sorts by a column when its heading is clicked, the other way on a second click', async ({ page }) => {
		await page.goto('/codes/');
		await header(page, 'Name').getByRole('button').click();
		await expect(header(page, 'Name')).toHaveAttribute('aria-sort', 'ascending');
		await expect(header(page, 'Code')).not.toHaveAttribute('aria-sort');
		const names = await page.locator('code-table tbody tr td:nth-child(2)').allTextContents();
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })));
		await expect(page.locator('code-table [role="status"]')).toHaveText(`All ${entries.length} codes, sorted by name, ascending.`);

		await header(page, 'Name').getByRole('button').click();
		await expect(header(page, 'Name')).toHaveAttribute('aria-sort', 'descending');
		expect(await page.locator('code-table tbody tr td:nth-child(2)').allTextContents()).toEqual([...names].reverse());

		// Numbers sort by value; ties keep code order.
		await header(page, 'Code').getByRole('button').click();
		await header(page, 'Code').getByRole('button').click();
		expect(await visibleCodes(page)).toEqual(entries.map((entry) => String(entry.code)).reverse());
		await header(page, 'Class').getByRole('button').click();
		const firstOf5xx = (await visibleCodes(page)).findIndex((code) => code.startsWith('5'));
		expect((await visibleCodes(page)).slice(firstOf5xx, firstOf5xx + 3)).toEqual(entries.filter((entry) => String(entry.code).startsWith('5')).slice(0, 3).map((entry) => String(entry.code)));
	});

	test('filters by words, class and status in place, and says how many codes are left', async ({ page }) => {
		await page.goto('/codes/');
		await page.locator('code-table').getByLabel('Filter').fill('gateway');
		const gateway = entries.filter((entry) => `${entry.title} ${entry.tagline}`.toLowerCase().includes('gateway')).map((entry) => String(entry.code));
		await expect.poll(async () => (await visibleCodes(page)).length).toBeLessThan(entries.length);
		expect(await visibleCodes(page)).toEqual(expect.arrayContaining(gateway));

		await page.locator('code-table').getByLabel('Filter').fill('');
		await page.locator('code-table label', { hasText: 'Class' }).locator('select').selectOption('5xx');
		await page.locator('code-table label', { hasText: 'Status' }).locator('select').selectOption('Unofficial');
		const expected = entries.filter((entry) => entry.status === 'unofficial' && Math.floor(entry.code / 100) === 5).map((entry) => String(entry.code));
		await expect.poll(() => visibleCodes(page)).toEqual(expected);
		await expect(page.locator('code-table [role="status"]')).toHaveText(`${expected.length} of ${entries.length} codes.`);

		await page.locator('code-table label', { hasText: 'Class' }).locator('select').selectOption('');
		await page.locator('code-table label', { hasText: 'Status' }).locator('select').selectOption('');
		await expect.poll(async () => (await visibleCodes(page)).length).toBe(entries.length);
	});

	test('loads its script only on the first interaction, and a heading clicked before then still sorts', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
		});
		await page.goto('/codes/');
		await page.waitForLoadState('networkidle');
		expect(scripts.filter((path) => path.includes('code-table'))).toEqual([]);
		// Slow the script down, so the click lands before it has loaded.
		await page.route('**/code-table*.js', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 500));
			await route.continue();
		});
		await header(page, 'Status').getByRole('button').click();
		await expect(header(page, 'Status')).toHaveAttribute('aria-sort', 'ascending');
		expect(scripts.filter((path) => path.includes('code-table'))).toHaveLength(1);
	});

	test('sorts from the keyboard', async ({ page }) => {
		await page.goto('/codes/');
		await header(page, 'Retry').getByRole('button').focus();
		await page.keyboard.press('Enter');
		await expect(header(page, 'Retry')).toHaveAttribute('aria-sort', 'ascending');
	});

	test('is linked from the home page, the footer and every class page', async ({ page }) => {
		for (const path of ['/', '/codes/1xx/', '/codes/2xx/', '/codes/3xx/', '/codes/4xx/', '/codes/5xx/']) {
			await page.goto(path);
			await expect(page.locator('main a[href="/codes/"]'), path).not.toHaveCount(0);
		}
		await expect(page.locator('footer a[href="/codes/"]')).toHaveText('All codes');
	});

	test('does not scroll the page sideways on a phone; the table scrolls in its region with the code in view', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto('/codes/');
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		const region = page.getByRole('region', { name: /HTTP status codes/ });
		await region.evaluate((element) => (element.scrollLeft = 300));
		const code = page.locator('code-table tbody th').first();
		const regionBox = (await region.boundingBox())!;
		expect((await code.boundingBox())!.x).toBeGreaterThanOrEqual(regionBox.x);
		await context.close();
	});
});

test.describe('all codes table without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the whole table with plain headings and no filters that cannot work', async ({ page }) => {
		await page.goto('/codes/');
		await expect(rows(page)).toHaveCount(entries.length);
		await expect(page.locator('code-table tbody tr:visible')).toHaveCount(entries.length);
		await expect(page.locator('code-table').getByLabel('Filter')).toBeHidden();
		await expect(page.locator('code-table thead button:visible')).toHaveCount(0);
		await expect(page.locator('code-table thead th:visible')).toHaveText(['Code', 'Name', 'Class', 'Status', 'In a few words', 'Caching', 'Retry', 'Specification'], { useInnerText: true });
	});
});
