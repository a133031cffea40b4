/**
 * `/search-vocabulary/<letter>.json`: the words the index holds that start with that
 * letter, most used first, for the search box (`src/lib/vocabulary.ts`): every text of
 * the entries and comparisons (front matter and prose) and of the decision guide, but
 * the aliases that misspell a code's names (`misspelledNames`). Every possible shard is
 * written, empty if no word has its letters.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodes, getComparisons } from '../../lib/content';
import { guideLeaves } from '../../lib/guide';
import { searchTerms } from '../../lib/search-terms';
import { createVocabulary } from '../../lib/spelling';
import { allShardKeys, buildVocabulary, misspelledNames, textsOf, vocabularyShards } from '../../lib/vocabulary';

export const getStaticPaths = (async () => {
	const codes = await getCodes();
	const codeTexts = (aliases: boolean) =>
		codes.flatMap(({ data, body }) => {
			const entry = aliases ? data : { ...data, aliases: [] };
			return [...textsOf(entry), ...searchTerms(entry), body ?? ''];
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
