import { describe, expect, test } from 'vitest';
import { mapLimit } from './driver.ts';

describe('mapLimit', () => {
	test('keeps the order of the items, with no more than the limit at work at once', async () => {
		let working = 0;
		let most = 0;
		const results = await mapLimit([30, 10, 20, 5, 15], 2, async (ms) => {
			most = Math.max(most, ++working);
			await new Promise((resolve) => setTimeout(resolve, ms));
			working--;
			return ms * 2;
		});
		expect(results).toEqual([60, 20, 40, 10, 30]);
		expect(most).toBe(2);
	});
});
