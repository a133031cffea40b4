import { describe, expect, test } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
	test('keys every row by the header row', () => {
		expect(parseCsv('code,name\n200,OK\n404,Not Found\n')).toEqual([
			{ code: '200', name: 'OK' },
			{ code: '404', name: 'Not Found' },
		]);
	});

	test('keeps commas and doubled quotes inside quoted fields', () => {
		expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n')).toEqual([{ a: 'x, y', b: 'say "hi"' }]);
	});

	test('reads a last row without a trailing newline and skips blank lines', () => {
		expect(parseCsv('a\n\n1\n2')).toEqual([{ a: '1' }, { a: '2' }]);
	});

	test('refuses a row with the wrong number of fields', () => {
		expect(() => parseCsv('a,b\n1\n')).toThrow('CSV row 2 has 1 fields, expected 2');
	});

	test('refuses an unterminated quote', () => {
		expect(() => parseCsv('a\n"open\n')).toThrow('quoted field');
	});
});
