/**
 * The JSON Schema (draft 2020-12) of `/codes.json`, served as `/codes.schema.json`.
 * A single code, as in `/codes/429.json`, follows `#/$defs/code`. The enumerations
 * come from the same constants the content schema uses, so the two cannot drift.
 */
import { CODE_STATUSES, HRESULT_PATTERN, NOT_A_STATUS, SUB_STATUS_CODE, SUB_STATUS_SOURCES, SUMMARY_MAX_LENGTH, TAGLINE_MAX_LENGTH } from '../../schemas/code';
import { BROWSER_IDS } from '../codes/browser-support';
import { LIBRARIES, LIBRARY_IDS, VERSION_PATTERN } from '../codes/constant-table';
import { EXCEPTION_KINDS, EXCEPTION_NOTE_MAX_LENGTH, FRAMEWORK_IDS, FRAMEWORKS } from '../codes/framework-exceptions';
import { CACHEABILITY_KEYS, HEADER_ROLE_KEYS, MESSAGE_PLACE_KEYS, PERMANENCE_KEYS, REDIRECT_METHOD_KEYS, RETRY_ADVICE_KEYS } from '../codes/http-semantics';
import { LANGUAGES } from '../content/reference-data';
import { STATUS_CLASSES } from '../codes/status-classes';
import { absoluteUrl, CODES_SCHEMA_URL } from '../seo/urls';

const text = { type: 'string', minLength: 1 } as const;
const link = { type: 'string', pattern: '^https?://', description: 'An absolute URL.' } as const;
const statusCode = { type: 'integer', minimum: 100, maximum: 999 } as const;
/** What an entry is about: a status code, or with status not-a-status a number below 100 (0). */
const entryCode = { type: 'integer', minimum: 0, maximum: 999 } as const;
const version = { type: 'string', pattern: VERSION_PATTERN.source } as const;

function object(properties: Record<string, object>, required: string[], description?: string) {
	return { type: 'object', ...(description && { description }), properties, required, additionalProperties: false };
}

