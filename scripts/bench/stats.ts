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
	/** Seconds each added entry costs between consecutive sizes. */
	marginal: { from: number; to: number; secondsPerEntry: number }[];
	/**
	 * No worse than linear: an entry added at the largest sizes costs at most 1.5 times
	 * what one added at the smallest sizes did (the margin absorbs timing noise).
	 */
	linear: boolean;
	/** Seconds for `target` entries, continuing the last step's cost per entry. */
	extrapolate: (target: number) => number;
}

export const LINEAR_TOLERANCE = 1.5;

/** How build time grows over points sorted by size (at least two). */
export function growth(points: readonly ScalePoint[]): Growth {
	if (points.length < 2) throw new Error('growth needs at least two sizes');
	const sorted = [...points].sort((a, b) => a.entries - b.entries);
	const marginal = sorted.slice(1).map((point, index) => {
		const previous = sorted[index];
		return { from: previous.entries, to: point.entries, secondsPerEntry: (point.seconds - previous.seconds) / (point.entries - previous.entries) };
	});
	const first = Math.max(marginal[0].secondsPerEntry, 0);
	const last = marginal.at(-1)!;
	const largest = sorted.at(-1)!;
	return {
		marginal,
		linear: last.secondsPerEntry <= first * LINEAR_TOLERANCE,
		extrapolate: (target) => largest.seconds + Math.max(last.secondsPerEntry, 0) * (target - largest.entries),
	};
}
