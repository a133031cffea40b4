/**
 * The schema of one `codes` entry: the single source of truth for what an entry may
 * contain. Every project rule is a refinement with a message a content author can act
 * on; rules that need the whole collection or the MDX body (file names, related codes,
 * body sections, cited normative claims) are in `src/lib/content/validate-entries.ts`.
 */
import { z } from 'astro/zod';
import { CACHEABILITY_KEYS, cacheabilityOf, HEADER_ROLE_KEYS, MESSAGE_PLACE_KEYS, PERMANENCE_KEYS, REDIRECT_METHOD_KEYS, RETRY_ADVICE_KEYS } from '../lib/codes/http-semantics';
import { ianaRegistry, LANGUAGES, languageConstants, REGISTRY_STATUSES } from '../lib/content/reference-data';
import { isLinkTo, REFERENCE_HOSTS, SPEC_HOSTS } from '../lib/hosting/reference-hosts';
import { typeset } from '../lib/content/typography';

export const SUMMARY_MAX_LENGTH = 160;
export const TAGLINE_MAX_LENGTH = 60;

/**
 * Every value `status` may take: the registry statuses as in the IANA table, `unofficial`
 * for three-digit numbers it does not list, and `not-a-status` for a number below 100 that
 * clients report when no status arrived at all (0, printed `000` by curl).
 */
export const CODE_STATUSES = [...REGISTRY_STATUSES, 'unofficial', 'not-a-status'] as const;

/** The status of an entry about a number that is no HTTP status: one below 100, which no status line can carry. */
export const NOT_A_STATUS = 'not-a-status';

/**
 * Zod's default for a missing field reads "expected string, received undefined";
 * a content author needs "is required", and for a wrong type what was expected.
 */
function required(expected: string) {
	return { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : `must be ${expected}`) };
}

/** Like `required`, for a field that takes one of a fixed set of words. */
function oneOf(values: readonly string[]) {
	const list = values.join(', ');
	return { error: (issue: { input?: unknown }) => (issue.input === undefined ? `is required: one of ${list}` : `must be one of ${list}`) };
}

