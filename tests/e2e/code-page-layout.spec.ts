/**
 * How a code page reads for someone debugging: the causes and fixes reachable
 * from the first screen of a phone, the contents beside the text on a wide
 * screen, code blocks that copy exactly what they show, names that wrap between
 * their parts, and a page that prints whole. Served with the site's own headers,
 * so a style attribute would be refused as in production.
 */
import type { Page } from '@playwright/test';
import { readContentFiles } from '../../src/lib/content/content-files';
import { expect, test } from './built-site';
import { entries } from './entries';

const PHONE = { width: 390, height: 844 };
const CAUSES = 'when-you-receive-it';

/** Where the causes and fixes heading, or the first visible link to it, sits on the first screen; undefined when neither is on it. */
function causesOnFirstScreen(page: Page) {
	return page.evaluate((id) => {
		const targets = [document.getElementById(id), ...document.querySelectorAll(`a[href="#${id}"]`)];
		const onScreen = targets.find((element) => {
			if (!element?.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
			const box = element.getBoundingClientRect();
			return box.top >= 0 && box.bottom <= innerHeight && box.width > 0;
		});
		return onScreen && { text: onScreen.textContent!.trim(), bottom: Math.round(onScreen.getBoundingClientRect().bottom) };
	}, CAUSES);
}

test.describe('the causes and fixes on the first screen of a phone', () => {
	test.use({ viewport: PHONE });

	for (const code of [403, 404, 499, 502, 520]) {
		test(`/codes/${code}/ shows a link to them at 390×844 before any scrolling`, async ({ page }) => {
			await page.goto(`/codes/${code}/`);
			expect(await page.evaluate(() => scrollY)).toBe(0);
			const found = await causesOnFirstScreen(page);
			expect(found, 'the heading or a link to it within the first 844 px').toBeDefined();
			// The link goes where it says.
			await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Causes and fixes' }).click();
			await expect(page).toHaveURL(new RegExp(`#${CAUSES}$`));
			await expect(page.locator(`h2#${CAUSES}`)).toBeInViewport();
		});
	}

	test('every code page does', async ({ page }) => {
		test.setTimeout(240_000);
		const missing: number[] = [];
		for (const entry of entries) {
			await page.goto(`/codes/${entry.code}/`, { waitUntil: 'domcontentloaded' });
			if (!(await causesOnFirstScreen(page))) missing.push(entry.code);
		}
		expect(missing).toEqual([]);
	});

	test('the facts panel leaves the class to the breadcrumb and the line under the heading', async ({ page }) => {
		await page.goto('/codes/502/');
		await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('5xx Server Error');
		await expect(page.locator('article > header')).toContainText('HTTP 5xx server error status code');
		await expect(page.locator('article dl')).not.toContainText('5xx');
	});
});

test.describe('the contents beside the text at 1280 px', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test('list every section, sit right of the text without widening the page, and stay in view', async ({ page }) => {
		await page.goto('/codes/429/');
		const contents = page.getByRole('navigation', { name: 'On this page' });
		await expect(contents).toBeVisible();
		const targets = await contents.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		const headings = await page.locator('article h2[id]').evaluateAll((items) => items.map((item) => `#${item.id}`));
		expect(targets).toEqual(headings);
		await expect(contents.getByRole('link', { name: 'When you receive it' })).toBeVisible();

		const [article, list] = await Promise.all([page.locator('article').boundingBox(), contents.boundingBox()]);
		expect(list!.x).toBeGreaterThanOrEqual(article!.x + article!.width);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

		await page.locator('#specification-and-history').scrollIntoViewIfNeeded();
		await expect(contents).toBeInViewport();
	});

	test('between 640 and 1280 px the line of links stays under the summary', async ({ page }) => {
		await page.setViewportSize({ width: 1024, height: 768 });
		await page.goto('/codes/429/');
		const contents = page.getByRole('navigation', { name: 'On this page' });
		expect(await contents.getByRole('link').allInnerTexts()).toEqual(['Causes and fixes', 'Example', 'In code']);
		expect(await causesOnFirstScreen(page)).toBeDefined();
	});
});

/**
 * The fenced blocks of an entry's body, as written: those the code page shows, or the
 * examples under "In code", which its /code/ page shows instead.
 */
