/**
 * Every entry in `content/codes/` against the schema and the collection rules,
 * plus facts the schema cannot see on its own (seed coverage, reference tables).
 */
import { describe, expect, test } from 'vitest';
import { readContentFiles } from './lib/content/content-files';
import { ianaRegistry, unofficialCodes } from './lib/content/reference-data';
import { findVendorMeaning } from './lib/search/vendor-match';
import { formatProblems, validateEntries } from './lib/content/validate-entries';
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

	test('has an entry for every code in the IANA registry', () => {
		const codes = new Set(files.map((file) => Number(file.id)));
		expect([...ianaRegistry.keys()].filter((code) => !codes.has(code))).toEqual([]);
	});

	test('links to RFCs in one well-formed shape: https://www.rfc-editor.org/rfc/rfcN#section-X.Y (or #appendix-B.3)', () => {
		const malformed = files.flatMap((file) => {
			const text = JSON.stringify(file.frontmatter) + file.body;
			return [...text.matchAll(/https?:\/\/[^\s)"'\]]*rfc-editor\.org[^\s)"'\]]*/g)]
				.map((match) => match[0])
				.filter((url) => !/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+(#(section-\d+|appendix-[A-Z])(\.\d+)*)?$/.test(url))
				.map((url) => `${file.filePath}: ${url}`);
		});
		expect(malformed).toEqual([]);
	});

	test('repeats none of the errors found in the seed lists', () => {
		const seedErrors = [/Reasonse/i, /Non-Official Information/i, /Requested Range Not Satisfiable/, /Unprocessable Entity/, /Payload Too Large/, /Request Entity Too Large/, /Request-URI Too Long/];
		for (const { file, result } of parsed) {
			if (!result.success) continue;
			for (const pattern of seedErrors) {
				expect(pattern.test(result.data.name) || pattern.test(result.data.summary), `${file.filePath}: ${pattern} in name or summary`).toBe(false);
			}
			expect(/Reasonse|Non-Official Information/i.test(file.body), `${file.filePath}: seed misspelling in the body`).toBe(false);
		}
	});

	test('gives every row of the unofficial-codes table its meaning, with its vendor, on its number', () => {
		const byCode = new Map(parsed.flatMap(({ result }) => (result.success ? [[result.data.code, result.data] as const] : [])));
		const missing = unofficialCodes
			.filter((row) => !findVendorMeaning(byCode.get(row.code)?.vendors ?? [], row))
			.map((row) => `${row.code} ${row.name} (${row.vendor})`);
		expect(missing).toEqual([]);
	});

	test('never labels a code registered that the IANA registry does not list', () => {
		for (const { file, result } of parsed) {
			if (result.success && result.data.status !== 'unofficial' && result.data.status !== 'not-a-status') {
				expect(ianaRegistry.has(result.data.code), file.filePath).toBe(true);
			}
		}
	});
});
