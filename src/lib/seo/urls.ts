/**
 * Every internal URL is built here, in its one canonical form: a trailing slash,
 * because the site is built as `codes/429/index.html` and every static host serves
 * that directly at `/codes/429/` (and redirects `/codes/429` to it).
 */
export const HOME_URL = '/';
export const UNOFFICIAL_URL = '/codes/unofficial/';
/** Every code in one sortable table. */
export const ALL_CODES_URL = '/codes/';
export const GUIDE_URL = '/guide/';
export const COMPARE_URL = '/compare/';
export const CHEAT_SHEET_URL = '/cheat-sheet/';
/** Numbers people take for status codes that are not: Warning header codes, Windows client errors. */
export const NOT_STATUS_CODES_URL = '/not-status-codes/';

export function codeUrl(code: number): string {
	return `/codes/${code}/`;
}

/** A code's companion page with every message and its IIS sub-statuses in full (`src/lib/seo/companion-pages.ts`). */
export function codeMessagesUrl(code: number): string {
	return `${codeUrl(code)}messages/`;
}

/** A code's companion page with the examples, the constants and what raises or returns it by default. */
export function codeInCodeUrl(code: number): string {
	return `${codeUrl(code)}code/`;
}

export function classUrl(slug: string): string {
	return `/codes/${slug}/`;
}

/** `/compare/401-403-404/` */
export function compareUrl(slug: string): string {
	return `${COMPARE_URL}${slug}/`;
}

/** Absolute URL for canonical links and structured data. */
export function absoluteUrl(path: string, site: URL | undefined): string {
	return site ? new URL(path, site).href : path;
}

/** The social card image of a code page (rendered at build time by `src/integrations/social-cards.ts`). */
export function socialCardUrl(code: number): string {
	return `/og/${code}.png`;
}

/** The social card of every page that is not about one code. */
export const SITE_CARD_URL = '/og/site.png';

/** Machine-readable data: all codes, one code, and the JSON Schema both follow. */
export const CODES_JSON_URL = '/codes.json';
export const CODES_SCHEMA_URL = '/codes.schema.json';

/** The client lab: how it measures, the clients and their versions; its results as data, and their JSON Schema. */
export const CLIENTS_URL = '/clients/';
export const CLIENTS_JSON_URL = '/clients.json';
export const CLIENTS_SCHEMA_URL = '/clients.schema.json';

export function codeJsonUrl(code: number): string {
	return `/codes/${code}.json`;
}

export const OPENSEARCH_URL = '/opensearch.xml';

/**
 * The search URL with `placeholder` where the query goes (`{searchTerms}` for OpenSearch):
 * the home page opens its search box with the `q` parameter (`src/scripts/site-search.ts`).
 */
export function searchUrlTemplate(placeholder: string): string {
	return `/?q=${placeholder}`;
}

/** `/429`: the shortcut that redirects to the code page (a meta-refresh page, or `_redirects` on hosts that read it). */
export function shortcutUrl(code: number): string {
	return `/${code}`;
}

/**
 * How a code's number is written: `429`; a number below 100 also in the three-digit form
 * tools print it in (`000` for 0, as curl's `%{http_code}` does). The first is the canonical one.
 */
export function codeSpellings(code: number): string[] {
	const padded = String(code).padStart(3, '0');
	return padded === String(code) ? [padded] : [String(code), padded];
}

/** Every shortcut of a code: `/429`; `/0` and `/000`. */
export function shortcutUrls(code: number): string[] {
	return codeSpellings(code).map((spelling) => `/${spelling}`);
}

/** Paths under `/codes/` that also reach a code's page: `/codes/000` for 0; none for a three-digit code. */
export function codeAliasUrls(code: number): string[] {
	return codeSpellings(code)
		.slice(1)
		.map((spelling) => `/codes/${spelling}`);
}

/**
 * True for the path of a redirect page: a shortcut such as `/429/` or `/000/`, or an alias
 * such as `/codes/000/` (a canonical code URL never starts with a zero).
 */
export function isShortcutPath(path: string): boolean {
	return /^\/\d{1,3}\/?$/.test(path) || /^\/codes\/0\d{2}\/?$/.test(path);
}

/** The sitemap index that `@astrojs/sitemap` writes. */
export const SITEMAP_URL = '/sitemap-index.xml';

/** The spelling vocabulary's words that start with `shard` (`src/lib/search/vocabulary.ts`). */
export function vocabularyShardUrl(shard: string): string {
	return `/search-vocabulary/${shard}.json`;
}
