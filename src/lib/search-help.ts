/**
 * What the search box suggests when a query finds nothing: the nearest real
 * codes when the visitor typed a number the site does not have, and whether the
 * filters are what hid every result.
 */
import { nearestCodes } from './nearest';

export interface SearchHelp {
	/** A three-digit number in the query that no entry has, with the closest ones that do. */
	missingCode?: { code: number; nearest: number[] };
	/** A class or kind filter was set, so searching without it may find something. */
	filtered: boolean;
}

const NEAREST_COUNT = 3;

export function searchHelp(query: string, knownCodes: ReadonlySet<number>, filtered: boolean): SearchHelp {
	const number = query.match(/(?<!\d)(\d{3})(?!\d)/);
	const code = number ? Number(number[1]) : undefined;
	if (code === undefined || knownCodes.has(code)) return { filtered };
	return { missingCode: { code, nearest: nearestCodes([...knownCodes], code, NEAREST_COUNT) }, filtered };
}
