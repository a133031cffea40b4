import { describe, expect, test } from 'vitest';
import {
	EXCEPTION_COLUMNS,
	exceptionGroups,
	exceptionSearchTerm,
	FRAMEWORK_IDS,
	groupExceptionsByCode,
	parseFrameworkExceptions,
} from './framework-exceptions';
import { exceptionsFor, frameworkExceptionTable, ianaRegistry, unofficialCodes } from '../content/reference-data';

const HEADER = EXCEPTION_COLUMNS.join(',');
const table = (...rows: string[]) => [HEADER, ...rows].join('\n');
const problems = (...rows: string[]) => {
	try {
		parseFrameworkExceptions(table(...rows), 'test.csv');
		return '';
	} catch (error) {
		return (error as Error).message;
	}
};
const SOURCE = 'https://github.com/rails/rails/blob/v8.1.3.1/activerecord/lib/active_record/railtie.rb#L24';

describe('parseFrameworkExceptions', () => {
	test('reads a row, quoted fields included', () => {
		expect(parseFrameworkExceptions(table(`404,rails,ActiveRecord::RecordNotFound,exception,"find with an id that does not exist",${SOURCE}`))).toEqual([
			{ code: 404, framework: 'rails', name: 'ActiveRecord::RecordNotFound', kind: 'exception', note: 'find with an id that does not exist', source: SOURCE },
		]);
	});

	test('refuses a wrong header', () => {
		expect(() => parseFrameworkExceptions('code,framework,name\n404,rails,x', 'test.csv')).toThrow('test.csv: the header must be');
	});

	test('names the line, the row and the field of each bad row', () => {
		const message = problems(
			`4040,rails,ActiveRecord::RecordNotFound,exception,missing,${SOURCE}`,
			`404,sinatra,NotFound,exception,missing,${SOURCE}`,
			`404,rails,ActiveRecord::RecordNotFound,error,missing,${SOURCE}`,
			`404,rails,ActiveRecord::RecordNotFound,exception,missing,https://example.com/rails`,
		);
		expect(message).toContain('test.csv line 2 (4040 rails ActiveRecord::RecordNotFound): code: "4040" is not a status code');
		expect(message).toContain('test.csv line 3 (404 sinatra NotFound): framework: "sinatra" is not one of django, drf,');
		expect(message).toContain('test.csv line 4 (404 rails ActiveRecord::RecordNotFound): kind: "error" is not one of exception, helper, built-in');
		expect(message).toContain('test.csv line 5 (404 rails ActiveRecord::RecordNotFound): source: "https://example.com/rails" is not an https link to a known reference host');
	});

	test('refuses an empty or padded name, and a name in backticks', () => {
		expect(problems(`404,rails,,exception,missing,${SOURCE}`)).toContain('line 2 (404 rails ?): name: is empty');
		expect(problems(`404,rails, RecordNotFound,exception,missing,${SOURCE}`)).toContain('name: is empty or starts or ends with a space');
		expect(problems(`404,rails,\`RecordNotFound\`,exception,missing,${SOURCE}`)).toContain('name: is written without backticks');
	});

	test('wants a short plain-text note', () => {
		expect(problems(`404,rails,RecordNotFound,exception,,${SOURCE}`)).toContain('note: is empty');
		expect(problems(`404,rails,RecordNotFound,exception,${'x'.repeat(81)},${SOURCE}`)).toContain('note: has 81 characters');
		expect(problems(`404,rails,RecordNotFound,exception,see **this**,${SOURCE}`)).toContain('note: is plain text');
		expect(problems(`404,rails,RecordNotFound,exception,the record's id,${SOURCE}`)).toContain('note: is shown as typeset text');
		expect(problems(`404,rails,RecordNotFound,exception,the record’s id,${SOURCE}`)).toBe('');
	});

	test('refuses plain http and a row listed twice', () => {
		expect(problems(`404,rails,RecordNotFound,exception,missing,http://github.com/rails/rails`)).toContain('source: "http://github.com/rails/rails" is not an https link');
		expect(problems(`404,rails,RecordNotFound,exception,missing,${SOURCE}`, `404,rails,RecordNotFound,exception,again,${SOURCE}`)).toContain(
			'line 3 (404 rails RecordNotFound): name: is listed twice for this code and framework',
		);
		expect(problems(`404,rails,RecordNotFound,exception,missing,${SOURCE}`, `410,rails,RecordNotFound,exception,again,${SOURCE}`)).toBe('');
	});
});

