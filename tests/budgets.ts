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
	// The pages beside a code page that hold its long lists (src/lib/seo/companion-pages.ts).
	{ name: 'messages page', path: '/codes/500/messages/' },
	{ name: 'in code page', path: '/codes/502/code/' },
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
