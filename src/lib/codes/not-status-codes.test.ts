import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { notStatusUrl, parseWarnCodes, parseWininetErrors, searchRecords } from './not-status-codes';

const warnCsv = readFileSync('src/data/warn-codes.csv', 'utf8');
const wininetCsv = readFileSync('src/data/wininet-errors.csv', 'utf8');

describe('the Warning header codes table', () => {
	const group = parseWarnCodes(warnCsv);

	test('holds the seven warn-codes of RFC 7234 §5.5, each linked to its own section', () => {
		expect(group.numbers.map((item) => `${item.number} ${item.name}`)).toEqual([
			'110 Response is Stale',
			'111 Revalidation Failed',
			'112 Disconnected Operation',
			'113 Heuristic Expiration',
			'199 Miscellaneous Warning',
			'214 Transformation Applied',
			'299 Miscellaneous Persistent Warning',
		]);
		expect(group.numbers[0]).toMatchObject({ source: 'https://www.rfc-editor.org/rfc/rfc7234#section-5.5.1', sourceLabel: 'RFC 7234 §5.5.1', anchor: 'warn-110' });
	});

	test('refuses a number that cannot be a warn-code, a section outside §5.5 and a repeated number', () => {
		expect(() => parseWarnCodes('code,name,section,meaning\n310,X,5.5.1,Y\n')).toThrow('line 2: code 310 is not between 100 and 299');
		expect(() => parseWarnCodes('code,name,section,meaning\n110,X,4.2,Y\n')).toThrow('line 2: section 4.2 is not in RFC 7234 §5.5');
		expect(() => parseWarnCodes('code,name,section,meaning\n110,X,5.5.1,Y\n110,X,5.5.1,Y\n')).toThrow('110 is out of order or repeated');
		expect(() => parseWarnCodes('code,name,section,meaning\n110,,5.5.1,Y\n')).toThrow('line 2: name is empty');
	});
});

describe('the WinINet errors table', () => {
	const group = parseWininetErrors(wininetCsv);

	test('holds the six numbers Internet Explorer scripts met, linked to their Microsoft entries', () => {
		expect(group.numbers.map((item) => item.number)).toEqual([12002, 12007, 12029, 12030, 12031, 12152]);
		expect(group.numbers.at(-1)).toMatchObject({
			name: 'ERROR_HTTP_INVALID_SERVER_RESPONSE',
			source: 'https://learn.microsoft.com/en-us/windows/win32/wininet/wininet-errors#ERROR_HTTP_INVALID_SERVER_RESPONSE',
			anchor: 'wininet-12152',
		});
	});

	test('refuses a number outside WinINet’s range and a name that is not a constant', () => {
		expect(() => parseWininetErrors('code,constant,meaning\n404,ERROR_X,Y\n')).toThrow('code 404 is not between 12000 and 12999');
		expect(() => parseWininetErrors('code,constant,meaning\n12002,timeout,Y\n')).toThrow('timeout is not a Windows error constant');
	});
});

describe('search records', () => {
	const records = searchRecords([parseWarnCodes(warnCsv), parseWininetErrors(wininetCsv)]);

	test('one per number, each pointing at its explanation and saying it is not a status code', () => {
		expect(records).toHaveLength(13);
		const record = records.find((item) => item.url === '/not-status-codes/#warn-214')!;
		expect(record.meta).toEqual({ title: '214 Transformation Applied', tagline: expect.stringContaining('Not a status code'), class: 'Not a status code', kind: 'not-a-status' });
		expect(record.content).toContain('214');
		expect(record.content).toContain('not an HTTP status code');
		expect(record.filters).toEqual({ kind: ['not-a-status'] });
		expect(notStatusUrl({ anchor: 'wininet-12029' })).toBe('/not-status-codes/#wininet-12029');
	});

	test('carry no code filter, which belongs to numbers with a code page', () => {
		for (const record of records) expect(record.filters).not.toHaveProperty('code');
	});
});
