/** Small numeric helpers for the benchmark: medians and how build time grows with content. */

export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface ScalePoint {
	entries: number;
	seconds: number;
}

export interface Growth {
	/** Build seconds per entry at each size, smallest size first. */
	perEntry: { entries: number; secondsPerEntry: number }[];
	/**
	 * No worse than linear: seconds per entry do not rise from one size to the next
	 * (a fixed cost makes them fall; 10 % is allowed for timing noise).
	 */
	linear: boolean;
	/**
	 * Seconds for `target` entries: the larger of a straight-line fit through all
	 * sizes and a continuation of the last step, so a late rise is not averaged away.
	 */
	extrapolate: (target: number) => number;
}

export const NOISE_TOLERANCE = 1.1;

/** How build time grows over at least two sizes. */
export function growth(points: readonly ScalePoint[]): Growth {
	if (points.length < 2) throw new Error('growth needs at least two sizes');
	const sorted = [...points].sort((a, b) => a.entries - b.entries);
	const perEntry = sorted.map((point) => ({ entries: point.entries, secondsPerEntry: point.seconds / point.entries }));
	const linear = perEntry.slice(1).every((point, index) => point.secondsPerEntry <= perEntry[index].secondsPerEntry * NOISE_TOLERANCE);
	const meanEntries = sorted.reduce((sum, point) => sum + point.entries, 0) / sorted.length;
	const meanSeconds = sorted.reduce((sum, point) => sum + point.seconds, 0) / sorted.length;
	const slope =
		sorted.reduce((sum, point) => sum + (point.entries - meanEntries) * (point.seconds - meanSeconds), 0) /
		sorted.reduce((sum, point) => sum + (point.entries - meanEntries) ** 2, 0);
	const [previous, last] = sorted.slice(-2);
	const lastSlope = (last.seconds - previous.seconds) / (last.entries - previous.entries);
	return {
		perEntry,
		linear,
		extrapolate: (target) => Math.max(meanSeconds + slope * (target - meanEntries), last.seconds + lastSlope * (target - last.entries)),
	};
}
