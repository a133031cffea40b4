/**
 * What the search box says besides results: the nearest real codes for a number the
 * site does not have, what a status below 100 (`status 0`) means, and whether the
 * filters are what hid every result.
 */
import { nearestCodes } from '../codes/nearest';

export interface SearchHelp {
	/** Three-digit numbers in the query that no entry has, each with the closest ones that do. */
	missingCodes: { code: number; nearest: number[] }[];
	/** Status 0 (`status 0`, curl's `000`): no HTTP status, the client got no response at all. */
	noResponse?: number;
	/** A class or kind filter was set, so searching without it may find something. */
	filtered: boolean;
}

const NEAREST_COUNT = 3;

/** `missing`: the numbers the query states or names as a status that no entry has (`QueryPlan.missing`). */
export function searchHelp(missing: readonly number[], knownCodes: ReadonlySet<number>, filtered: boolean): SearchHelp {
	const noResponse = missing.find((code) => code === 0);
	return {
		missingCodes: missing.filter((code) => code !== 0).map((code) => ({ code, nearest: nearestCodes([...knownCodes], code, NEAREST_COUNT) })),
		...(noResponse !== undefined && { noResponse }),
		filtered,
	};
}
