import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../lib/content/content-files';
import { codeSchema } from './code';

const byCode = new Map(readContentFiles('content/codes').map((file) => [Number(file.id), file.frontmatter as Record<string, unknown>]));
const redirect = { method: 'kept', cite: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8' };

describe('codeSchema: redirect and permanence', () => {
	test('accepts a redirect description on a 3xx code', () => {
		expect(codeSchema.safeParse({ ...byCode.get(307), redirect }).success).toBe(true);
	});

	test('refuses a redirect description on a code outside 3xx, naming the field', () => {
		const result = codeSchema.safeParse({ ...byCode.get(404), redirect });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('redirect');
	});

	test('refuses an unknown permanence and a permanence without a specification link', () => {
		expect(codeSchema.safeParse({ ...byCode.get(410), permanence: { value: 'forever', cite: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11' } }).success).toBe(false);
		expect(codeSchema.safeParse({ ...byCode.get(410), permanence: { value: 'permanent', cite: 'https://example.com/' } }).success).toBe(false);
	});
});

describe('codeSchema: tagline', () => {
	const messagesFor = (tagline: unknown) => {
		const result = codeSchema.safeParse({ ...byCode.get(429), tagline });
		return result.error?.issues.filter((issue) => issue.path.join('.') === 'tagline').map((issue) => issue.message) ?? [];
	};

	test('accepts a short phrase of up to 60 characters', () => {
		expect(messagesFor('x'.repeat(60))).toEqual([]);
	});

	test('is required', () => {
		expect(messagesFor(undefined)).not.toEqual([]);
	});

	test('refuses more than 60 characters, saying how many are allowed', () => {
		expect(messagesFor('x'.repeat(61))).toEqual(['must be at most 60 characters (a few words, not a sentence)']);
	});

	test('refuses a final period', () => {
		expect(messagesFor('Rate limit hit; wait for Retry-After.')).toEqual(['must not end with a period (it is a phrase, not a sentence)']);
	});
});

describe('codeSchema: constants', () => {
	const constantsIssues = (code: number, constants: unknown) =>
		codeSchema.safeParse({ ...byCode.get(code), constants }).error?.issues.filter((issue) => issue.path.join('.') === 'constants').map((issue) => issue.message) ?? [];

	test('accepts frontmatter names that the constants table has for the code', () => {
		expect(constantsIssues(420, { spring: [{ name: 'HttpStatus.METHOD_FAILURE', deprecated: true }] })).toEqual([]);
	});

	test('refuses a frontmatter name the table lacks, since the table is what the page shows', () => {
		expect(constantsIssues(420, { spring: [{ name: 'HttpStatus.ENHANCE_YOUR_CALM' }] })).toEqual([
			'HttpStatus.ENHANCE_YOUR_CALM is not in src/data/language-constants.csv for 420 (spring); the table is used for this code, so add it there with its versions or remove it here',
		]);
	});

	test('refuses frontmatter constants on a registry code', () => {
		expect(constantsIssues(429, { go: [{ name: 'http.StatusTooManyRequests' }] })).toEqual(['registry codes take their constants from src/data/language-constants.csv']);
	});
});

describe('codeSchema: subStatuses', () => {
	const row = (fields: Record<string, unknown> = {}) => ({
		code: '500.19',
		source: 'IIS',
		name: 'Configuration data is invalid',
		meaning: 'IIS could not read the configuration that applies to the request.',
		hresults: ['0x80070021'],
		docs: 'https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/site-behavior-performance/http-error-500-19-webpage',
		...fields,
	});
	const issues = (subStatuses: unknown[]) =>
		codeSchema
			.safeParse({ ...byCode.get(500), subStatuses })
			.error?.issues.filter((issue) => issue.path[0] === 'subStatuses')
			.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

	test('accepts sub-statuses in numeric order, one number twice when the meanings differ', () => {
		expect(issues([row({ code: '500.0' }), row({ code: '500.0', source: 'ASP.NET Core Module', name: 'ANCM In-Process Handler Load Failure' }), row(), row({ code: '500.100', name: 'Internal ASP error' })])).toEqual([]);
	});

	test('refuses a sub-status of another code, a malformed number or a number YAML read as a float', () => {
		expect(issues([row({ code: '502.5' })])).toEqual(['subStatuses.0.code: 502.5 is not a sub-status of 500: it must start with "500." (move it to the entry of its own code)']);
		expect(issues([row({ code: '500.019' })])).toEqual(['subStatuses.0.code: must be the status code, a dot and the sub-code without leading zeros, like 500.19 or 404.0']);
		expect(issues([row({ code: 500.1 })])[0]).toMatch(/^subStatuses\.0\.code: must be text in quotes/);
	});

	test('refuses rows out of numeric order and the same row twice', () => {
		expect(issues([row(), row({ code: '500.2', name: 'Other' })])).toEqual(['subStatuses.1.code: 500.2 must come before 500.19: list sub-statuses in numeric order']);
		expect(issues([row(), row()])).toEqual(['subStatuses.1.code: 500.19 "Configuration data is invalid" is listed twice; merge the two rows']);
	});

	test('refuses an HRESULT not written as 0x and eight hex digits, a link off learn.microsoft.com and an unknown source', () => {
		expect(issues([row({ hresults: ['80070021'] })])).toEqual(['subStatuses.0.hresults.0: must be an HRESULT written as 0x and eight lower-case hex digits, like 0x80070021']);
		expect(issues([row({ docs: 'https://stackoverflow.com/questions/1' })])).toEqual(["subStatuses.0.docs: must be an https link to Microsoft's documentation on learn.microsoft.com"]);
		expect(issues([row({ source: 'ARR' })])).toEqual(['subStatuses.0.source: must be one of IIS, ASP.NET Core Module']);
	});
});

describe('codeSchema: numbers that are not status codes', () => {
	const issues = (overrides: Record<string, unknown>) =>
		codeSchema.safeParse({ ...byCode.get(0), ...overrides }).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

	test('accept 0 with status not-a-status', () => {
		expect(issues({})).toEqual([]);
	});

	test('refuse a number below 100 with any other status, naming the code', () => {
		expect(issues({ status: 'unofficial' })).toEqual([
			'code: 0 is below 100, so no response can carry it: only an entry with status not-a-status (a number clients report when no status arrived) may have it',
		]);
	});

	test('refuse not-a-status on a three-digit code, naming the status it has', () => {
		expect(codeSchema.safeParse({ ...byCode.get(499), status: 'not-a-status' }).error?.issues.map((issue) => issue.path.join('.'))).toContain('status');
		expect(issues({ code: 200 })).toContain("status: not-a-status is for numbers below 100 that clients report when no status arrived; 200 is a three-digit status code, so its status is the IANA registry's (registered)");
	});

	test('refuse a spec, constants and any cacheability but never', () => {
		expect(issues({ spec: { document: 'RFC 9110', section: '15', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15' } })).toEqual([
			'spec: a number that is not a status code has no specification entry; cite the documents that define it in the body',
		]);
		expect(issues({ constants: { go: [{ name: 'x' }] } })).toEqual(['constants: frameworks have no constant for a number that is not a status code']);
		expect(issues({ cacheable: 'explicit' })).toEqual(['cacheable: no response arrived, so there is nothing a cache could store (RFC 9111 §3): write never']);
	});

	test('refuse negative numbers', () => {
		expect(issues({ code: -1 })).toEqual(['code: must be a three-digit number (100 to 999), or 0 to 99 for an entry with status not-a-status']);
	});
});