/** Markdown that would show as raw symbols: frontmatter is rendered as plain text and served as JSON. */
const MARKDOWN = /`|\*\*|__|\[[^\]]*\]\([^)]*\)/;

const text = z
	.string(required('text'))
	.trim()
	.min(1, { error: 'must not be empty' })
	.refine((value) => !MARKDOWN.test(value), {
		error: 'must be plain text: it is shown as written, so leave out Markdown (backticks, ** or [text](link))',
	});

/** Text shown to readers: written with straight quotes, served with typographic ones (as the MDX prose is). */
const prose = text.transform(typeset);

/** An https link to a host on the reference allow-list (`src/lib/hosting/reference-hosts.ts`). */
const referenceUrl = z.string().refine((value) => isLinkTo(value, REFERENCE_HOSTS), {
	error: `must be an https link to a known reference host (${REFERENCE_HOSTS.slice(0, 4).join(', ')}, …)`,
});

/** An https link into a specification on the RFC Editor or the IETF datatracker. */
const specUrl = z.string().refine((value) => isLinkTo(value, SPEC_HOSTS), {
	error: `must be an https link to ${SPEC_HOSTS.join(' or ')}`,
});

const statusCode = z
	.number(required('a three-digit number like 429'))
	.int({ error: 'must be a whole number' })
	.min(100, { error: 'must be a three-digit number (100 to 999)' })
	.max(999, { error: 'must be a three-digit number (100 to 999)' });

/**
 * The number an entry is about: a status code (100 to 999), or a number below 100 for an
 * entry with status not-a-status (the superRefine below pairs the two).
 */
const entryCode = z
	.number(required('a three-digit number like 429'))
	.int({ error: 'must be a whole number' })
	.min(0, { error: 'must be a three-digit number (100 to 999), or 0 to 99 for an entry with status not-a-status' })
	.max(999, { error: 'must be a three-digit number (100 to 999), or 0 to 99 for an entry with status not-a-status' });

const spec = z.strictObject({
	/** The defining document, spaced as people write it: `RFC 9110`, `draft-ietf-httpbis-resumable-upload-05`. */
	document: text,
	/** Section number in that document, e.g. `15.5.20` (no `§`). */
	section: z.string().regex(/^\d+(\.\d+)*$/, { error: 'must be a section number like 15.5.20' }),
	/** Link to that section, e.g. `https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20`. */
	url: specUrl,
});

const formerName = z.strictObject({
	/** The earlier reason phrase, e.g. `Payload Too Large`. */
	name: prose,
	/** Where it was used, e.g. `RFC 7231`. */
	source: prose,
	/** Link to the defining section, when there is one. */
	url: referenceUrl.optional(),
});

const vendorMeaning = z.strictObject({
	/** Who sends it: product or company, e.g. `nginx`, `Cloudflare`, `AWS Elastic Load Balancing`. */
	vendor: text,
	/** The reason phrase that vendor uses, e.g. `Client Closed Request`. */
	name: text,
	/** One or two sentences: what it means there and what triggers it. */
	meaning: prose,
	/** The vendor's own documentation for this code, where it exists. */
	docs: referenceUrl.optional(),
	/** The registered code a new API should send instead. */
	useInstead: statusCode.optional(),
});

const header = z
	.strictObject({
		/** Header field name as registered, e.g. `WWW-Authenticate`. */
		name: z.string().regex(/^[A-Za-z0-9-]+$/, { error: 'must be a header field name like Retry-After' }),
		/** How it belongs with the code: `must`, `should`, `may`, `must-not` (as the spec says) or `common`. */
		role: z.enum(HEADER_ROLE_KEYS, oneOf(HEADER_ROLE_KEYS)),
		/** One line on what the header carries for this code. */
		note: prose,
		/** The section that states the requirement; required for every role but `common`. */
		cite: specUrl.optional(),
	})
	.refine((value) => value.role === 'common' || value.cite !== undefined, {
		error: 'a normative header role (must, should, may, must-not) needs a cite link to the section that says so',
		path: ['cite'],
	});

const message = z.strictObject({
	/**
	 * The text exactly as the software prints, logs or returns it, straight quotes and all
	 * (it is shown as code, never typeset); variable parts as a real example, e.g.
	 * `upstream timed out (110: Connection timed out) while reading response header from upstream`.
	 */
	text: z
		.string(required('text'))
		.trim()
		.min(1, { error: 'must not be empty' })
		.max(400, { error: 'must be at most 400 characters: keep the part that identifies the error' }),
	/** Who says it: `nginx`, `Chrome`, `curl`, `Django REST framework`, `AWS API Gateway`. */
	software: text,
	/** Where it appears: log, error-page, exception, response-body, console or cli. */
	where: z.enum(MESSAGE_PLACE_KEYS, oneOf(MESSAGE_PLACE_KEYS)),
	/** The software's source code or documentation that shows this text. */
	source: referenceUrl,
});

/** Who defines a sub-status: IIS itself (with its modules and ARR), or the ASP.NET Core Module that hosts ASP.NET Core apps in IIS. */
export const SUB_STATUS_SOURCES = ['IIS', 'ASP.NET Core Module'] as const;

/** An IIS sub-status as IIS writes it: the three-digit code, a dot and the sub-code, e.g. `500.19`, `400.601`. */
export const SUB_STATUS_CODE = /^(\d{3})\.(0|[1-9]\d{0,2})$/;

/** An HRESULT as Microsoft's pages print it: `0x` and eight hex digits, lower case here. */
export const HRESULT_PATTERN = /^0x[0-9a-f]{8}$/;

/** The numeric order of sub-statuses: 500.2 before 500.19 before 500.100. */
export function subStatusOrder(code: string): number {
	const [, , sub] = SUB_STATUS_CODE.exec(code) ?? [];
	return sub === undefined ? Number.NaN : Number(sub);
}

const subStatus = z.strictObject({
	/**
	 * The sub-status as IIS shows it ("HTTP Error 500.19"): the entry's code, a dot and
	 * the sub-code, e.g. `500.19`. Quote it in YAML (`"500.10"`), or a trailing zero is lost.
	 */
	code: z
		.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text in quotes, like "500.19" (unquoted, YAML reads it as a number and drops trailing zeros)') })
		.regex(SUB_STATUS_CODE, { error: 'must be the status code, a dot and the sub-code without leading zeros, like 500.19 or 404.0' }),
	/** Who defines it: `IIS` (including its modules and Application Request Routing) or `ASP.NET Core Module`. */
	source: z.enum(SUB_STATUS_SOURCES, oneOf(SUB_STATUS_SOURCES)),
	/** The name Microsoft gives it, without a final period, e.g. `Configuration data is invalid` or `ANCM In-Process Start Failure`. */
	name: text.refine((value) => !value.endsWith('.'), { error: 'must not end with a period (the page adds one after the name)' }).transform(typeset),
	/** One or two sentences in our own words: what failed. */
	meaning: prose,
	/** What typically causes it, as Microsoft's page says. */
	cause: prose.optional(),
	/** What fixes it, as Microsoft's page says. */
	fix: prose.optional(),
	/** HRESULTs the linked page gives for this sub-status, e.g. `0x80070021`. */
	hresults: z
		.array(z.string().regex(HRESULT_PATTERN, { error: 'must be an HRESULT written as 0x and eight lower-case hex digits, like 0x80070021' }))
		.min(1, { error: 'leave hresults out rather than empty' })
		.optional(),
	/** Microsoft's page that documents it, on learn.microsoft.com; every fact in the row comes from there. */
	docs: z.string().refine((value) => isLinkTo(value, ['learn.microsoft.com']), {
		error: "must be an https link to Microsoft's documentation on learn.microsoft.com",
	}),
});

const related = z.strictObject({
	/** Another code that has its own entry. */
	code: entryCode,
	/** One line on how it differs from this one. */
	difference: prose,
});

const permanence = z.strictObject({
	/** `permanent`, `temporary`, or `unspecified` when the definition says it does not tell (404). */
	value: z.enum(PERMANENCE_KEYS, { error: `must be one of ${PERMANENCE_KEYS.join(', ')}` }),
	/** The section that says so, e.g. RFC 9110 §15.4.2 for 301. */
	cite: specUrl,
});

const redirect = z.strictObject({
	/** What a client that follows Location automatically does with the method: `kept`, `post-may-become-get` or `becomes-get`. */
	method: z.enum(REDIRECT_METHOD_KEYS, { error: `must be one of ${REDIRECT_METHOD_KEYS.join(', ')}` }),
	/** The section that says so, e.g. RFC 9110 §15.4.8 for 307. */
	cite: specUrl,
});

const constantName = z.strictObject({ name: text, deprecated: z.boolean().default(false) });

const entry = z
	.object({
		/** The status code; must equal the file name (`429.mdx` → 429). Below 100 only with status not-a-status (`0.mdx`). */
		code: entryCode,
		/** Current reason phrase: exactly the IANA registry's for registry codes, else the most common one. */
		name: text,
		/** For `(Unused)` codes, the name people know it by, e.g. `I'm a teapot`. */
		knownAs: prose.optional(),
		/** Registry status, `unofficial` for a number not in the IANA registry, or `not-a-status` for a number below 100 that clients report instead of a status. */
		status: z.enum(CODE_STATUSES, oneOf(CODE_STATUSES)),
		/** One sentence for lists, meta descriptions and search excerpts. */
		summary: text
			.max(SUMMARY_MAX_LENGTH, {
				error: `must be at most ${SUMMARY_MAX_LENGTH} characters (one sentence)`,
			})
			.transform(typeset),
		/** A few words for the cheat sheet and compact lists: what the code tells you, at most 60 characters, no final period. */
		tagline: text
			.max(TAGLINE_MAX_LENGTH, { error: `must be at most ${TAGLINE_MAX_LENGTH} characters (a few words, not a sentence)` })
			.refine((value) => !value.endsWith('.'), { error: 'must not end with a period (it is a phrase, not a sentence)' })
			.transform(typeset),
		/** Where the code is defined; absent for unofficial codes. */
		spec: spec.optional(),
		/** Earlier reason phrases and where they came from. */
		formerNames: z.array(formerName).default([]),
		/** Vendor meanings of this number (all meanings of an unofficial code, extra ones of a registered code; for not-a-status, who reports the number). */
		vendors: z.array(vendorMeaning).default([]),
		/** Headers that belong with the code and how strongly. */
		headers: z.array(header).default([]),
		/**
		 * How caches may treat the response, as the specifications state it: `heuristic`
		 * (stored and reused without explicit freshness, RFC 9110 §15.1; 451 by RFC 7725 §3),
		 * `explicit` (stored only when Cache-Control or Expires allows it, RFC 9111 §3) or
		 * `never` (must not be stored: 428, 429, 431 and 511 by RFC 6585, and interim 1xx).
		 */
		cacheable: z.enum(CACHEABILITY_KEYS, oneOf(CACHEABILITY_KEYS)),
		/** What a client should do about retrying, with a short note for this code. */
		retry: z.strictObject(
			{
				advice: z.enum(RETRY_ADVICE_KEYS, oneOf(RETRY_ADVICE_KEYS)),
				note: prose.optional(),
			},
			required('an object with advice (and an optional note)'),
		),
		/**
		 * Whether the condition is meant to last, where the specification says so
		 * (redirects, 404/410, 503). Optional: most codes are silent on it.
		 */
		permanence: permanence.optional(),
		/** For 3xx codes that send the client to another URL: what happens to the method (RFC 9110 §15.4). */
		redirect: redirect.optional(),
		/** What real software prints, logs or returns with this code, for the visitor who is debugging and for search. */
		messages: z.array(message).default([]),
		/** Codes people confuse with this one, each with how it differs. */
		related: z.array(related).default([]),
		/**
		 * IIS and ASP.NET Core Module sub-statuses of this code (`500.19`, `500.30`), in
		 * numeric order. A number two sources use differently is listed once per meaning,
		 * rows of one number together.
		 */
		subStatuses: z.array(subStatus).default([]),
		/** Extra search words: symptoms, old names, misspellings, vendor phrases. */
		aliases: z.array(text).default([]),
		/**
		 * Framework constant names for a number outside the registry that has no rows in
		 * `src/data/language-constants.csv`. The table is the source: where it has rows
		 * for the code (every registry code, and 419, 420, 499 and 509), they are used
		 * with their versions, and names given here must be among them.
		 */
		constants: z.partialRecord(z.enum(LANGUAGES), z.array(constantName)).optional(),
	})
	.superRefine((entry, context) => {
		const row = ianaRegistry.get(entry.code);
		const fail = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
		if (entry.redirect && Math.floor(entry.code / 100) !== 3) {
			fail('redirect', 'only 3xx codes redirect; describe the method only for a redirection code');
		}
		entry.subStatuses.forEach((item, index) => {
			const at = (message: string) => context.addIssue({ code: 'custom', path: ['subStatuses', index, 'code'], message });
			if (!item.code.startsWith(`${entry.code}.`)) {
				at(`${item.code} is not a sub-status of ${entry.code}: it must start with "${entry.code}." (move it to the entry of its own code)`);
				return;
			}
			const previous = entry.subStatuses[index - 1];
			if (!previous || !previous.code.startsWith(`${entry.code}.`)) return;
			if (subStatusOrder(item.code) < subStatusOrder(previous.code)) {
				at(`${item.code} must come before ${previous.code}: list sub-statuses in numeric order`);
			} else if (item.code === previous.code && item.name === previous.name) {
				at(`${item.code} "${item.name}" is listed twice; merge the two rows`);
			}
		});
		const tableNames = languageConstants.get(entry.code);
		if (!row && tableNames && entry.constants) {
			for (const [language, names] of Object.entries(entry.constants) as [keyof typeof tableNames, { name: string }[]][]) {
				for (const { name } of names) {
					if (!tableNames[language].some((constant) => constant.name === name)) {
						fail('constants', `${name} is not in src/data/language-constants.csv for ${entry.code} (${language}); the table is used for this code, so add it there with its versions or remove it here`);
					}
				}
			}
		}
		if (entry.code < 100 || entry.status === NOT_A_STATUS) {
			if (entry.code >= 100) {
				fail('status', `not-a-status is for numbers below 100 that clients report when no status arrived; ${entry.code} is a three-digit status code, so its status is ${row ? `the IANA registry's (${row.status})` : 'unofficial'}`);
			} else if (entry.status !== NOT_A_STATUS) {
				fail('code', `${entry.code} is below 100, so no response can carry it: only an entry with status not-a-status (a number clients report when no status arrived) may have it`);
			}
			if (entry.spec) fail('spec', 'a number that is not a status code has no specification entry; cite the documents that define it in the body');
			if (entry.constants) fail('constants', 'frameworks have no constant for a number that is not a status code');
			if (entry.cacheable !== 'never') {
				fail('cacheable', 'no response arrived, so there is nothing a cache could store (RFC 9111 §3): write never');
			}
			return;
		}
		if (!row) {
			if (entry.status !== 'unofficial') {
				fail('status', `${entry.code} is not in the IANA registry, so status must be unofficial`);
			}
			if (entry.spec) fail('spec', 'an unofficial code has no specification; describe it under vendors');
			if (entry.vendors.length === 0) fail('vendors', 'an unofficial code needs at least one vendor meaning');
			if (entry.cacheable !== 'explicit') {
				fail('cacheable', 'no specification defines caching for an unofficial code, so it is cacheable only with explicit freshness: write explicit');
			}
			return;
		}
		if (entry.status !== row.status) {
			fail('status', `the IANA registry lists ${entry.code} as ${row.status}`);
		}
		if (entry.name !== row.name) {
			fail('name', `the IANA registry name of ${entry.code} is "${row.name}"`);
		}
		if (row.status === 'unused' && !entry.knownAs) {
			fail('knownAs', 'an (Unused) code needs the name people know it by');
		}
		if (!entry.spec) {
			fail('spec', `${entry.code} is in the IANA registry; give its defining document, section and link`);
		} else {
			if (entry.spec.document.replace(/\s/g, '') !== row.reference) {
				fail('spec', `the IANA registry cites ${row.reference} for ${entry.code}`);
			}
			if (entry.spec.section !== row.section) {
				fail('spec', `${entry.code} is defined in section ${row.section} of ${row.reference}`);
			}
			if (!entry.spec.url.endsWith(`#section-${row.section}`)) {
				fail('spec', `the spec link must point at #section-${row.section}`);
			}
		}
		const cacheability = cacheabilityOf(entry.code);
		if (entry.cacheable !== cacheability) {
			fail('cacheable', `the specifications make ${entry.code} ${cacheability} (RFC 9110 §15.1, RFC 9111 §3, RFC 6585, RFC 7725 §3): write ${cacheability}`);
		}
		if (entry.constants) {
			fail('constants', 'registry codes take their constants from src/data/language-constants.csv');
		}
	});

/**
 * Unknown top-level fields fail the entry, each named on its own path: Zod would
 * report them on the object itself, which Astro prints without any field name.
 */
export const codeSchema = z.preprocess((value, context) => {
	if (value && typeof value === 'object') {
		for (const key of Object.keys(value)) {
			if (!(key in entry.shape)) context.addIssue({ code: 'custom', path: [key], message: 'is not a field of an entry; check the spelling' });
		}
	}
	return value;
}, entry);

export type CodeData = z.output<typeof codeSchema>;
