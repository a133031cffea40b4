/**
 * The machine-readable form of the entries, served as `/codes.json` and
 * `/codes/<code>.json`: the structured frontmatter only (no prose, no search
 * aliases), with framework constants and exceptions resolved and absolute URLs added.
 * `codes-api-schema.ts` describes the same shape as a JSON Schema.
 */
import type { CodeData } from '../../schemas/code';
import type { BrowserSupport } from '../codes/browser-support';
import { sortByCode } from '../codes/codes';
import { constantsFor } from '../codes/constants';
import type { FrameworkException } from '../codes/framework-exceptions';
import { type Cacheability, cacheabilitySpec } from '../codes/http-semantics';
import { type ConstantName, exceptionsFor, type Language } from '../content/reference-data';
import { classOf } from '../codes/status-classes';
import { absoluteUrl, codeUrl } from '../seo/urls';

export interface ApiCode {
	code: number;
	name: string;
	knownAs?: string;
	/** `4xx`; absent for vendor numbers outside 100–599. */
	class?: string;
	status: CodeData['status'];
	summary: string;
	tagline: string;
	spec?: CodeData['spec'];
	formerNames: CodeData['formerNames'];
	vendors: CodeData['vendors'];
	headers: CodeData['headers'];
	cacheable: { value: Cacheability; cite: string };
	retry: CodeData['retry'];
	permanence?: CodeData['permanence'];
	redirect?: CodeData['redirect'];
	messages: CodeData['messages'];
	/** IIS and ASP.NET Core Module sub-statuses (`500.19`); empty for most codes. */
	subStatuses: CodeData['subStatuses'];
	related: { code: number; difference: string; url: string }[];
	constants: Record<Language, ConstantName[]>;
	/** What raises or returns the code by default, by framework; empty when none does. */
	exceptions: FrameworkException[];
	/** Which browsers act on the code, from MDN's browser-compat-data; only codes it describes (103, 308, 425). */
	browserSupport?: BrowserSupport;
	/** The code's page. */
	url: string;
}

export interface ApiIndex {
	codes: ApiCode[];
}

/** One entry as `/codes/<code>.json` serves it. Optional fields are left out when the entry has none. */
export function toApiCode(data: CodeData, site: URL | undefined, browserSupport?: BrowserSupport): ApiCode {
	const link = (code: number) => absoluteUrl(codeUrl(code), site);
	const statusClass = classOf(data.code);
	return {
		code: data.code,
		name: data.name,
		...(data.knownAs && { knownAs: data.knownAs }),
		...(statusClass && { class: statusClass.slug }),
		status: data.status,
		summary: data.summary,
		tagline: data.tagline,
		...(data.spec && { spec: data.spec }),
		formerNames: data.formerNames,
		vendors: data.vendors,
		headers: data.headers,
		cacheable: { value: data.cacheable, cite: cacheabilitySpec(data.code) },
		retry: data.retry,
		...(data.permanence && { permanence: data.permanence }),
		...(data.redirect && { redirect: data.redirect }),
		messages: data.messages,
		subStatuses: data.subStatuses,
		related: data.related.map(({ code, difference }) => ({ code, difference, url: link(code) })),
		constants: constantsFor(data),
		exceptions: exceptionsFor(data.code),
		...(browserSupport && { browserSupport }),
		url: link(data.code),
	};
}

/** `/codes.json`: every entry in code order. */
export function toApiIndex(entries: readonly CodeData[], site: URL | undefined, browserSupport: ReadonlyMap<number, BrowserSupport> = new Map()): ApiIndex {
	return { codes: sortByCode(entries).map((data) => toApiCode(data, site, browserSupport.get(data.code))) };
}
