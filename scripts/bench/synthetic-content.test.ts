import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/content-files.ts';
import { validateEntries } from '../../src/lib/content/validate-entries.ts';
import { codeSchema } from '../../src/schemas/code.ts';
import { contentSet, maxEntries, registryCodes } from './synthetic-content.ts';

const registry = registryCodes();

describe('contentSet', () => {
	const set = contentSet('content/codes', registry, 250);

	test('makes as many entries as asked, each number once', () => {
		expect(set).toHaveLength(250);
		expect(new Set(set.map((file) => file.fileName)).size).toBe(250);
	});

	test('makes entries that pass the schema and the collection rules, as the build requires', () => {
		const entries = set.map(({ fileName, source }) => {
			const { frontmatter, body } = splitFrontmatter(source);
			const parsed = codeSchema.safeParse(parse(frontmatter));
			expect(parsed.error?.issues, fileName).toBeUndefined();
			return { id: fileName.replace('.mdx', ''), filePath: fileName, data: parsed.data!, body };
		});
		expect(validateEntries(entries)).toEqual([]);
	});

	test('refuses more entries than three-digit codes allow, besides the real entries below 100 (0)', () => {
		const belowHundred = readdirSync('content/codes').filter((file) => Number(file.replace('.mdx', '')) < 100).length;
		expect(maxEntries('content/codes', registry)).toBeLessThanOrEqual(900 + belowHundred);
		expect(() => contentSet('content/codes', registry, 901 + belowHundred)).toThrow(/at most/);
	});
});
