import { expect, test } from '@playwright/test';
import { BUDGETS, FIRST_SEARCH_QUERIES, PAGE_TYPES } from '../budgets';
import { builtPages, fontReferences, scriptGzipBeforeInteraction, scriptsOf, stylesheetLinks } from '../built-site';
import { firstSearch, loadBeforeInteraction, totals } from '../page-load';

/**
 * The byte budgets before interaction. Sizes are gzip (level 6) of the built
 * files as served, so they are the same on every run, and so are the bytes of a
 * first search. Timings and Lighthouse scores are figures `npm run bench` prints.
 */
const pages = builtPages();

test.describe('budgets', () => {
	for (const { name, path } of PAGE_TYPES) {
		test(`${name} (${path}) loads at most ${BUDGETS.pageGzip / 1024} KB gzip and ${BUDGETS.scriptGzip} B of script before any interaction`, async ({ page }) => {
			const load = await loadBeforeInteraction(page, path);
			const sum = totals(load.loads);
			expect(sum.gzip, load.loads.map((item) => `${item.path} ${item.gzip} B`).join(', ')).toBeLessThanOrEqual(BUDGETS.pageGzip);
			expect(load.scriptGzip).toBeLessThanOrEqual(BUDGETS.scriptGzip);
			// The browser ran no script that the built HTML does not account for.
			expect(load.scriptGzip).toBe(scriptGzipBeforeInteraction(load.html));
			expect(sum.byKind.font.requests).toBe(0);
		});
	}

	test(`every page runs at most ${BUDGETS.scriptGzip} B gzip of script before interaction, none of it render-blocking`, () => {
		const over = pages.map((built) => ({ path: built.path, gzip: scriptGzipBeforeInteraction(built.html) })).filter((item) => item.gzip > BUDGETS.scriptGzip);
		expect(over).toEqual([]);
		expect(pages.flatMap((built) => scriptsOf(built.html).blocking.map((src) => `${built.path}: ${src}`))).toEqual([]);
	});

	for (const query of FIRST_SEARCH_QUERIES) {
		test(`a first search for "${query}" loads at most ${BUDGETS.firstSearchGzip / 1024} KB gzip, search code and index included`, async ({ page }) => {
			await loadBeforeInteraction(page, '/');
			const { loads } = await firstSearch(page, query);
			expect(totals(loads).gzip, loads.map((item) => `${item.path} ${item.gzip} B`).join(', ')).toBeLessThanOrEqual(BUDGETS.firstSearchGzip);
			// Words are looked up in the index; a code typed alone, by its filter.
			expect(loads.some((item) => /\.pf_(?:index|filter)$/.test(item.path))).toBe(true);
		});
	}

	test('no page uses a web font or more than one stylesheet request', () => {
		expect(pages.flatMap((built) => fontReferences(built.html).map((reference) => `${built.path}: ${reference}`))).toEqual([]);
		expect(pages.filter((built) => stylesheetLinks(built.html).length > 1).map((built) => built.path)).toEqual([]);
	});
});
