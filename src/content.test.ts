/**
 * Every entry in `content/codes/` against the schema and the collection rules,
 * plus facts the schema cannot see on its own (seed coverage, reference tables).
 */
import { describe, expect, test } from 'vitest';
import { readContentFiles } from './lib/content-files';
import { ianaRegistry } from './lib/reference-data';
import { formatProblems, validateEntries } from './lib/validate-entries';
import { codeSchema } from './schemas/code';

const files = readContentFiles('content/codes');
const parsed = files.map((file) => ({ file, result: codeSchema.safeParse(file.frontmatter) }));

/** Every code in the lists this project started from. */
const SEED_CODES = [
	100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306, 307, 308,
	400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424,
	425, 426, 428, 429, 431, 444, 451, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511, 599,
];

describe('content/codes', () => {
	test('every entry matches the schema', () => {
		const errors = parsed.flatMap(({ file, result }) =>
			result.success ? [] : result.error.issues.map((issue) => `${file.filePath}: ${issue.path.join('.')}: ${issue.message}`),
		);
		expect(errors.join('\n')).toBe('');
	});

	test('the collection rules hold (file names, related codes, sections, cited claims)', () => {
		const entries = parsed.flatMap(({ file, result }) => (result.success ? [{ ...file, data: result.data }] : []));
		expect(formatProblems(validateEntries(entries))).toBe('');
	});

	test('covers every seed code', () => {
		const codes = new Set(files.map((file) => Number(file.id)));
		expect(SEED_CODES.filter((code) => !codes.has(code))).toEqual([]);
	});

	test('never labels a code registered that the IANA registry does not list', () => {
		for (const { file, result } of parsed) {
			if (result.success && result.data.status !== 'unofficial') {
				expect(ianaRegistry.has(result.data.code), file.filePath).toBe(true);
			}
		}
	});
});
