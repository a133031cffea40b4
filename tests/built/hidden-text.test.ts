/**
 * No page hides text: search terms go to the index, not into the served HTML (issue 15).
 * What is hidden stays under `MAX_HIDDEN_TEXT`
 * characters on every page but the not-found page, which holds every code's name for its
 * script to show the nearest ones (a list of links, no search terms; see `src/pages/404.astro`).
 */
import { describe, expect, test } from 'vitest';
import { hiddenTexts, MAX_HIDDEN_TEXT } from '../../src/lib/markup/hidden-text';
import { pages } from './dist';

describe('hidden text', () => {
	const NOT_FOUND_PAGE = '/404.html';
	test.each(pages.filter((page) => page.path !== NOT_FOUND_PAGE).map((page) => [page.path, page] as const))(`%s carries at most ${MAX_HIDDEN_TEXT} characters of it`, (_path, page) => {
		const hidden = hiddenTexts(page.document.querySelector('body')!);
		const length = hidden.reduce((sum, item) => sum + item.text.length, 0);
		expect(length, hidden.map((item) => `${item.element}: ${item.text.slice(0, 120)}`).join('\n')).toBeLessThanOrEqual(MAX_HIDDEN_TEXT);
	});

	test('the not-found page hides only its list of codes', () => {
		const page = pages.find((item) => item.path === NOT_FOUND_PAGE)!;
		expect(hiddenTexts(page.document.querySelector('body')!).map((item) => item.element)).toEqual(['div[data-nearest]']);
	});

	test('code pages and their companion pages carry no search terms at all: no hidden text', () => {
		const codePages = pages.filter((page) => /^\/codes\/\d{1,3}\//.test(page.path));
		expect(codePages.length).toBeGreaterThan(50);
		for (const page of codePages) {
			expect(hiddenTexts(page.document.querySelector('body')!), page.path).toEqual([]);
		}
	});
});