describe('grouping', () => {
	const rows = parseFrameworkExceptions(
		table(
			`404,go,http.NotFound,helper,no route,https://pkg.go.dev/net/http#NotFound`,
			`404,django,django.http.Http404,exception,raise it,https://docs.djangoproject.com/en/5.2/topics/http/views/#django.http.Http404`,
			`404,go,http.StripPrefix,helper,no prefix,https://pkg.go.dev/net/http#StripPrefix`,
			`410,django,django.http.HttpResponseGone,helper,return it,https://docs.djangoproject.com/en/5.2/ref/request-response/#django.http.HttpResponseGone`,
		),
	);

	test('orders each code by framework, keeping the table order within one', () => {
		const byCode = groupExceptionsByCode(rows);
		expect(byCode.get(404)!.map((row) => row.name)).toEqual(['django.http.Http404', 'http.NotFound', 'http.StripPrefix']);
		expect(byCode.get(404)![0]).not.toHaveProperty('code');
		expect(byCode.get(410)).toHaveLength(1);
	});

	test('groups a code by framework with its label', () => {
		const groups = exceptionGroups(groupExceptionsByCode(rows).get(404)!);
		expect(groups.map((group) => [group.label, group.items.length])).toEqual([
			['Django', 1],
			['Go (net/http)', 2],
		]);
	});
});

describe('exceptionSearchTerm', () => {
	test('drops the qualifier and the arguments', () => {
		expect(exceptionSearchTerm('django.http.Http404')).toBe('Http404');
		expect(exceptionSearchTerm('ActiveRecord::RecordNotFound')).toBe('RecordNotFound');
		expect(exceptionSearchTerm('Results.Redirect(url, preserveMethod: true)')).toBeUndefined();
		expect(exceptionSearchTerm('HTTPException(status_code=404)')).toBe('HTTPException');
		expect(exceptionSearchTerm('createError.NotFound')).toBe('NotFound');
		expect(exceptionSearchTerm('get_object_or_404')).toBe('get_object_or_404');
	});

	test('leaves out plain words that would match unrelated searches', () => {
		expect(exceptionSearchTerm('express.json()')).toBeUndefined();
		expect(exceptionSearchTerm('http.Server')).toBeUndefined();
		expect(exceptionSearchTerm('Results.Ok()')).toBeUndefined();
		expect(exceptionSearchTerm('finalhandler')).toBeUndefined();
	});
});

describe('the framework exceptions table', () => {
	const known = new Set([...ianaRegistry.keys(), ...unofficialCodes.map((row) => row.code)]);

	test('covers every framework, with at least 150 rows', () => {
		expect(frameworkExceptionTable.length).toBeGreaterThanOrEqual(150);
		expect(new Set(frameworkExceptionTable.map((row) => row.framework))).toEqual(new Set(FRAMEWORK_IDS));
	});

	test('lists only codes the site documents', () => {
		expect(frameworkExceptionTable.filter((row) => !known.has(row.code)).map((row) => `${row.code} ${row.name}`)).toEqual([]);
	});

	test('links every row to the source or documentation that shows it', () => {
		const bySource = frameworkExceptionTable.filter((row) => !/^https:\/\/(github\.com|docs\.djangoproject\.com|docs\.nestjs\.com|learn\.microsoft\.com|pkg\.go\.dev)\//.test(row.source));
		expect(bySource).toEqual([]);
		const byTag = frameworkExceptionTable.filter((row) => row.source.startsWith('https://github.com/') && !/\/blob\/[^/]+\//.test(row.source));
		expect(byTag).toEqual([]);
	});

	test('has the names the issue asked for, on the right codes', () => {
		const has = (code: number, name: string) => exceptionsFor(code).some((row) => row.name === name);
		expect(has(404, 'django.http.Http404')).toBe(true);
		expect(has(429, 'rest_framework.exceptions.Throttled')).toBe(true);
		expect(has(404, 'ActiveRecord::RecordNotFound')).toBe(true);
		expect(has(400, 'ActionController::ParameterMissing')).toBe(true);
		expect(has(405, 'HttpRequestMethodNotSupportedException')).toBe(true);
		expect(has(415, 'HttpMediaTypeNotSupportedException')).toBe(true);
		expect(has(413, 'MaxUploadSizeExceededException')).toBe(true);
		expect(has(404, 'Results.NotFound()')).toBe(true);
		expect(has(401, 'ControllerBase.Unauthorized()')).toBe(true);
		expect(has(404, 'createError.NotFound')).toBe(true);
		expect(has(413, 'PayloadTooLargeException')).toBe(true);
		expect(has(422, 'RequestValidationError')).toBe(true);
		expect(has(419, 'TokenMismatchException')).toBe(true);
		expect(has(429, 'ThrottleRequestsException')).toBe(true);
		expect(has(404, 'werkzeug.exceptions.NotFound')).toBe(true);
		expect(has(404, 'http.NotFound')).toBe(true);
	});
});
