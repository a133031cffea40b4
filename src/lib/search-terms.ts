/**
 * Words a code page is indexed under besides its visible text: its aliases,
 * former names, vendor names and the bare framework constants (Pagefind does not
 * split `Response::HTTP_NOT_FOUND`, so `HTTP_NOT_FOUND` must be indexed as is),
 * and the bare names of what raises or returns the code (`ThrottleRequestsException`).
 */
import type { CodeInfo } from './codes';
import { constantsFor } from './constants';
import { exceptionSearchTerm } from './framework-exceptions';
import { exceptionsFor } from './reference-data';
import { stripQualifiers } from './search-query';

export interface SearchTermSource extends CodeInfo {
	aliases: string[];
	formerNames: { name: string }[];
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
	];
	return [...new Set(terms)];
}
