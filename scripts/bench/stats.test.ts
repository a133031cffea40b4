import { describe, expect, test } from 'vitest';
import { growth, median } from './stats.ts';

describe('median', () => {
	test('takes the middle value, or the mean of the two middle ones', () => {
		expect(median([9, 1, 5])).toBe(5);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
});

describe('growth', () => {
	test('sees a fixed cost plus a steady cost per entry as linear and extrapolates it', () => {
		const result = growth([
			{ entries: 250, seconds: 10 + 250 * 0.02 },
			{ entries: 1000, seconds: 10 + 1000 * 0.02 },
			{ entries: 500, seconds: 10 + 500 * 0.02 },
		]);
		expect(result.perEntry.map((point) => point.entries)).toEqual([250, 500, 1000]);
		expect(result.linear).toBe(true);
		expect(result.extrapolate(2000)).toBeCloseTo(50);
	});

	test('flags seconds per entry that rise with size as worse than linear', () => {
		const quadratic = [250, 500, 1000].map((entries) => ({ entries, seconds: (entries / 100) ** 2 }));
		expect(growth(quadratic).linear).toBe(false);
	});

	test('extrapolates from the last step when it is steeper than the overall trend', () => {
		const result = growth([
			{ entries: 250, seconds: 20 },
			{ entries: 500, seconds: 20 },
			{ entries: 900, seconds: 40 },
		]);
		expect(result.extrapolate(2000)).toBeCloseTo(40 + 1100 * 0.05);
	});
});
