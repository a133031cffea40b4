/**
 * Kept apart from `codes.ts` so the lazy search chunk does not bundle the reference tables.
 * The 404 page's inline script orders its list the same way in fewer bytes; `tests/e2e/not-found.spec.ts`
 * checks it against this function.
 */

/** Up to `count` codes closest to `target`, nearest first; ties go to the lower code. */
export function nearestCodes(codes: readonly number[], target: number, count: number): number[] {
	return [...codes]
		.sort((a, b) => Math.abs(a - target) - Math.abs(b - target) || a - b)
		.slice(0, count);
}
