/**
 * What a code page is found by besides its visible text: the one function that
 * produces an entry's search terms, by field. The indexer gets them with the page
 * (`src/lib/search/index-input.ts`), each field as a metadata field weighted by
 * `META_WEIGHTS` (`src/lib/search/weights.ts`); the served page never carries them.
 *
 * To index a new entry field, add one line to `FIELDS` (and its weight to `META_WEIGHTS`
 * if it is a field of its own).
 */
import type { CodeInfo } from '../codes/codes';
import { constantsFor } from '../codes/constants';
import { exceptionSearchTerm } from '../codes/framework-exceptions';
import { exceptionsFor } from '../content/reference-data';
import type { MetaField } from './weights';
import type { SUB_STATUS_SOURCES } from '../../schemas/code';
import { stripQualifiers } from './query';

export interface SearchTermSource extends CodeInfo {
	aliases: string[];
	formerNames: { name: string }[];
	/** What real software prints with this code. */
	messages: { text: string; software: string }[];
	/** IIS sub-statuses: each is found by "HTTP Error 500.19", "500.19", "IIS 500.19" (the module's are named "ANCM …" already), its name and its HRESULTs. */
	subStatuses?: { code: string; source: (typeof SUB_STATUS_SOURCES)[number]; name: string; hresults?: string[] }[];
}

export interface SearchTermField {
	/** The metadata field the terms are indexed in; its weight is in `META_WEIGHTS`. */
	field: MetaField;
	terms: (entry: SearchTermSource) => string[];
}

/**
 * Framework constants as written (`HttpStatus.NOT_FOUND`, `Response::HTTP_NOT_FOUND`) and
 * bare: Pagefind does not split `::`-qualified names, and the search box strips qualifiers.
 */
function constants(entry: SearchTermSource): string[] {
	return Object.values(constantsFor(entry))
		.flat()
		.flatMap((constant) => [constant.name, stripQualifiers(constant.name)]);
}

/** Heaviest first: a term in two fields is indexed in the first. */
export const FIELDS: readonly SearchTermField[] = [
	{ field: 'names', terms: (entry) => entry.formerNames.map((former) => former.name) },
	{ field: 'names', terms: (entry) => entry.vendors.map((vendor) => vendor.name) },
	{ field: 'messages', terms: (entry) => entry.messages.map((message) => message.text) },
	// What raises or returns the code (`ThrottleRequestsException`, `get_object_or_404`), by its bare name.
	{ field: 'exceptions', terms: (entry) => exceptionsFor(entry.code).flatMap((exception) => exceptionSearchTerm(exception.name) ?? []) },
	{ field: 'subStatuses', terms: (entry) => (entry.subStatuses ?? []).flatMap((sub) => [`HTTP Error ${sub.code}`, sub.code, ...(sub.source === 'IIS' ? [`IIS ${sub.code}`] : []), sub.name, ...(sub.hresults ?? [])]) },
	{ field: 'aliases', terms: (entry) => entry.aliases },
	// Who sends the number: a query that names the vendor finds it, without the vendor's name outranking what the query asks.
	{ field: 'aliases', terms: (entry) => entry.vendors.map((vendor) => `${vendor.vendor} ${entry.code}`) },
	{ field: 'constants', terms: constants },
];

export interface SearchTermGroup {
	field: MetaField;
	terms: string[];
}

/** The entry's terms by field, each term once (in the first field that has it); empty fields left out. */
export function searchTermGroups(entry: SearchTermSource): SearchTermGroup[] {
	const seen = new Set<string>();
	const groups = new Map<MetaField, string[]>();
	for (const { field, terms } of FIELDS) {
		for (const term of terms(entry)) {
			const key = term.trim().toLowerCase();
			if (!key || seen.has(key)) continue;
			seen.add(key);
			groups.set(field, [...(groups.get(field) ?? []), term]);
		}
	}
	return [...groups].map(([field, terms]) => ({ field, terms }));
}

/** Every term of the entry, once, for the spelling vocabulary. */
export function searchTerms(entry: SearchTermSource): string[] {
	return searchTermGroups(entry).flatMap((group) => group.terms);
}
