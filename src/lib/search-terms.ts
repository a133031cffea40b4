/**
 * Words a code page is indexed under besides its visible text: its aliases,
 * former names, vendor names, the bare framework constants (Pagefind does not
 * split `Response::HTTP_NOT_FOUND`, so `HTTP_NOT_FOUND` must be indexed as is),
 * the bare names of what raises or returns the code (`ThrottleRequestsException`)
 * and IIS sub-statuses with their names and HRESULTs.
 */
import type { CodeInfo } from './codes';
import { constantsFor } from './constants';
import { exceptionSearchTerm } from './framework-exceptions';
import { exceptionsFor } from './reference-data';
import { stripQualifiers } from './search-query';

export interface SearchTermSource extends CodeInfo {
	aliases: string[];
	formerNames: { name: string }[];
	/** IIS sub-statuses: each is found by "HTTP Error 500.19", "500.19", its name and its HRESULTs. */
	subStatuses?: { code: string; name: string; hresults?: string[] }[];
}

export function searchTerms(info: SearchTermSource): string[] {
	const constants = Object.values(constantsFor(info))
		.flat()
		.map((constant) => stripQualifiers(constant.name));
	const terms = [
		...info.aliases,
		...info.formerNames.map((former) => former.name),
		...info.vendors.flatMap((vendor) => [vendor.name, `${vendor.vendor} ${info.code}`]),
		...constants,
		...exceptionsFor(info.code).flatMap((exception) => exceptionSearchTerm(exception.name) ?? []),
		...(info.subStatuses ?? []).flatMap((sub) => [`HTTP Error ${sub.code}`, sub.code, sub.name, ...(sub.hresults ?? [])]),
	];
	return [...new Set(terms)];
}
