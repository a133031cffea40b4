import { describe, expect, test } from 'vitest';
import { constantsFor } from './constants';

describe('constantsFor', () => {
	test('takes registry codes from the reference table', () => {
		expect(constantsFor({ code: 429 }).rack).toEqual([{ name: ':too_many_requests', deprecated: false }]);
	});

	test('takes other numbers from the entry and leaves missing languages empty', () => {
		const constants = constantsFor({ code: 509, constants: { spring: [{ name: 'HttpStatus.BANDWIDTH_LIMIT_EXCEEDED', deprecated: true }] } });
		expect(constants.spring[0].deprecated).toBe(true);
		expect(constants.go).toEqual([]);
	});
});
