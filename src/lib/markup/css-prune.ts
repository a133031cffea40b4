/**
 * One page's share of the site's stylesheet. Tailwind writes one stylesheet
 * with every utility the site uses, and the build inlines it into every page;
 * most pages use half of it. `pruneCss` keeps the rules a page can use: those
 * whose selectors could match its markup, or markup its scripts create, and the
 * custom properties something still reads. Nothing is guessed per page: a rule is
 * dropped only when it names a class or an element that appears nowhere in the
 * page or in any script (`src/integrations/prune-css.ts` runs it on the build).
 */
import { gzipSync } from 'node:zlib';
import { clone, type CssNode, generate, ident, List, type ListItem, parse, type Selector, walk } from 'css-tree';

export interface CssUsage {
	/** Classes in the markup, and every word a script could add as a class (its string literals, split on spaces). */
	classes: ReadonlySet<string>;
	/** Element names in the markup, and every word a script could create an element from. */
	tags: ReadonlySet<string>;
	/** The `type` of every `<input>` in the markup, and script words again (a script may create inputs too). */
	inputTypes: ReadonlySet<string>;
	/** The markup and scripts as text: a custom property named anywhere in them is kept. */
	text: string;
}

/** Pseudo-elements that exist only on inputs of certain types, e.g. the date picker's fields. */
const INPUT_PSEUDO_ELEMENTS: readonly [RegExp, readonly string[]][] = [
	[/^-webkit-(date-and-time-value|datetime-edit.*|calendar-picker-indicator)$/, ['date', 'time', 'datetime-local', 'month', 'week']],
	[/^-webkit-(inner|outer)-spin-button$/, ['number']],
	[/^file-selector-button$/, ['file']],
];

