/**
 * The performance budgets and the pages they are checked on, in one place for
 * the tests (`tests/e2e/budgets.spec.ts`) and the benchmark (`npm run bench`).
 * A new kind of page joins both by adding a line to `PAGE_TYPES`.
 */

export interface PageType {
	/** What the row is called in test names and benchmark tables. */
	name: string;
	/** A URL path of one page of this type. */
	path: string;
}

export const PAGE_TYPES: readonly PageType[] = [
	{ name: 'home', path: '/' },
	{ name: 'class page', path: '/codes/4xx/' },
	{ name: 'long code page', path: '/codes/429/' },
	{ name: 'short code page', path: '/codes/418/' },
	{ name: 'unofficial index', path: '/codes/unofficial/' },
	{ name: 'all codes table', path: '/codes/' },
	// A number with no entry: the 404 page then also lists the nearest codes.
	{ name: '404', path: '/codes/600/' },
	{ name: 'guide', path: '/guide/' },
	{ name: 'comparisons index', path: '/compare/' },
	{ name: 'comparison', path: '/compare/301-302-303-307-308/' },
	{ name: 'cheat sheet', path: '/cheat-sheet/' },
	{ name: 'not status codes', path: '/not-status-codes/' },
	{ name: 'client lab', path: '/clients/' },
];

const KB = 1024;

export const BUDGETS = {
	/** Everything a page loads before any interaction (HTML included), gzip: about the first round trip of a new connection. */
	pageGzip: 14 * KB,
	/** JavaScript a page runs before any interaction, inline or loaded, gzip. */
	scriptGzip: 1 * KB,
	/** Everything the first search loads, from the first keystroke until results show, gzip. */
	firstSearchGzip: 120 * KB,
	/** From a keystroke to its results shown, median over typed queries once search has loaded (`npm run bench`). */
	keystrokeMs: 50,
} as const;

/**
 * Pages over `BUDGETS.pageGzip` because of what they say, not how they are built:
 * code pages with long prose, many "What you may see" messages, framework
 * snippets and exceptions, IIS sub-status tables, over a fixed part (head, inline CSS, header, footer, scripts) of
 * about 7.7 KB. Each may load at most the figure given: what it loaded when
 * listed (gzip bytes before interaction, as `tests/built/budgets.test.ts`
 * measures it, which prints every such page), rounded up to 50 B. A page that grows past its figure fails, and so does one back
 * under budget, until its line is removed; any other page must meet the budget.
 */
export const OVER_BUDGET: Readonly<Record<string, number>> = {
	'/codes/500/': 21_150,
	'/codes/404/': 19_250,
	'/codes/400/': 19_150,
	'/codes/502/': 19_000,
	'/codes/403/': 18_950,
	'/codes/401/': 18_100,
	'/codes/503/': 17_950,
	'/codes/422/': 16_900,
	'/codes/504/': 16_250,
	'/codes/301/': 16_050,
	'/codes/413/': 15_900,
	'/codes/524/': 15_550,
	'/codes/405/': 15_300,
	'/codes/308/': 15_300,
	'/codes/522/': 15_300,
	'/codes/302/': 15_300,
	'/codes/0/': 15_250,
	'/codes/499/': 15_150,
	'/codes/520/': 15_050,
	'/codes/419/': 14_950,
	'/codes/421/': 14_900,
	'/codes/415/': 14_850,
	'/codes/304/': 14_850,
	'/codes/409/': 14_800,
	'/codes/406/': 14_550,
	'/codes/204/': 14_500,
	'/codes/103/': 14_500,
	'/codes/408/': 14_450,
	'/codes/200/': 14_400,
};

/**
 * Queries the first-search budget is measured with, one of each kind a visitor
 * types; what a search loads grows with its words (an index chunk and a
 * vocabulary shard each). The first is typed on every page type.
 */
export const FIRST_SEARCH_QUERIES = [
	'rate limit',
	'429',
	'forbiden',
	'HttpStatusCode.NotFound',
	'aws load balancer waited too long for backend to answer',
	'2026/01/14 09:12:33 [error] 2811#2811: *91 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.5',
] as const;
export const FIRST_SEARCH_QUERY = FIRST_SEARCH_QUERIES[0];

/**
 * Queries typed one after another once search has loaded, for the keystroke-to-results
 * median (`npm run bench`): the hold-out set, every kind a visitor types, pasted lines too.
 */
export const KEYSTROKE_QUERY_FILE = 'tests/search-holdout.json';

/** gzip level for every byte count: the zlib and gzip CLI default, which static hosts commonly use. */
export const GZIP_LEVEL = 6;
