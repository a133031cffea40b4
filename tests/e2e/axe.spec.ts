import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page, test } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { builtPages } from '../built-site';
import { servedAt } from './built-site';

/**
 * axe-core on every built page, in the light and the dark theme, with the
 * best-practice rules on. One browser page per group visits its pages in turn
 * and is scanned twice per visit, once per colour scheme, without reloading.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const GROUP_SIZE = 20;

const pages = builtPages();
const groups = Array.from({ length: Math.ceil(pages.length / GROUP_SIZE) }, (_, index) => pages.slice(index * GROUP_SIZE, (index + 1) * GROUP_SIZE));

/** One line per violated rule, with the first few offending elements: readable in a test failure. */
function describe(results: AxeResults): string[] {
	return results.violations.map(
		(violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`,
	);
}

async function scan(page: Page): Promise<string[]> {
	const results = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), TAGS);
	return describe(results);
}

declare global {
	interface Window {
		axe: typeof import('axe-core');
	}
}

test.describe('axe', () => {
	for (const group of groups) {
		test(`no violations in light or dark theme: ${group[0].path} … ${group.at(-1)!.path}`, async ({ page }) => {
			test.setTimeout(60_000 + group.length * 10_000);
			await page.addInitScript({ content: AXE_SOURCE });
			for (const built of group) {
				if (built.redirect) {
					// A shortcut page forwards at once; it is scanned with its refresh removed so it stays on screen.
					await page.route(built.path, async (route) => {
						const response = await route.fetch();
						await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/i, '') });
					});
				}
				await page.emulateMedia({ colorScheme: 'light' });
				await page.goto(servedAt(built.path));
				expect.soft(await scan(page), `${built.path} in the light theme`).toEqual([]);
				await page.emulateMedia({ colorScheme: 'dark' });
				expect.soft(await scan(page), `${built.path} in the dark theme`).toEqual([]);
			}
		});
	}

	test('no violations with search results open, in light or dark theme', async ({ page }) => {
		await page.addInitScript({ content: AXE_SOURCE });
		await page.goto('/codes/418/');
		await page.locator('[data-search-input]').fill('rate limit');
		await expect(page.locator('[data-search-results] a').first()).toBeVisible();
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			expect.soft(await scan(page), `${colorScheme} theme`).toEqual([]);
		}
	});
});