const WORD = /[^\s"'`]+/g;

/**
 * What a page can style: from its HTML and the source of every script that may
 * run on it (inline, loaded at once, or loaded later, such as the search code).
 */
export function usageOf(html: string, scripts: readonly string[]): CssUsage {
	const markup = html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
	const words = scripts.flatMap((script) => script.match(WORD) ?? []);
	const classes = new Set(words);
	for (const [, double, single, bare] of markup.matchAll(/\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
		for (const name of (double ?? single ?? bare).split(/\s+/)) if (name) classes.add(name);
	}
	const tags = new Set(['html', 'head', 'body', ...words.map((word) => word.toLowerCase())]);
	for (const [, name] of markup.matchAll(/<([a-z][\w-]*)/gi)) tags.add(name.toLowerCase());
	const inputTypes = new Set(words.map((word) => word.toLowerCase()));
	for (const [tag] of markup.matchAll(/<input\b[^>]*>/gi)) inputTypes.add((tag.match(/\stype\s*=\s*["']?([\w-]+)/i)?.[1] ?? 'text').toLowerCase());
	return { classes, tags, inputTypes, text: `${markup}\n${scripts.join('\n')}` };
}

/** What any of several pages can style: pages that share a stylesheet get one pruned copy, so the CSP lists few distinct styles. */
export function mergeUsage(usages: readonly CssUsage[]): CssUsage {
	const union = (pick: (usage: CssUsage) => ReadonlySet<string>) => new Set(usages.flatMap((usage) => [...pick(usage)]));
	return {
		classes: union((usage) => usage.classes),
		tags: union((usage) => usage.tags),
		inputTypes: union((usage) => usage.inputTypes),
		text: usages.map((usage) => usage.text).join('\n'),
	};
}

/** True when no element of the page can match `selector`. Classes and elements inside `:not()` or `:has()` are not required, so they never count. */
function cannotMatch(selector: Selector, usage: CssUsage): boolean {
	for (const node of selector.children) {
		switch (node.type) {
			case 'ClassSelector':
				if (!usage.classes.has(ident.decode(node.name))) return true;
				break;
			case 'TypeSelector':
				if (node.name !== '*' && !node.name.includes('|') && !usage.tags.has(node.name.toLowerCase())) return true;
				break;
			case 'PseudoElementSelector': {
				const types = INPUT_PSEUDO_ELEMENTS.find(([pattern]) => pattern.test(node.name))?.[1];
				if (types && !types.some((type) => usage.inputTypes.has(type))) return true;
				break;
			}
			case 'PseudoClassSelector': {
				// `:is(.a, .b)` and `:where(…)` need one of their selectors to match.
				const list = node.children?.first;
				if (['is', 'where', 'matches'].includes(node.name.toLowerCase()) && list?.type === 'SelectorList') {
					if (list.children.toArray().every((item) => item.type === 'Selector' && cannotMatch(item, usage))) return true;
				}
				break;
			}
		}
	}
	return false;
}

function remove(list: List<CssNode> | null, item: ListItem<CssNode> | null): boolean {
	if (!list || !item) return false;
	list.remove(item);
	return true;
}

/** Rules and at-rules left with an empty block go, until none is left (an emptied `@media` may empty its `@layer`). */
function dropEmptyBlocks(ast: CssNode): void {
	let changed = true;
	while (changed) {
		changed = false;
		walk(ast, {
			enter(node: CssNode, item: ListItem<CssNode>, list: List<CssNode>) {
				if ((node.type === 'Rule' || node.type === 'Atrule') && node.block?.children.isEmpty) changed = remove(list, item) || changed;
			},
		});
	}
}

const customPropertyName = (prelude: CssNode | null) => (prelude ? generate(prelude).trim() : '');

/** Most pages share one stylesheet: it is parsed once, and each page prunes a copy. */
const parsed = new Map<string, CssNode>();

/** `css` less what the page described by `usage` cannot use. */
export function pruneCss(css: string, usage: CssUsage): string {
	if (!parsed.has(css)) parsed.set(css, parse(css, { parseValue: false, parseAtrulePrelude: false, parseCustomProperty: false }));
	const ast = clone(parsed.get(css)!);
	walk(ast, {
		visit: 'Rule',
		enter(node, item, list) {
			if (node.prelude.type !== 'SelectorList') return;
			node.prelude.children.forEach((selector, selectorItem, selectors) => {
				if (selector.type === 'Selector' && cannotMatch(selector, usage)) selectors.remove(selectorItem);
			});
			if (node.prelude.children.isEmpty) remove(list, item);
		},
	});
	dropEmptyBlocks(ast);
	// Custom properties nothing reads: `--tw-*` helpers of dropped utilities, their `@property` rules, unused theme values.
	for (;;) {
		const read = new Set<string>();
		walk(ast, {
			visit: 'Raw',
			enter(node) {
				for (const [, name] of node.value.matchAll(/var\(\s*(--[\w-]+)/g)) read.add(name);
			},
		});
		const needed = (name: string) => read.has(name) || usage.text.includes(name);
		let changed = false;
		walk(ast, {
			enter(node: CssNode, item: ListItem<CssNode>, list: List<CssNode>) {
				if (node.type === 'Atrule' && node.name === 'property' && !needed(customPropertyName(node.prelude))) changed = remove(list, item) || changed;
				if (node.type === 'Declaration' && node.property.startsWith('--') && !needed(node.property)) changed = remove(list, item) || changed;
			},
		});
		if (!changed) break;
		dropEmptyBlocks(ast);
	}
	return generate(ast);
}

/** The pages whose pruned stylesheet is the same: `sheet` is what Astro gave them, `css` what they keep. */
export interface StyleVariant<T> {
	sheet: string;
	css: string;
	pages: T[];
}

/** A stylesheet as pieces of about one rule each, to compare two variants cheaply. */
const pieces = (css: string) => new Set(css.split(/(?<=\})/));
const length = (items: Iterable<string>) => Array.from(items).reduce((sum, item) => sum + item.length, 0);

/**
 * Merges variants of the same stylesheet until at most `limit` remain (each
 * distinct inline style is one more hash in the Content-Security-Policy). Each
 * time it merges the pair that leaves the heaviest page it grows lightest, then
 * the pair whose union adds the fewest bytes over all their pages: pages near
 * the byte budget keep their own stylesheet while lighter ones can share.
 * `weight` is a page's gzip bytes with its own stylesheet; added rules count at
 * the stylesheet's own compression ratio. A merged variant comes back with `css`
 * empty: prune its sheet again for its pages together. Variants of different
 * sheets never merge, so more may remain.
 */
export function mergeVariants<T>(variants: readonly StyleVariant<T>[], limit: number, weight: (page: T) => number): StyleVariant<T>[] {
	const ratios = new Map<string, number>();
	const ratio = (sheet: string) => ratios.get(sheet) ?? ratios.set(sheet, gzipSync(sheet).length / Math.max(sheet.length, 1)).get(sheet)!;
	let groups = variants.map((variant) => ({ variant, pieces: pieces(variant.css), heaviest: Math.max(...variant.pages.map(weight)) }));
	type Group = (typeof groups)[number];
	const added = (to: Group, from: Group) => length([...from.pieces].filter((piece) => !to.pieces.has(piece)));
	/** The heaviest page of `group` once it takes on what `other` has, in gzip bytes; 0 when it gains nothing. */
	const grown = (group: Group, other: Group) => {
		const bytes = added(group, other);
		return bytes === 0 ? 0 : group.heaviest + bytes * ratio(group.variant.sheet);
	};
	while (groups.length > limit) {
		let best: { a: Group; b: Group; heaviest: number; total: number } | undefined;
		for (let i = 0; i < groups.length; i++) {
			for (let j = i + 1; j < groups.length; j++) {
				const [a, b] = [groups[i], groups[j]];
				if (a.variant.sheet !== b.variant.sheet) continue;
				const heaviest = Math.max(grown(a, b), grown(b, a));
				const total = a.variant.pages.length * added(a, b) + b.variant.pages.length * added(b, a);
				if (!best || heaviest < best.heaviest || (heaviest === best.heaviest && total < best.total)) best = { a, b, heaviest, total };
			}
		}
		if (!best) break;
		const { a, b } = best;
		const merged = {
			variant: { sheet: a.variant.sheet, css: '', pages: [...a.variant.pages, ...b.variant.pages] },
			pieces: new Set([...a.pieces, ...b.pieces]),
			heaviest: Math.max(grown(a, b) || a.heaviest, grown(b, a) || b.heaviest),
		};
		groups = [...groups.filter((group) => group !== a && group !== b), merged];
	}
	return groups.map((group) => group.variant);
}

