import { describe, expect, test } from 'vitest';
import { mergeUsage, mergeVariants, pruneCss, usageOf } from './css-prune';

const prune = (css: string, html: string, scripts: string[] = []) => pruneCss(css, usageOf(html, scripts));

describe('usageOf', () => {
	test('reads classes, elements and input types from the markup, leaving the stylesheet out', () => {
		const usage = usageOf('<style>.ghost{}</style><main class="a  b"><input type=date class=\'c\'><p class=d>', []);
		expect([...usage.classes].sort()).toEqual(['a', 'b', 'c', 'd']);
		expect(usage.tags.has('main') && usage.tags.has('input') && usage.tags.has('p')).toBe(true);
		expect(usage.inputTypes.has('date')).toBe(true);
		expect(usage.text).not.toContain('ghost');
	});

	test('counts every word of a script as a possible class and element', () => {
		const usage = usageOf('<p>', ["option.className = 'block hover:bg-raised'; document.createElement('mark')"]);
		expect(usage.classes.has('block') && usage.classes.has('hover:bg-raised')).toBe(true);
		expect(usage.tags.has('mark')).toBe(true);
	});
});

describe('mergeUsage', () => {
	test('keeps what any of the pages uses', () => {
		const usage = mergeUsage([usageOf('<p class="a">', []), usageOf('<table class="b"><input type=date>', ['--x'])]);
		expect(pruneCss('.a{color:red}.b{color:blue}.c{color:green}', usage)).toBe('.a{color:red}.b{color:blue}');
		expect(usage.tags.has('table') && usage.inputTypes.has('date') && usage.text.includes('--x')).toBe(true);
	});
});

describe('pruneCss', () => {
	test('drops rules for classes the page does not use and keeps the others', () => {
		expect(prune('.used{color:red}.unused{color:blue}', '<p class="used">')).toBe('.used{color:red}');
	});

	test('drops only the selectors that cannot match from a list', () => {
		expect(prune('.a,.b,p{margin:0}', '<p class="b">')).toBe('.b,p{margin:0}');
	});

	test('decodes escaped class names such as Tailwind variants', () => {
		expect(prune('.sm\\:flex{display:flex}.md\\:flex{display:flex}', '<p class="sm:flex">')).toBe('.sm\\:flex{display:flex}');
	});

	test('keeps classes that only a script adds', () => {
		expect(prune('.open{display:block}', '<p>', ['el.className = "open"'])).toBe('.open{display:block}');
	});

	test('drops rules for elements the page does not have', () => {
		expect(prune('sub,sup{font-size:75%}p{margin:0}', '<p>')).toBe('p{margin:0}');
	});

	test('never counts a class inside :not() as required', () => {
		expect(prune('html:not(.js) p{display:none}', '<p>')).toBe('html:not(.js) p{display:none}');
	});

	test('drops :where() and :is() when none of their selectors can match', () => {
		expect(prune(':where(.space>*){margin:0}:is(.x,.y){color:red}', '<p class="y">')).toBe(':is(.x,.y){color:red}');
	});

	test('drops the pseudo-elements of input types the page does not have', () => {
		const css = '::-webkit-datetime-edit{padding:0}::file-selector-button{margin:0}::placeholder{opacity:1}';
		expect(prune(css, '<input type="search">')).toBe('::placeholder{opacity:1}');
		expect(prune(css, '<input type="date">')).toBe('::-webkit-datetime-edit{padding:0}::placeholder{opacity:1}');
	});

	test('removes blocks left empty, at-rules included', () => {
		expect(prune('@layer utilities{@media (width>=40rem){.x{color:red}}}@layer base{p{margin:0}}', '<p>')).toBe('@layer base{p{margin:0}}');
	});

	test('keeps layer order statements', () => {
		expect(prune('@layer base,utilities;.x{color:red}', '<p>')).toBe('@layer base,utilities;');
	});

	test('removes custom properties and @property rules that nothing reads any more', () => {
		const css = '@property --tw-ring{syntax:"*";inherits:false}@property --tw-x{syntax:"*";inherits:false}:root{--gap:1rem;--unused:2rem}.ring{--tw-ring:0 0 red;box-shadow:var(--tw-ring)}.move{translate:var(--tw-x) 0;margin:var(--gap)}';
		expect(prune(css, '<p class="move">')).toBe('@property --tw-x{syntax:"*";inherits:false}:root{--gap:1rem}.move{translate:var(--tw-x) 0;margin:var(--gap)}');
	});

	test('follows chains of custom properties', () => {
		expect(prune(':root{--a:var(--b);--b:1px;--c:2px}.x{width:var(--a)}', '<p class="x">')).toBe(':root{--a:var(--b);--b:1px}.x{width:var(--a)}');
	});

	test('keeps a custom property that markup or a script names', () => {
		expect(prune(':root{--accent:red}', '<p>', ["getPropertyValue('--accent')"])).toBe(':root{--accent:red}');
	});
});

describe('mergeVariants', () => {
	const variant = (sheet: string, css: string, pages: string[]) => ({ sheet, css, pages });
	const light = () => 1000;

	test('leaves the variants alone when there are no more than the limit', () => {
		const variants = [variant('s', '.a{}', ['x']), variant('s', '.b{}', ['y'])];
		expect(mergeVariants(variants, 2, light)).toEqual(variants);
	});

	test('among pages alike in weight, merges first the two variants whose union adds the fewest bytes over their pages', () => {
		const merged = mergeVariants([variant('s', '.a{}.big-rule-here{}', ['p1', 'p2']), variant('s', '.a{}', ['p3']), variant('s', '.a{}.b{}', ['p4', 'p5', 'p6'])], 2, light);
		expect(merged).toContainEqual(variant('s', '.a{}.big-rule-here{}', ['p1', 'p2']));
		expect(merged).toContainEqual(variant('s', '', ['p3', 'p4', 'p5', 'p6']));
	});

	test('spares the heaviest page: lighter pages take on more rules rather than it taking on a few', () => {
		const weights: Record<string, number> = { heavy: 14_000, p2: 9_000, p3: 9_000 };
		const merged = mergeVariants([variant('s', '.a{}', ['heavy']), variant('s', '.a{}.b{}', ['p2']), variant('s', '.c{}.much-longer-rule{}', ['p3'])], 2, (page) => weights[page]);
		expect(merged).toContainEqual(variant('s', '.a{}', ['heavy']));
		expect(merged).toContainEqual(variant('s', '', ['p2', 'p3']));
	});

	test('never merges variants of different stylesheets', () => {
		expect(mergeVariants([variant('s', '.a{}', ['x']), variant('t', '.a{}', ['y'])], 1, light)).toHaveLength(2);
	});
});

