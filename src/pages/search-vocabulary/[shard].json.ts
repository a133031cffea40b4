/**
 * `/search-vocabulary/<letter>.json`: the words the index holds that start with that
 * letter, most used first, for the search box (`src/lib/vocabulary.ts`): every text of
 * the entries and comparisons (front matter and prose) and of the decision guide. Every
 * possible shard is written, empty if no word has its letters.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodes, getComparisons } from '../../lib/content';
import { guideLeaves } from '../../lib/guide';
import { searchTerms } from '../../lib/search-terms';
import { allShardKeys, buildVocabulary, textsOf, vocabularyShards } from '../../lib/vocabulary';

export const getStaticPaths = (async () => {
	const texts = [
		...(await getCodes()).flatMap(({ data, body }) => [...textsOf(data), ...searchTerms(data), body ?? '']),
		...(await getComparisons()).flatMap(({ data, body }) => [...textsOf(data), body ?? '']),
		...guideLeaves().flatMap((leaf) => [...leaf.questions, ...leaf.answers, leaf.why]),
	];
	const shards = vocabularyShards(buildVocabulary(texts));
	return allShardKeys().map((shard) => ({ params: { shard }, props: { words: shards.get(shard) ?? [] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ words: string[] }> = ({ props }) =>
	new Response(JSON.stringify(props.words), { headers: { 'Content-Type': 'application/json' } });
