/**
 * The byte budgets on every built page, not only one page of each type
 * (`tests/e2e/budgets.spec.ts` measures those in a browser): the same figures,
 * read from the files. A failure names each page with its figures.
 */
import { describe, expect, test } from 'vitest';
import { BUDGETS } from '../budgets';
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
		const heaviest = pages[0];
		console.log(`heaviest page: ${heaviest.path}, ${bytes(heaviest.weight.total)} (margin ${bytes(BUDGETS.pageGzip - heaviest.weight.total)})`);
		expect(pages.filter((page) => page.weight.total > BUDGETS.pageGzip).map(figures), 'over budget').toEqual([]);
	});

	test(`runs at most ${bytes(BUDGETS.scriptGzip)} gzip of script before interaction`, () => {
		expect(pages.filter((page) => page.weight.js > BUDGETS.scriptGzip).map(({ path, weight }) => `${path}: ${bytes(weight.js)}`)).toEqual([]);
	});

	test('uses no web font', () => {
		expect(pages.flatMap((page) => fontReferences(page.html).map((reference) => `${page.path}: ${reference}`))).toEqual([]);
	});
});
