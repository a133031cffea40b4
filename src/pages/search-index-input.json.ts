/**
 * `/search-index-input.json`: what the search index gets besides the visible text of the
 * pages (`src/lib/search/index-input.ts`). Read by the indexer at the end of the build and
 * deleted there, so it is never served.
 */
import type { APIRoute } from 'astro';
import { getCodes, getComparisons } from '../lib/content/content';
import { guideLeaves } from '../lib/compare/guide';
import { codePage, comparisonPage, guideRecords, type IndexInput, typedPage } from '../lib/search/index-input';
import { codeUrl, compareUrl, GUIDE_URL, NOT_STATUS_CODES_URL } from '../lib/seo/urls';

export const GET: APIRoute = async () => {
	const codes = (await getCodes()).map((entry) => entry.data);
	const byCode = new Map(codes.map((data) => [data.code, data]));
	const leaves = guideLeaves();
	const input: IndexInput = {
		pages: [
			...codes.map((data) => codePage(codeUrl(data.code), data, leaves)),
			...(await getComparisons()).map((entry) =>
				comparisonPage(compareUrl(entry.id), entry.data.title, entry.data.codes.map((code) => byCode.get(code)!)),
			),
			typedPage(NOT_STATUS_CODES_URL, 'not-status'),
		],
		records: guideRecords(GUIDE_URL, leaves, byCode),
	};
	return Response.json(input);
};
