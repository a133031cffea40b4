/** `/search-vocabulary.json`: every word the entries use, for the search box's spelling correction. */
import type { APIRoute } from 'astro';
import { getCodes } from '../lib/content';
import { searchTerms } from '../lib/search-terms';
import { buildVocabulary } from '../lib/vocabulary';

export const GET: APIRoute = async () => {
	const texts = (await getCodes()).flatMap(({ data, body }) => [data.name, data.knownAs ?? '', data.summary, ...searchTerms(data), body ?? '']);
	return new Response(JSON.stringify(buildVocabulary(texts)), { headers: { 'Content-Type': 'application/json' } });
};
