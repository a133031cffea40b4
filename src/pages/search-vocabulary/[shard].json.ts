/**
 * `/search-vocabulary/<letter>.json`: the words the entries use that start with
 * that letter, most used first, for the search box's spelling correction.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodes } from '../../lib/content';
import { searchTerms } from '../../lib/search-terms';
import { buildVocabulary, vocabularyShards } from '../../lib/vocabulary';

export const getStaticPaths = (async () => {
	const texts = (await getCodes()).flatMap(({ data, body }) => [data.name, data.knownAs ?? '', data.summary, ...searchTerms(data), body ?? '']);
	return [...vocabularyShards(buildVocabulary(texts))].map(([shard, words]) => ({ params: { shard }, props: { words } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ words: string[] }> = ({ props }) =>
	new Response(JSON.stringify(props.words), { headers: { 'Content-Type': 'application/json' } });
