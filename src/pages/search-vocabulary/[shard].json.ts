/**
 * `/search-vocabulary/<letter>.json`: the words the index holds that start with that
 * letter, most used first, for the search box (`src/lib/search/vocabulary.ts`): every text of
 * the entries and comparisons (front matter and prose) and of the decision guide that
 * the index holds: not the aliases that misspell a code's names (`misspelledNames`),
 * nor the examples on a code's `/code/` page, which is not indexed. Every possible shard is
 * written, empty if no word has its letters.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { mdxToMdast } from 'satteri';
import { getCodes, getComparisons } from '../../lib/content/content';
import { guideLeaves } from '../../lib/compare/guide';
import { type Block, snippetRange } from '../../lib/markup/in-code-snippets';
import { searchTerms } from '../../lib/search/terms';
import { createVocabulary } from '../../lib/search/spelling';
import { allShardKeys, buildVocabulary, misspelledNames, textsOf, vocabularyShards } from '../../lib/search/vocabulary';

const textOf = (block: Block): string => block.value ?? (block.children ?? []).map(textOf).join(' ');

/**
 * The text of an entry body that the code page shows, and Pagefind indexes: all but the examples of its
 * "In code" section, which have a page of their own (`in-code-snippets.ts`). A word only they use would be
 * searched and not found, and Pagefind would match a part of it instead.
 */
function indexedBody(body: string): string {
	const blocks = (mdxToMdast(body, { position: false }) as Block).children ?? [];
	const range = snippetRange(blocks);
	return (range ? [...blocks.slice(0, range.start), ...blocks.slice(range.end)] : blocks).map(textOf).join('\n');
}

export const getStaticPaths = (async () => {
	const codes = await getCodes();
	const codeTexts = (aliases: boolean) =>
		codes.flatMap(({ data, body }) => {
			const entry = aliases ? data : { ...data, aliases: [] };
			return [...textsOf(entry), ...searchTerms(entry), indexedBody(body ?? '')];
		});
	const otherTexts = [
		...(await getComparisons()).flatMap(({ data, body }) => [...textsOf(data), body ?? '']),
		...guideLeaves().flatMap((leaf) => [...leaf.questions, ...leaf.answers, leaf.why]),
	];
	const misspelled = misspelledNames(
		codes.map(({ data }) => ({ names: [data.name, ...data.formerNames.map((former) => former.name), ...data.vendors.map((vendor) => vendor.name)], aliases: data.aliases })),
		createVocabulary(buildVocabulary([...codeTexts(false), ...otherTexts])),
	);
	const words = buildVocabulary([...codeTexts(true), ...otherTexts]).filter((word) => !misspelled.has(word));
	const shards = vocabularyShards(words);
	return allShardKeys().map((shard) => ({ params: { shard }, props: { words: shards.get(shard) ?? [] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ words: string[] }> = ({ props }) =>
	new Response(JSON.stringify(props.words), { headers: { 'Content-Type': 'application/json' } });
