/** Kept apart from `codes.ts` so the 404 page's script does not bundle the reference tables. */

/** Up to `count` codes closest to `target`, nearest first; ties go to the lower code. */
export function nearestCodes(codes: readonly number[], target: number, count: number): number[] {
	return [...codes]
		.sort((a, b) => Math.abs(a - target) - Math.abs(b - target) || a - b)
		.slice(0, count);
}
