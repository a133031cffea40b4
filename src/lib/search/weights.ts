/**
 * How much each part of a page counts in search, in one place for the indexer and the
 * search box (which passes `META_WEIGHTS` to Pagefind; kept apart from `terms.ts`
 * so the search box does not bundle the tables that module reads).
 *
 * Pagefind 1.6 adds to a page's score, for every metadata field that holds the query's
 * words, a bonus proportional to the field's weight and to the share of the query it
 * covers; text on the page counts far less (its weight times how often it occurs, over
 * the average page length). A name or search term therefore decides the ranking, and
 * the prose only orders pages none of whose fields match.
 */
export const META_WEIGHTS = {
	/** The page's name: `404 Not Found`, `401 vs 403 vs 404`, `Use 401 Unauthorized`. */
	title: 10,
	/** Earlier reason phrases, and vendors' names for the number: names as much as the title. */
	names: 8,
	/** What software prints with the code (`messages`). */
	messages: 5,
	/** What raises or returns the code in a framework (`ThrottleRequestsException`). */
	exceptions: 5,
	/** IIS sub-statuses: `HTTP Error 500.19`, their names and HRESULTs. */
	subStatuses: 5,
	/** Aliases: symptoms, misspellings, vendor phrases. */
	aliases: 5,
	/** Framework constants, as written and bare. */
	constants: 5,
	/** What the decision guide says leads to the code. */
	guide: 2,
	/** The one-line description written for lists and cheat sheets: what the code is about, in a visitor's words. */
	tagline: 3,
	summary: 2,
	// Shown with results or used to filter them, never matched.
	vendors: 0,
	class: 0,
	kind: 0,
	type: 0,
	code: 0,
	codes: 0,
} as const;

export type MetaField = keyof typeof META_WEIGHTS;

/** Weight of the visible text that carries the same words (`data-pagefind-weight`; prose is 1). */
export const TERM_TEXT_WEIGHT = 5;
