import { describe, expect, test } from 'vitest';
import { compareVersions, CONSTANT_COLUMNS, groupByCode, parseConstantTable } from './constant-table';
import { constantTable, ianaRegistry } from '../content/reference-data';

const HEADER = CONSTANT_COLUMNS.join(',');
const table = (...rows: string[]) => [HEADER, ...rows].join('\n');
const problems = (...rows: string[]) => {
	try {
		parseConstantTable(table(...rows), 'test.csv');
		return '';
	} catch (error) {
		return (error as Error).message;
	}
};
const row = (code: number, library: string, name: string) => constantTable.find((item) => item.code === code && item.library === library && item.name === name);

describe('compareVersions', () => {
	test('orders release numbers numerically, treating missing parts as zero', () => {
		expect(compareVersions('3.9', '3.13')).toBe(-1);
		expect(compareVersions('7.0', '7')).toBe(0);
		expect(compareVersions('6.0.5', '6.0')).toBe(1);
	});
});

describe('parseConstantTable', () => {
	test('reads a renamed constant as two rows, the new one naming the one it replaces', () => {
		const rows = parseConstantTable(
			table('413,python,HTTPStatus.CONTENT_TOO_LARGE,3.13,,,,HTTPStatus.REQUEST_ENTITY_TOO_LARGE', '413,python,HTTPStatus.REQUEST_ENTITY_TOO_LARGE,,,,,'),
		);
		expect(rows).toEqual([
			{ code: 413, library: 'python', name: 'HTTPStatus.CONTENT_TOO_LARGE', since: '3.13', replaces: 'HTTPStatus.REQUEST_ENTITY_TOO_LARGE' },
			{ code: 413, library: 'python', name: 'HTTPStatus.REQUEST_ENTITY_TOO_LARGE' },
		]);
	});

	test('gives a removed name its removal and its last release', () => {
		const [removed] = groupByCode(parseConstantTable(table('420,spring,HttpStatus.METHOD_FAILURE,3.0.1,3.2,7.0,6.2,'))).get(420)!.spring;
		expect(removed).toEqual({ name: 'HttpStatus.METHOD_FAILURE', deprecated: true, library: 'spring', since: '3.0.1', deprecatedSince: '3.2', removedIn: '7.0', lastIn: '6.2' });
	});

	test('files ASP.NET Core under dotnet but keeps its own library', () => {
		const grouped = groupByCode(parseConstantTable(table('499,aspnetcore,StatusCodes.Status499ClientClosedRequest,8.0,,,,'))).get(499)!;
		expect(grouped.dotnet).toEqual([{ name: 'StatusCodes.Status499ClientClosedRequest', deprecated: false, library: 'aspnetcore', since: '8.0' }]);
		expect(grouped.go).toEqual([]);
	});

	test('refuses a wrong header', () => {
		expect(() => parseConstantTable('code,go,python\n200,http.StatusOK,HTTPStatus.OK', 'test.csv')).toThrow('test.csv: the header must be');
	});

	test('names the line, the constant and the field of each bad row', () => {
		const message = problems('200,python,HTTPStatus.OK,3.x,,,,', '200,kotlin,HttpStatusCode.OK,,,,,', '499,dotnet,StatusCodes.Status499ClientClosedRequest,,,,,');
		expect(message).toContain('test.csv line 2 (200 python HTTPStatus.OK): since: "3.x" is not a release number');
		expect(message).toContain('test.csv line 3 (200 kotlin HttpStatusCode.OK): library: "kotlin" is not one of');
		expect(message).toContain('test.csv line 4 (499 dotnet StatusCodes.Status499ClientClosedRequest): name: "StatusCodes.Status499ClientClosedRequest" is not written like a .NET (System.Net) constant');
	});

	test('refuses a removed name without its last release, or with a last release not before the removal; a removal need not follow a deprecation', () => {
		expect(problems('420,spring,HttpStatus.METHOD_FAILURE,,3.2,7.0,,')).toContain('last: a removed name needs the last release line');
		expect(problems('420,spring,HttpStatus.METHOD_FAILURE,,3.2,7.0,7.0,')).toContain('last: 7.0 is not before the removal in 7.0');
		// Spring 4.1 renamed RESUME_INCOMPLETE without deprecating it first.
		expect(problems('308,spring,HttpStatus.RESUME_INCOMPLETE,3.1.1,,4.1,4.0,')).toBe('');
		expect(problems('420,spring,HttpStatus.METHOD_FAILURE,,,,6.2,')).toContain('removed: a name with a last release needs');
	});

	test('refuses versions out of order', () => {
		expect(problems('413,spring,HttpStatus.PAYLOAD_TOO_LARGE,4.1,3.0,,,')).toContain('deprecated: 3.0 is before the name appeared in 4.1');
		expect(problems('413,spring,HttpStatus.PAYLOAD_TOO_LARGE,7.0,7.0,7.0,6.2,')).toContain('removed: 7.0 is not after the name appeared in 7.0');
	});

	test('refuses duplicates, a replaced name without a row, and names replacing each other', () => {
		expect(problems('200,go,http.StatusOK,,,,,', '200,go,http.StatusOK,,,,,')).toContain('line 3 (200 go http.StatusOK): name: is listed twice');
		expect(problems('413,rack,:content_too_large,3.1,,,,:payload_too_large')).toContain('replaces: ":payload_too_large" has no row of its own for 413 in rack');
		expect(problems('413,rack,:a,,,,,:b', '413,rack,:b,,,,,:a')).toContain('replaces: the names replace each other in a circle');
	});
});

