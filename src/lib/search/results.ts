/**
 * The search results table: what a result shows, by Pagefind page id. Built
 * after indexing from Pagefind's own fragments (the metadata each code page
 * declares), so the search box fetches this one small file with the index
 * instead of one fragment per result after searching.
 */

/** Where the table is served; kept here, not in `urls.ts`, so the script that fetches it imports nothing the controller shares. */
export const SEARCH_RESULTS_URL = '/search-results.json';

/** What a result is: a code page, a comparison page, an answer of the decision guide, or a number that is no status code (`/not-status-codes/`). */
export type ResultType = 'code' | 'comparison' | 'guide' | 'not-status';

/** What one search result shows. */
export interface SearchHit {
	url: string;
	type: ResultType;
	/** The codes it is about: the page's code, the codes compared, the code a guide answer leads to. */
	codes: number[];
	title: string;
	tagline: string;
	className: string;
	unofficial: boolean;
	/** Vendors that send this number, for telling a vendor query from a generic one. */
	vendors: string;
	/** Other names of the code: former reason phrases, vendors' names for it. */
	names?: string[];
}

/** The part of a Pagefind fragment the table is made from. */
export interface Fragment {
	url: string;
	meta: Record<string, string | undefined>;
}

export type ResultsTable = Record<string, SearchHit>;

/** Between the names in the `names` metadata field (`src/lib/search/index-input.ts` writes it). */
export const NAME_SEPARATOR = ' | ';

const TYPES: readonly string[] = ['code', 'comparison', 'guide', 'not-status'] satisfies ResultType[];

export function searchHit({ url, meta }: Fragment): SearchHit {
	const type = meta.type ?? 'code';
	if (!TYPES.includes(type)) throw new Error(`${url}: unknown result type ${type}`);
	return {
		url,
		type: type as ResultType,
		codes: (meta.codes ?? meta.code ?? '').split(' ').filter(Boolean).map(Number),
		title: meta.title ?? url,
		tagline: meta.tagline ?? '',
		className: meta.class ?? '',
		unofficial: meta.kind === 'unofficial',
		vendors: meta.vendors ?? '',
		...(meta.names && { names: meta.names.split(NAME_SEPARATOR) }),
	};
}

/** The table for fragments keyed by page id (a fragment's file name without its extension). */
export function resultsTable(fragments: ReadonlyMap<string, Fragment>): ResultsTable {
	return Object.fromEntries([...fragments].sort(([a], [b]) => a.localeCompare(b)).map(([id, fragment]) => [id, searchHit(fragment)]));
}

/** The codes that have a page of their own, read from the table the search box loads anyway, so no page carries the list. */
export function knownCodes(table: ResultsTable): ReadonlySet<number> {
	return new Set(Object.values(table).flatMap((hit) => (hit.type === 'code' ? hit.codes : [])));
}

/** Pagefind's compressed files are gzip of a 12-byte signature followed by the content. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** A fragment file's content, already gunzipped: the signature, then the JSON. */
export function parseFragment(decompressed: string, file: string): Fragment {
	if (!decompressed.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment (no ${PAGEFIND_SIGNATURE} signature)`);
	const fragment = JSON.parse(decompressed.slice(PAGEFIND_SIGNATURE.length)) as Fragment;
	if (typeof fragment.url !== 'string' || typeof fragment.meta !== 'object') throw new Error(`${file} has no url or meta`);
	return fragment;
}