export function codesApiSchema(site: URL | undefined) {
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: absoluteUrl(CODES_SCHEMA_URL, site),
		title: 'HTTP status codes',
		description: 'Every HTTP status code the site documents, registered and unofficial, with its structured facts. A single code (/codes/<code>.json) follows #/$defs/code.',
		...object({ codes: { type: 'array', description: 'Every code, in numeric order.', items: { $ref: '#/$defs/code' } } }, ['codes']),
		$defs: {
			code: {
				...object(
				{
					code: { ...entryCode, description: 'The status code (100–999), or for status not-a-status the number clients report instead of one (0).' },
					name: { ...text, description: 'Reason phrase: the IANA registry name for registry codes (e.g. "(Unused)"), else the most common one.' },
					knownAs: { ...text, description: 'For (Unused) codes, the name people know it by, e.g. "I\'m a teapot".' },
					class: { enum: STATUS_CLASSES.map((item) => item.slug), description: 'The class; absent for numbers outside 100–599.' },
					status: {
						enum: CODE_STATUSES,
						description: 'IANA registry status, unofficial for a number outside the registry, or not-a-status for a number below 100 that clients report when no response arrived.',
					},
					summary: { ...text, maxLength: SUMMARY_MAX_LENGTH, description: 'One sentence.' },
					tagline: { ...text, maxLength: TAGLINE_MAX_LENGTH, description: 'A few words, as on the cheat sheet.' },
					spec: object(
						{ document: { ...text, description: 'e.g. "RFC 9110".' }, section: { type: 'string', pattern: '^\\d+(\\.\\d+)*$' }, url: link },
						['document', 'section', 'url'],
						'Where the code is defined; absent for unofficial codes.',
					),
					formerNames: { type: 'array', items: object({ name: text, source: { ...text, description: 'Where the name was used, e.g. "RFC 7231".' }, url: link }, ['name', 'source']) },
					vendors: {
						type: 'array',
						description: 'Vendor meanings of this number.',
						items: object(
							{ vendor: text, name: text, meaning: text, docs: link, useInstead: { ...statusCode, description: 'The registered code a new API should send instead.' } },
							['vendor', 'name', 'meaning'],
						),
					},
					headers: {
						type: 'array',
						description: 'Headers that belong with the code.',
						items: object(
							{
								name: { type: 'string', pattern: '^[A-Za-z0-9-]+$' },
								role: { enum: HEADER_ROLE_KEYS, description: 'must, should, may, must-not (as the specification says) or common (usual in practice).' },
								note: text,
								cite: { ...link, description: 'The section that states the requirement.' },
							},
							['name', 'role', 'note'],
						),
					},
					cacheable: object(
						{ value: { enum: CACHEABILITY_KEYS }, cite: { ...link, description: 'The section that says so.' } },
						['value', 'cite'],
						'How caches may treat it: heuristic (stored and reused without explicit freshness, RFC 9110 §15.1), explicit (stored only when Cache-Control or Expires allows it, RFC 9111 §3) or never (must not be stored).',
					),
					retry: object({ advice: { enum: RETRY_ADVICE_KEYS }, note: text }, ['advice'], 'What a client should do about retrying.'),
					permanence: object(
						{ value: { enum: PERMANENCE_KEYS }, cite: { ...link, description: 'The section that says so.' } },
						['value', 'cite'],
						'Whether the condition is meant to last, where the specification says so (redirects, 404, 410, 503).',
					),
					redirect: object(
						{ method: { enum: REDIRECT_METHOD_KEYS, description: 'What a client following Location automatically does with the method.' }, cite: { ...link, description: 'The section that says so.' } },
						['method', 'cite'],
						'For redirects: what happens to the request method.',
					),
					messages: {
						type: 'array',
						description: 'What real software prints, logs or returns with this code.',
						items: object(
							{
								text: { type: 'string', description: 'The text exactly as the software prints it.' },
								software: text,
								where: { enum: MESSAGE_PLACE_KEYS, description: 'Where it appears: log, error-page, exception, response-body, console or cli.' },
								source: { ...link, description: "The software's source code or documentation that shows the text." },
							},
							['text', 'software', 'where', 'source'],
						),
					},
					subStatuses: {
						type: 'array',
						description: 'IIS and ASP.NET Core Module sub-statuses of this code (500.19, 500.30), in numeric order; a number two sources define differently appears once per meaning. The status line on the wire carries only the three-digit code.',
						items: object(
							{
								code: { type: 'string', pattern: SUB_STATUS_CODE.source, description: 'As IIS shows it, e.g. "500.19".' },
								source: { enum: SUB_STATUS_SOURCES, description: 'IIS (with its modules and Application Request Routing) or the ASP.NET Core Module.' },
								name: { ...text, description: "Microsoft's name for it." },
								meaning: text,
								cause: { ...text, description: 'What typically causes it.' },
								fix: { ...text, description: 'What fixes it.' },
								hresults: { type: 'array', minItems: 1, items: { type: 'string', pattern: HRESULT_PATTERN.source }, description: 'HRESULTs the documentation gives for it, e.g. "0x80070021".' },
								docs: { ...link, description: "Microsoft's documentation of it." },
							},
							['code', 'source', 'name', 'meaning', 'docs'],
						),
					},
					related: {
						type: 'array',
						description: 'Codes people confuse with this one.',
						items: object({ code: entryCode, difference: text, url: link }, ['code', 'difference', 'url']),
					},
					constants: object(
						Object.fromEntries(LANGUAGES.map((language) => [language, { type: 'array', items: { $ref: '#/$defs/constant' } }])),
						[...LANGUAGES],
						'Framework constant names by language: go (net/http), python (http.HTTPStatus), rust (http crate), dotnet (System.Net.HttpStatusCode, and ASP.NET Core StatusCodes), spring (HttpStatus), symfony (Response), rack (Rack and Rails status symbols). Names of the newest releases first, then names a library removed.',
					),
					exceptions: {
						type: 'array',
						description: 'What raises or returns the code by default in popular frameworks, grouped by framework in the order of the enumeration.',
						items: { $ref: '#/$defs/exception' },
					},
					browserSupport: { $ref: '#/$defs/browserSupport' },
					url: { ...link, description: 'The code page.' },
				},
				['code', 'name', 'status', 'summary', 'tagline', 'formerNames', 'vendors', 'headers', 'cacheable', 'retry', 'messages', 'subStatuses', 'related', 'constants', 'exceptions', 'url'],
				),
				// A number below 100 is never a status code, and a status code is never below 100.
				if: { properties: { status: { const: NOT_A_STATUS } }, required: ['status'] },
				then: { properties: { code: { type: 'integer', maximum: 99 } } },
				else: { properties: { code: { type: 'integer', minimum: 100 } } },
			},
			browserSupport: object(
				{
					source: object(
						{ package: text, version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' }, date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, url: link },
						['package', 'version', 'date', 'url'],
						'The package and release the data was read from, with its build date.',
					),
					mdn: { ...link, description: "MDN's page for the code." },
					features: {
						type: 'array',
						minItems: 1,
						description: 'The code itself first (name is the code), then its sub-features (e.g. rel=preload for 103).',
						items: object(
							{
								key: { ...text, description: 'The browser-compat-data key, e.g. http.status.103.preload.' },
								name: text,
								browsers: object(Object.fromEntries(BROWSER_IDS.map((id) => [id, { $ref: '#/$defs/browserCell' }])), [...BROWSER_IDS]),
							},
							['key', 'name', 'browsers'],
						),
					},
				},
				['source', 'features'],
				"Which browsers act on the code, from MDN's browser-compat-data (CC0); only for the codes it describes. Each browser's first statement.",
			),
			browserCell: object(
				{
					added: { anyOf: [{ type: 'string', minLength: 1 }, { enum: [false, null] }], description: 'First release with support (e.g. "103" or "≤79"), false for none, null when unknown.' },
					removed: { ...text, description: 'First release without it again.' },
					flags: { type: 'array', items: text, description: 'Supported only behind these flags or preferences.' },
					partial: { type: 'boolean', description: 'Supported, but not completely.' },
					notes: { type: 'array', items: text, description: 'Notes, as plain text.' },
				},
				['added'],
			),
			constant: object(
				{
					name: { ...text, description: 'As written in code, e.g. "HTTPStatus.CONTENT_TOO_LARGE" or ":content_too_large".' },
					deprecated: { type: 'boolean', description: 'Not for new code: deprecated, or removed (see removedIn), in the newest release.' },
					library: {
						enum: LIBRARY_IDS,
						description: `The library: ${LIBRARY_IDS.map((id) => `${id} (${LIBRARIES[id].label})`).join(', ')}.`,
					},
					since: { ...version, description: 'First release with the name; absent when not recorded.' },
					deprecatedSince: { ...version, description: 'Release that deprecated it.' },
					removedIn: { ...version, description: 'First release without it: the name no longer exists there.' },
					lastIn: { ...version, description: 'Last release line that still has it (with removedIn).' },
					replaces: { ...text, description: 'The older name of the same code and library that this one supersedes.' },
				},
				['name', 'deprecated', 'library'],
				"One framework constant. Versions are the library's own release numbers (Python 3.13, Spring 7.0, .NET 8.0).",
			),
			exception: object(
				{
					framework: {
						enum: FRAMEWORK_IDS,
						description: `The framework: ${FRAMEWORK_IDS.map((id) => `${id} (${FRAMEWORKS[id]})`).join(', ')}.`,
					},
					name: { ...text, description: 'As written in code, e.g. "django.http.Http404", "ActiveRecord::RecordNotFound" or "Results.NotFound()".' },
					kind: {
						enum: EXCEPTION_KINDS,
						description: 'exception (raised or thrown, and turned into the code), helper (a function, method or response class that returns it) or built-in (the framework answers with it on its own: router, server, middleware, a setting\'s default).',
					},
					note: { ...text, maxLength: EXCEPTION_NOTE_MAX_LENGTH, description: 'A few words: what triggers it by default.' },
					source: { ...link, description: "The line or file in the framework's source, or its documentation, that shows it." },
				},
				['framework', 'name', 'kind', 'note', 'source'],
				'One name that produces the code by default in a framework.',
			),
		},
	};
}
