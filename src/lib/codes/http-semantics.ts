/** Facts from RFC 9110 that the schema enforces and pages explain. */

/** The keys of a table of labels, in order, typed as the non-empty list `z.enum` takes. */
export function keysOf<K extends string>(table: Record<K, unknown>): [K, ...K[]] {
	return Object.keys(table) as [K, ...K[]];
}

export const HEURISTIC_CACHE_SPEC = 'https://www.rfc-editor.org/rfc/rfc9110#section-15.1';
/** RFC 9111 §3: when a cache may store a response at all (final status, explicit freshness or a heuristically cacheable code). */
export const STORING_SPEC = 'https://www.rfc-editor.org/rfc/rfc9111#section-3';

/**
 * Codes that are heuristically cacheable by default, each with the section that says so:
 * RFC 9110 §15.1 lists its own codes; RFC 7725 §3 makes 451 cacheable by default too.
 */
export const HEURISTICALLY_CACHEABLE: ReadonlyMap<number, string> = new Map([
	...[200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501].map((code) => [code, HEURISTIC_CACHE_SPEC] as const),
	[451, 'https://www.rfc-editor.org/rfc/rfc7725#section-3'],
]);

/**
 * Codes that a cache must not store, each with the section that says so: RFC 6585
 * forbids storing 428, 429, 431 and 511; 1xx responses are interim, and RFC 9111 §3
 * lets a cache store only a final response.
 */
export const NEVER_STORED: ReadonlyMap<number, string> = new Map([
	[428, 'https://www.rfc-editor.org/rfc/rfc6585#section-3'],
	[429, 'https://www.rfc-editor.org/rfc/rfc6585#section-4'],
	[431, 'https://www.rfc-editor.org/rfc/rfc6585#section-5'],
	[511, 'https://www.rfc-editor.org/rfc/rfc6585#section-6'],
]);

/**
 * How a cache may treat a response with this code, as the specifications state it:
 * stored and reused without explicit freshness (heuristic), stored only when the
 * response gives it a lifetime or allows it outright (explicit), or never stored.
 */
export const CACHEABILITY = {
	heuristic: {
		label: 'Yes, heuristically',
		detail: 'caches may store it and reuse it for a while even without Cache-Control or Expires',
	},
	explicit: {
		label: 'Only if its headers allow it',
		detail: 'caches store it only when Cache-Control (max-age, s-maxage, public, or private for a browser’s own cache) or Expires allows it',
	},
	never: {
		label: 'No, never stored',
		detail: 'caches must not store it, whatever its headers say',
	},
} as const;

export type Cacheability = keyof typeof CACHEABILITY;
export const CACHEABILITY_KEYS = keysOf(CACHEABILITY);

/**
 * The cacheability the specifications give `code`; a code they do not name is cacheable only explicitly.
 * A number below 100 is no response at all (a client's 0 for a network error), so nothing can be stored.
 */
export function cacheabilityOf(code: number): Cacheability {
	if (HEURISTICALLY_CACHEABLE.has(code)) return 'heuristic';
	if (NEVER_STORED.has(code) || code < 200) return 'never';
	return 'explicit';
}

/** The section that states the cacheability of `code`. */
export function cacheabilitySpec(code: number): string {
	return HEURISTICALLY_CACHEABLE.get(code) ?? NEVER_STORED.get(code) ?? STORING_SPEC;
}

/** What a client should do next, from "nothing" to "never send this again". */
export const RETRY_ADVICE = {
	'no-action': 'Nothing to retry: the request got through.',
	follow: 'Follow the redirect or use the copy it points to.',
	'retry-as-is':
		'Safe to send the same request again, unchanged, once its cause is dealt with (a new connection, a completed handshake, a network sign-in, freed space): the server did not act on it.',
	'retry-if-idempotent':
		'Retry with backoff only if the method is idempotent (GET, PUT, DELETE) or the request carries an idempotency key: a POST may already have taken effect.',
	'retry-after-delay': 'Retry later, after the delay the response asks for.',
	'fix-request': 'Change the request before sending it again.',
	'do-not-retry': 'Do not retry: the same request will get the same answer.',
} as const;

/** The same advice in a few words, for a table cell (`/codes/`); the sentence above is what a code page says. */
export const RETRY_SHORT: Record<keyof typeof RETRY_ADVICE, string> = {
	'no-action': 'Nothing to retry',
	follow: 'Follow the redirect',
	'retry-as-is': 'Resend unchanged once the cause is fixed',
	'retry-if-idempotent': 'Retry only if idempotent',
	'retry-after-delay': 'Retry after a delay',
	'fix-request': 'Fix the request first',
	'do-not-retry': 'Do not retry',
};

export type RetryAdvice = keyof typeof RETRY_ADVICE;
export const RETRY_ADVICE_KEYS = keysOf(RETRY_ADVICE);

/**
 * How strongly a header belongs with a code. The normative roles use the
 * RFC 2119 keywords of the specification and must cite it; `common` marks a
 * header that is usual in practice but not required by any specification.
 */
export const HEADER_ROLES = {
	must: 'MUST be sent',
	should: 'SHOULD be sent',
	may: 'MAY be sent',
	'must-not': 'MUST NOT be sent',
	common: 'Common in practice',
} as const;

export type HeaderRole = keyof typeof HEADER_ROLES;
export const HEADER_ROLE_KEYS = keysOf(HEADER_ROLES);

/**
 * Whether the situation a code reports is meant to last: what separates 301/308
 * from 302/307, and 410 from 404. `unspecified` is for codes whose definition
 * says outright that they do not tell (404).
 */
export const PERMANENCE = {
	permanent: 'Permanent',
	temporary: 'Temporary',
	unspecified: 'Not stated: may be either',
} as const;

export type Permanence = keyof typeof PERMANENCE;
export const PERMANENCE_KEYS = keysOf(PERMANENCE);

/** What a client following a redirect automatically does with the request method (RFC 9110 §15.4). */
export const REDIRECT_METHOD = {
	kept: 'Kept: a POST is resent as a POST, with its body',
	'post-may-become-get': 'May change: a POST may be resent as a GET',
	'becomes-get': 'Changed: the new URL is fetched with GET (or HEAD)',
} as const;

export type RedirectMethod = keyof typeof REDIRECT_METHOD;
export const REDIRECT_METHOD_KEYS = keysOf(REDIRECT_METHOD);

/** Where a developer meets a message that software prints with a code. */
export const MESSAGE_PLACES = {
	log: 'Log',
	'error-page': 'Error page',
	exception: 'Exception',
	'response-body': 'Response body',
	console: 'Browser console',
	cli: 'Command line',
} as const;

export type MessagePlace = keyof typeof MESSAGE_PLACES;
export const MESSAGE_PLACE_KEYS = keysOf(MESSAGE_PLACES);
