import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { textProblems } from './rendered-text';

const problems = (html: string) => textProblems(parse(`<body>${html}</body>`));

describe('textProblems', () => {
	test('finds a word glued to a link, and a comma with no space before the next link', () => {
		expect(problems('<p>see<a href="/u/">all 34 codes</a></p>')).toEqual([{ kind: 'glued', context: 'see|all 34 codes|' }]);
		expect(problems('<p><a>Registry</a>,<a>RFC 9110</a></p>').map((problem) => problem.kind)).toEqual(['glued']);
	});

	test('accepts spaced links, separate blocks and an ending after code', () => {
		expect(problems('<p>see <a>all</a>, <a>RFC</a>.</p><p>Next</p><p>resend <code>POST</code>s</p>')).toEqual([]);
	});

	test('reads text a screen reader skips as absent, so hidden arrows do not separate links', () => {
		expect(problems('<p><a>← 202 Accepted</a><a><span aria-hidden="true">→</span>204</a></p>').map((problem) => problem.kind)).toEqual(['glued']);
	});

	test('finds Markdown printed as text and straight quotes in prose, not in code', () => {
		expect(problems('<p>use `Retry-After` and **wait**</p>').map((problem) => problem.kind)).toEqual(['markdown', 'markdown']);
		expect(problems(`<p>don't</p><pre><code>x = "it's"</code></pre>`).map((problem) => problem.kind)).toEqual(['straight-quote']);
	});
});
