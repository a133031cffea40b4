import { describe, expect, test } from 'vitest';
import { comparisonName, comparisonSlug, comparisonsWith, missingCodes, validateComparisons } from './comparisons';

describe('comparisonSlug and comparisonName', () => {
	test('name a comparison after its codes, in the order given', () => {
		expect(comparisonSlug([400, 422, 409])).toBe('400-422-409');
		expect(comparisonName([404, 410])).toBe('404 vs 410');
	});
});

describe('validateComparisons', () => {
	const good = { id: '404-410', filePath: 'content/comparisons/404-410.mdx', data: { codes: [404, 410] }, body: 'Plain prose.\n' };

	test('accepts a file named after its codes with cited prose', () => {
		const cited = { ...good, body: 'A 410 SHOULD be rare ([RFC 9110 §15.5.11](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11)).\n' };
		expect(validateComparisons([good, cited])).toEqual([]);
	});

	test('names the file and field when the file name does not match the codes', () => {
		expect(validateComparisons([{ ...good, id: '410-404' }])).toEqual([
			{ filePath: good.filePath, field: 'codes', message: 'the file for codes 404, 410 must be named 404-410.mdx' },
		]);
	});

	test('refuses a normative claim without a link to its section', () => {
		const [problem] = validateComparisons([{ ...good, body: 'A server MUST send 410 here.\n' }]);
		expect(problem.field).toBe('body');
		expect(problem.message).toContain('A server MUST send 410 here.');
	});
});

describe('missingCodes', () => {
	test('lists the codes that have no entry', () => {
		expect(missingCodes([404, 410, 418], new Set([404, 410]))).toEqual([418]);
	});
});

describe('comparisonsWith', () => {
	test('keeps the comparisons that include the code, in order', () => {
		const all = [{ codes: [401, 403, 404] }, { codes: [429, 503] }, { codes: [404, 410] }];
		expect(comparisonsWith(all, 404)).toEqual([all[0], all[2]]);
		expect(comparisonsWith(all, 200)).toEqual([]);
	});
});
