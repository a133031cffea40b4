import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { hiddenTextLength, hiddenTexts } from './hidden-text';

describe('hiddenTexts', () => {
	test('finds text hidden by attribute, inline style, class and template', () => {
		const root = parse(
			'<body><p hidden>rate limit throttled</p><div style="display: none">a b</div><span class="x hidden">c</span><template><p>d</p></template><p>shown</p></body>',
		);
		expect(hiddenTexts(root).map((item) => item.text)).toEqual(['rate limit throttled', 'a b', 'c', 'd']);
	});

	test('does not count what is shown to someone: responsive classes, screen-reader text, decoration', () => {
		const root = parse('<body><kbd class="hidden sm:block">Ctrl K</kbd><span class="sr-only">Link to this section</span><span aria-hidden="true">#</span></body>');
		expect(hiddenTexts(root)).toEqual([]);
	});

	test('counts nested hidden text once and ignores scripts', () => {
		const root = parse('<body><div hidden data-search-panel><p hidden>ab</p><script>var x = 1</script>cd</div></body>');
		expect(hiddenTexts(root)).toEqual([{ element: 'div[data-search-panel]', text: 'ab cd' }]);
		expect(hiddenTextLength(root)).toBe(5);
	});
});
