import { describe, expect, test } from 'vitest';
import { nearestCodes } from './nearest';

describe('nearestCodes', () => {
	test('orders by distance, lower code first on a tie', () => {
		expect(nearestCodes([400, 404, 410, 418, 500], 407, 3)).toEqual([404, 410, 400]);
	});
});
