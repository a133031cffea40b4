import { describe, expect, test } from 'vitest';
import { subStatusAnchors } from './sub-statuses';

describe('subStatusAnchors', () => {
	test('names each row after its number, and a second meaning of a number after its place', () => {
		expect(subStatusAnchors([{ code: '502.4' }, { code: '502.5' }, { code: '502.5' }, { code: '502.6' }])).toEqual(['iis-502-4', 'iis-502-5', 'iis-502-5-2', 'iis-502-6']);
	});
});
