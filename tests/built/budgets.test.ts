/**
 * The byte budgets on every built page, not only one page of each type
 * (`tests/e2e/budgets.spec.ts` measures those in a browser): the same figures,
 * read from the files. A failure names each page with its figures.
 */
import { describe, expect, test } from 'vitest';
import { BUDGETS, OVER_BUDGET } from '../budgets';
import { builtPages, fontReferences, pageWeight } from '../built-site';

const pages = builtPages()
	.filter((page) => !page.redirect)
	.map((page) => ({ path: page.path, html: page.html, weight: pageWeight(page.html) }))
	.sort((a, b) => b.weight.total - a.weight.total);
const bytes = (value: number) => `${value.toLocaleString('en')} B`;
const figures = ({ path, weight }: (typeof pages)[number]) =>
	`${path}: ${bytes(weight.total)} (${bytes(weight.total - BUDGETS.pageGzip)} over; HTML ${bytes(weight.html)}, CSS ${bytes(weight.css)}, icon ${bytes(weight.icon)}, script ${bytes(weight.js)})`;

describe(`every page (${pages.length})`, () => {
	test(`loads at most ${bytes(BUDGETS.pageGzip)} gzip before interaction: HTML, stylesheets, scripts and icon`, () => {
		const over = pages.filter((page) => page.weight.total > BUDGETS.pageGzip);
		const within = pages.filter((page) => page.weight.total <= BUDGETS.pageGzip);
		console.log(
			[
				`heaviest page within budget: ${within[0].path}, ${bytes(within[0].weight.total)} (margin ${bytes(BUDGETS.pageGzip - within[0].weight.total)})`,
				...(over.length > 0 ? [`${over.length} pages over budget, listed in OVER_BUDGET (tests/budgets.ts):`, ...over.map((page) => `  ${figures(page)}`)] : []),
			].join('\n'),
		);
		expect(over.filter((page) => !(page.path in OVER_BUDGET)).map(figures), 'over budget').toEqual([]);
		expect(over.filter((page) => page.weight.total > OVER_BUDGET[page.path]).map((page) => `${figures(page)}, more than its ${bytes(OVER_BUDGET[page.path])}`), 'over their figure in OVER_BUDGET').toEqual([]);
		expect(Object.keys(OVER_BUDGET).filter((path) => !over.some((page) => page.path === path)), 'within budget now: remove from OVER_BUDGET').toEqual([]);
	});

	test(`runs at most ${bytes(BUDGETS.scriptGzip)} gzip of script before interaction`, () => {
		expect(pages.filter((page) => page.weight.js > BUDGETS.scriptGzip).map(({ path, weight }) => `${path}: ${bytes(weight.js)}`)).toEqual([]);
	});

	test('uses no web font', () => {
		expect(pages.flatMap((page) => fontReferences(page.html).map((reference) => `${page.path}: ${reference}`))).toEqual([]);
	});
});
