/** Every file in `content/comparisons/` against its schema, the collection rules and the code entries. */
import { describe, expect, test } from 'vitest';
import { comparisonSlug, missingCodes, validateComparisons } from './lib/compare/comparisons';
import { readContentFiles } from './lib/content/content-files';
import { comparisonSchema } from './schemas/comparison';

const files = readContentFiles('content/comparisons');
const parsed = files.map((file) => ({ file, result: comparisonSchema.safeParse(file.frontmatter) }));
const codes = new Set(readContentFiles('content/codes').map((file) => Number(file.id)));

describe('content/comparisons', () => {
	test('every comparison matches the schema', () => {
		const errors = parsed.flatMap(({ file, result }) =>
			result.success ? [] : result.error.issues.map((issue) => `${file.filePath}: ${issue.path.join('.')}: ${issue.message}`),
		);
		expect(errors).toEqual([]);
	});

	test('the collection rules hold (file names, cited claims)', () => {
		const entries = parsed.flatMap(({ file, result }) => (result.success ? [{ ...file, data: result.data }] : []));
		expect(validateComparisons(entries)).toEqual([]);
	});

	test('every code a comparison names has an entry', () => {
		const missing = parsed.flatMap(({ file, result }) => (result.success ? missingCodes(result.data.codes, codes).map((code) => `${file.filePath}: ${code}`) : []));
		expect(missing).toEqual([]);
	});

	test('has the seven comparisons people ask about', () => {
		const slugs = parsed.flatMap(({ result }) => (result.success ? [comparisonSlug(result.data.codes)] : []));
		expect(slugs.sort()).toEqual(['200-201-202-204', '301-302-303-307-308', '400-422-409', '401-403-404', '404-410', '429-503', '500-502-503-504']);
	});
});

describe('comparisonSchema', () => {
	const valid = { title: 'missing, or gone', summary: 'One line.', codes: [404, 410], properties: ['summary', 'cacheable'], ruleOfThumb: 'Know it is gone: 410.' };

	test('accepts a complete comparison', () => {
		expect(comparisonSchema.safeParse(valid).success).toBe(true);
	});

	test('refuses a single code, a repeated code and an unknown property', () => {
		expect(comparisonSchema.safeParse({ ...valid, codes: [404] }).success).toBe(false);
		expect(comparisonSchema.safeParse({ ...valid, codes: [404, 404] }).success).toBe(false);
		expect(comparisonSchema.safeParse({ ...valid, properties: ['colour'] }).success).toBe(false);
	});
});
