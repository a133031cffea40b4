/**
 * The byte budgets on every built page, not only one page of each type
 * (`tests/e2e/budgets.spec.ts` measures those in a browser): the same figures,
 * read from the files. A failure names each page over budget with its figure.
 */
import { describe, expect, test } from 'vitest';
import { BUDGETS } from '../budgets';
import { builtPages, fontReferences, pageWeight } from '../built-site';

const pages = builtPages()
	.filter((page) => !page.redirect)
	.map((page) => ({ path: page.path, html: page.html, weight: pageWeight(page.html) }));
const bytes = (value: number) => `${value.toLocaleString('en')} B`;

describe(`every page (${pages.length})`, () => {
	test(`loads at most ${bytes(BUDGETS.pageGzip)} gzip before interaction: HTML, stylesheets, scripts and icon`, () => {
		const over = pages
			.filter((page) => page.weight.total > BUDGETS.pageGzip)
			.sort((a, b) => b.weight.total - a.weight.total)
			.map(({ path, weight }) => `${path}: ${bytes(weight.total)} (${bytes(weight.total - BUDGETS.pageGzip)} over; HTML ${bytes(weight.html)}, CSS ${bytes(weight.css)}, icon ${bytes(weight.icon)})`);
		const heaviest = pages.reduce((a, b) => (b.weight.total > a.weight.total ? b : a));
		console.log(`heaviest page: ${heaviest.path}, ${bytes(heaviest.weight.total)} of ${bytes(BUDGETS.pageGzip)} (margin ${bytes(BUDGETS.pageGzip - heaviest.weight.total)})`);
		expect(over, `${over.length} pages over budget`).toEqual([]);
	});

	test(`runs at most ${bytes(BUDGETS.scriptGzip)} gzip of script before interaction`, () => {
		const over = pages.filter((page) => page.weight.js > BUDGETS.scriptGzip).map(({ path, weight }) => `${path}: ${bytes(weight.js)}`);
		expect(over).toEqual([]);
	});

	test('uses no web font', () => {
		expect(pages.flatMap((page) => fontReferences(page.html).map((reference) => `${page.path}: ${reference}`))).toEqual([]);
	});
});
