/**
 * The visible text of every built page, read as a careful editor would: no word
 * glued to a link, no Markdown printed as symbols, typographic quotes in prose.
 */
import { describe, expect, test } from 'vitest';
import { textProblems } from '../../src/lib/markup/rendered-text';
import { pages } from './dist';

describe.each(pages.map((page) => [page.path, page] as const))('%s', (path, page) => {
	const problems = textProblems(page.document.querySelector('body')!);
	for (const kind of ['glued', 'markdown', 'straight-quote'] as const) {
		test(`has no ${kind.replace('-', ' ')} text`, () => {
			expect(problems.filter((problem) => problem.kind === kind).map((problem) => `${path}: ${problem.context}`)).toEqual([]);
		});
	}
});
