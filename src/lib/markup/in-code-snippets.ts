/**
 * The examples of an entry's "In code" section are shown on a page of their own
 * (`/codes/502/code/`), not on the code page, where they would weigh up to 2 KB
 * gzip over the page budget. One MDX file per code still holds them: this mdast
 * plugin (Sätteri's, see `astro.config.mjs`) wraps the body's top-level blocks in
 * two MDX elements, the examples (everything under the heading, up to the next
 * section) in `<InCodeSnippets>` and the rest in `<OutsideSnippets>`. A page picks
 * what it shows through the components it passes to `<Content />`: the code page
 * shows the rest and a link in place of the examples (`InCodeLink.astro`), the
 * "in code" page only the examples. An Astro component that does not render its
 * slot emits none of it.
 */
import { defineMdastPlugin, mdxToMdast } from 'satteri';

/** The section whose examples move; every entry has it (`src/lib/content/validate-entries.ts`). */
export const IN_CODE_HEADING = 'In code';

/** The MDX element names the plugin writes; a page that renders an entry body passes a component for each. */
export const SNIPPETS_ELEMENT = 'InCodeSnippets';
export const OUTSIDE_ELEMENT = 'OutsideSnippets';

/** What the split reads of an mdast node. */
export interface Block {
	type: string;
	depth?: number;
	lang?: string | null;
	value?: string;
	children?: readonly Block[];
}

function plainText(block: Block): string {
	return block.value ?? (block.children ?? []).map(plainText).join('');
}

/** Where the examples are among the top-level blocks: after the "In code" heading, up to the next heading of its level. */
export function snippetRange(blocks: readonly Block[]): { start: number; end: number } | undefined {
	const heading = blocks.findIndex((block) => block.type === 'heading' && block.depth === 2 && plainText(block) === IN_CODE_HEADING);
	if (heading === -1) return undefined;
	const next = blocks.findIndex((block, index) => index > heading && block.type === 'heading' && (block.depth ?? 0) <= 2);
	return { start: heading + 1, end: next === -1 ? blocks.length : next };
}

/** The languages of the code blocks, each once, in order of appearance; plain text is no language. */
export function snippetLanguages(blocks: readonly Block[]): string[] {
	return [...new Set(blocks.flatMap((block) => (block.type === 'code' && block.lang && block.lang !== 'text' ? [block.lang] : [])))];
}

/** The top-level blocks of the examples in an entry body (none without an "In code" section). */
export function inCodeBlocks(body: string): readonly Block[] {
	const blocks = (mdxToMdast(body, { position: false }) as Block).children ?? [];
	const range = snippetRange(blocks);
	return range ? blocks.slice(range.start, range.end) : [];
}

/** The languages of the examples in an entry body, for the links and descriptions that name them. */
export function inCodeLanguages(body: string): string[] {
	return snippetLanguages(inCodeBlocks(body));
}

export const inCodeSnippets = defineMdastPlugin({
	name: 'in-code-snippets',
	before(root, context) {
		const blocks = root.children;
		const range = snippetRange(blocks);
		if (!range) return;
		const element = (name: string, children: typeof blocks) => ({ type: 'mdxJsxFlowElement', name, attributes: [], children });
		const after = blocks.slice(range.end);
		context.setProperty(root, 'children', [
			element(OUTSIDE_ELEMENT, blocks.slice(0, range.start)),
			element(SNIPPETS_ELEMENT, blocks.slice(range.start, range.end)),
			...(after.length > 0 ? [element(OUTSIDE_ELEMENT, after)] : []),
		] as typeof blocks);
	},
});
