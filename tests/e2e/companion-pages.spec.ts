import { expect, test } from '@playwright/test';
import { readContentFiles } from '../../src/lib/content/content-files';

/** What the entry of `code` lists, read from its file. */
function listed(code: number): { messages: number; subStatuses: string[] } {
	const { frontmatter } = readContentFiles('content/codes').find((file) => file.id === String(code))!;
	const data = frontmatter as { messages: unknown[]; subStatuses?: { code: string }[] };
	return { messages: data.messages.length, subStatuses: (data.subStatuses ?? []).map((row) => row.code) };
}

test.describe('the pages beside a code page', () => {
	test('the code page shows its first messages and links to the messages page, which shows every one', async ({ page }) => {
		const { messages } = listed(500);
		await page.goto('/codes/500/');
		const section = page.locator('section[aria-labelledby="what-you-may-see"]');
		expect(await section.locator('li').count()).toBeLessThan(messages);
		await section.getByRole('link', { name: `All ${messages} messages` }).click();
		await expect(page).toHaveURL(/\/codes\/500\/messages\/$/);
		await expect(page.locator('h1')).toHaveText('What you may see with 500 Internal Server Error');
		await expect(page.locator('section[aria-labelledby="messages"] li')).toHaveCount(messages);
	});

	test('each sub-status keeps its anchor on the code page and links to its full row', async ({ page }) => {
		const { subStatuses } = listed(500);
		await page.goto('/codes/500/#iis-500-19');
		const table = page.locator('section[aria-labelledby="sub-status-codes"] tbody');
		await expect(table.locator('tr')).toHaveCount(subStatuses.length);
		const row = page.locator('tr#iis-500-19');
		await expect(row).toBeInViewport();
		await row.getByRole('link', { name: '500.19' }).click();
		await expect(page).toHaveURL(/\/codes\/500\/messages\/#iis-500-19$/);
		const full = page.locator('tr#iis-500-19');
		await expect(full).toBeInViewport();
		await expect(full).toContainText('HRESULT');
		await expect(full.getByRole('link', { name: 'Microsoft on 500.19' })).toHaveAttribute('href', /^https:\/\/learn\.microsoft\.com\//);
	});

	test('"In code" keeps the constants and links to the examples, which only the page beside it carries', async ({ page }) => {
		await page.goto('/codes/502/');
		const section = page.locator('h2#in-code ~ *').first();
		await expect(section).toHaveText(/Constants for 502/);
		await expect(page.locator('article')).not.toContainText('orders.internal');
		await page.getByRole('link', { name: /^Examples in JavaScript, Python, Go and Java, and what raises or returns 502 by default/ }).click();
		await expect(page).toHaveURL(/\/codes\/502\/code\/$/);
		await expect(page.locator('h1')).toHaveText('502 Bad Gateway in code');
		await expect(page.locator('main pre').first()).toContainText('orders.internal');
		await expect(page.getByRole('table', { name: 'What raises or returns 502 by default' })).toBeVisible();
		await expect(page.getByRole('table', { name: 'Constants for 502 in popular frameworks' })).toBeVisible();
		// None of the rest of the body.
		await expect(page.locator('main')).not.toContainText('Specification and history');
	});

	test('lead back to the code page through the breadcrumbs', async ({ page }) => {
		for (const path of ['/codes/500/messages/', '/codes/502/code/']) {
			await page.goto(path);
			const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
			await trail.getByRole('link', { name: path.split('/')[2] }).click();
			await expect(page).toHaveURL(new RegExp(`/codes/${path.split('/')[2]}/$`));
		}
	});
});