describe('the constants table', () => {
	test('has names for every registry code except 104, which no library names yet, and for four vendor numbers', () => {
		const codes = new Set(constantTable.map((item) => item.code));
		expect([...ianaRegistry.keys()].filter((code) => !codes.has(code))).toEqual([104]);
		expect([...codes].filter((code) => !ianaRegistry.has(code))).toEqual([419, 420, 499, 509]);
	});

	test('records the version renames and additions, checked against each library', () => {
		expect(row(413, 'python', 'HTTPStatus.CONTENT_TOO_LARGE')).toMatchObject({ since: '3.13', replaces: 'HTTPStatus.REQUEST_ENTITY_TOO_LARGE' });
		expect(row(413, 'python', 'HTTPStatus.REQUEST_ENTITY_TOO_LARGE')).not.toHaveProperty('deprecated');
		expect(row(422, 'dotnet', 'HttpStatusCode.UnprocessableContent')).toMatchObject({ since: '8.0', replaces: 'HttpStatusCode.UnprocessableEntity' });
		expect(row(425, 'rust', 'http::StatusCode::TOO_EARLY')?.since).toBe('1.2');
		expect(row(103, 'rust', 'http::StatusCode::EARLY_HINTS')?.since).toBe('1.4');
		expect(row(413, 'rack', ':content_too_large')).toMatchObject({ since: '3.1', replaces: ':payload_too_large' });
		expect(row(413, 'rack', ':payload_too_large')?.deprecated).toBe('3.1');
		expect(row(413, 'spring', 'HttpStatus.CONTENT_TOO_LARGE')).toMatchObject({ since: '7.0', replaces: 'HttpStatus.PAYLOAD_TOO_LARGE' });
		expect(row(421, 'spring', 'HttpStatus.MISDIRECTED_REQUEST')?.since).toBe('7.0');
	});

	test('gives every name Spring 7.0 removed its last release line, 6.2', () => {
		const removed = constantTable.filter((item) => item.library === 'spring' && item.removed === '7.0').map((item) => `${item.code} ${item.name} ${item.removed} ${item.last}`);
		expect(removed).toEqual([
			'103 HttpStatus.CHECKPOINT 7.0 6.2',
			'302 HttpStatus.MOVED_TEMPORARILY 7.0 6.2',
			'305 HttpStatus.USE_PROXY 7.0 6.2',
			'413 HttpStatus.REQUEST_ENTITY_TOO_LARGE 7.0 6.2',
			'414 HttpStatus.REQUEST_URI_TOO_LONG 7.0 6.2',
			'419 HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE 7.0 6.2',
			'420 HttpStatus.METHOD_FAILURE 7.0 6.2',
			'421 HttpStatus.DESTINATION_LOCKED 7.0 6.2',
		]);
	});

	test('labels the 499 constant as ASP.NET Core, not System.Net', () => {
		expect(constantTable.filter((item) => item.code === 499)).toEqual([
			{ code: 499, library: 'aspnetcore', name: 'StatusCodes.Status499ClientClosedRequest', since: '8.0' },
		]);
	});
});