function fences(code: number, shownOn: 'code page' | 'in code page' = 'code page'): { language: string; text: string }[] {
	const body = readContentFiles('content/codes').find((file) => file.id === String(code))!.body;
	const [before, rest] = body.split(/^## In code\n/m);
	const end = rest.search(/^## /m);
	const text = shownOn === 'in code page' ? rest.slice(0, end) : before + rest.slice(end);
	return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({ language: match[1], text: match[2] }));
}

test.describe('code blocks', () => {
	test('show the text of the entry exactly, highlighted by classes alone', async ({ page }) => {
		for (const code of [429, 502, 444, 308]) {
			await page.goto(`/codes/${code}/`);
			const shown = await page.locator('article pre code').allTextContents();
			expect(shown, String(code)).toEqual(fences(code).map((fence) => fence.text));
			await page.goto(`/codes/${code}/code/`);
			const examples = await page.locator('main pre code').allTextContents();
			expect(examples, `${code} in code`).toEqual(fences(code, 'in code page').map((fence) => fence.text));
		}
		await page.goto('/codes/429/');
		const response = page.locator('pre[aria-label="HTTP example 2"]');
		await expect(response.locator('.hl-a').first()).toHaveText('Content-Type');
		await expect(page.locator('article [style]')).toHaveCount(0);
		// Highlighted by the stylesheet, in both themes.
		const colour = () => response.locator('.hl-a').first().evaluate((element) => getComputedStyle(element).color);
		const light = await colour();
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await colour()).not.toBe(light);
	});

	test('copy their raw text from the keyboard, and say so', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await page.goto('/codes/429/');
		const button = page.getByRole('button', { name: 'Copy HTTP example 2' });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Code copied' })).toBeVisible();
		const response = fences(429).filter((fence) => fence.language === 'http')[1].text;
		expect(response).toMatch(/^HTTP\/1\.1 429 Too Many Requests\n/);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(response);

		// The examples, on the page beside it.
		await page.goto('/codes/429/code/');
		await page.getByRole('button', { name: 'Copy JavaScript example' }).press('Space');
		await expect(page.getByRole('status').filter({ hasText: 'Code copied' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fences(429, 'in code page').find((fence) => fence.language === 'js')!.text);
	});

	test('wrap log lines on a phone instead of scrolling them', async ({ page }) => {
		await page.setViewportSize(PHONE);
		await page.goto('/codes/502/');
		const log = page.locator('pre.wrap', { hasText: 'upstream prematurely closed connection' });
		await expect(log).toBeVisible();
		expect(await log.evaluate((pre) => pre.scrollWidth - pre.clientWidth)).toBeLessThanOrEqual(0);
		expect(await log.evaluate((pre) => pre.clientHeight)).toBeGreaterThan(100);
	});

	test('have no copy button without JavaScript', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		await page.goto('/codes/429/');
		await expect(page.locator('pre[aria-label="HTTP example"]')).toBeVisible();
		await expect(page.locator('[data-copy-code]').first()).toBeHidden();
		await context.close();
	});
});

test.describe('framework constants', () => {
	test.use({ viewport: PHONE });

	test('wrap between the parts of a name, never inside one, at 390 px', async ({ page }) => {
		for (const code of [502, 429, 413]) {
			await page.goto(`/codes/${code}/`);
			const constants = page.locator('table', { has: page.locator('caption', { hasText: 'Constants for' }) });
			const broken = await constants.locator('code .inline-block').evaluateAll((parts) =>
				parts.filter((part) => part.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(part).lineHeight)).map((part) => part.textContent),
			);
			expect(broken, String(code)).toEqual([]);
			// Copying a name copies it whole.
			const names = await constants.locator('code').allTextContents();
			expect(names.some((name) => /^(http::StatusCode::|Response::HTTP_)\w+$/.test(name)), String(code)).toBe(true);
		}
	});
});

test.describe('print', () => {
	test('keeps headings with their content, leaves navigation out and prints where a citation points', async ({ page }) => {
		await page.goto('/codes/429/');
		await page.emulateMedia({ media: 'print' });
		for (const name of ['Breadcrumb', 'On this page', 'Previous and next code']) await expect(page.getByRole('navigation', { name })).toBeHidden();
		await expect(page.locator('body > header')).toBeHidden();
		await expect(page.locator('[data-copy-code]').first()).toBeHidden();
		const style = (selector: string, property: string, pseudo?: string) =>
			page.locator(selector).first().evaluate((element, [property, pseudo]) => getComputedStyle(element, pseudo).getPropertyValue(property!), [property, pseudo]);
		expect(await style('h2#in-code', 'break-after')).toBe('avoid');
		expect(await style('article pre', 'break-inside')).toBe('avoid');
		expect(await style('article table', 'break-inside')).toBe('avoid');
		const citation = 'article a[href^="https://www.rfc-editor.org/"]';
		const href = await page.locator(citation).first().getAttribute('href');
		expect(href).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+/);
		expect(await style(citation, 'content', '::after')).toMatch(/attr\(href\)|rfc-editor/);
	});
});
