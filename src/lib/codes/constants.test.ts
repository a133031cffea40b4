import { describe, expect, test } from 'vitest';
import { breakableName, type ConstantItem, constantsFor, constantsTable, versionLabel } from './constants';

/** The row of one library as plain text, the way the page reads. */
function rowText(code: number, library: string): string | undefined {
	const row = constantsTable(constantsFor({ code })).find((item) => item.library === library);
	if (!row) return undefined;
	const note = (item: ConstantItem) =>
		[item.since, ...item.before.map((older) => `before: ${older.name}${older.state ? `, ${older.state}` : ''}`), item.state].filter(Boolean).join('; ');
	return row.items.map((item) => (note(item) ? `${item.name} (${note(item)})` : item.name)).join(', ') || 'none';
}

describe('constantsFor', () => {
	test('takes codes in the reference table from it', () => {
		expect(constantsFor({ code: 404 }).rack).toEqual([{ name: ':not_found', deprecated: false, library: 'rack' }]);
	});

	test('prefers the table to the frontmatter for the vendor numbers it covers', () => {
		const constants = constantsFor({ code: 420, constants: { spring: [{ name: 'HttpStatus.METHOD_FAILURE', deprecated: true }] } });
		expect(constants.spring).toEqual([
			{ name: 'HttpStatus.METHOD_FAILURE', deprecated: true, library: 'spring', since: '3.0.1', deprecatedSince: '3.2', removedIn: '7.0', lastIn: '6.2' },
		]);
	});

	test('takes other numbers from the entry and leaves missing languages empty', () => {
		const constants = constantsFor({ code: 599, constants: { spring: [{ name: 'HttpStatus.X', deprecated: true }] } });
		expect(constants.spring).toEqual([{ name: 'HttpStatus.X', deprecated: true, library: 'spring' }]);
		expect(constants.go).toEqual([]);
	});
});

describe('constantsTable', () => {
	test('shows a renamed constant with its version and the name before it', () => {
		expect(rowText(413, 'python')).toBe('HTTPStatus.CONTENT_TOO_LARGE (3.13+; before: REQUEST_ENTITY_TOO_LARGE)');
		expect(rowText(422, 'dotnet')).toBe('HttpStatusCode.UnprocessableContent (.NET 8+; before: UnprocessableEntity)');
		expect(rowText(413, 'rack')).toBe(':content_too_large (3.1+; before: :payload_too_large, deprecated in 3.1)');
	});

	test('shows a removed constant as removed with its last release, never as current', () => {
		expect(rowText(413, 'spring')).toBe(
			'HttpStatus.CONTENT_TOO_LARGE (7.0+; before: PAYLOAD_TOO_LARGE, deprecated in 7.0), HttpStatus.REQUEST_ENTITY_TOO_LARGE (removed in 7.0; last in 6.2)',
		);
		expect(rowText(421, 'spring')).toBe('HttpStatus.MISDIRECTED_REQUEST (7.0+), HttpStatus.DESTINATION_LOCKED (removed in 7.0; last in 6.2)');
		expect(rowText(420, 'spring')).toBe('HttpStatus.METHOD_FAILURE (removed in 7.0; last in 6.2)');
		expect(rowText(103, 'spring')).toBe('HttpStatus.EARLY_HINTS, HttpStatus.CHECKPOINT (removed in 7.0; last in 6.2)');
	});

	test('marks deprecated names with the release that deprecated them', () => {
		expect(rowText(510, 'spring')).toBe('HttpStatus.NOT_EXTENDED (deprecated in 7.0)');
		expect(rowText(509, 'rack')).toBe(':bandwidth_limit_exceeded (deprecated in 3.1)');
	});

	test('shows versions only for names newer than the library baseline', () => {
		expect(rowText(425, 'rust')).toBe('http::StatusCode::TOO_EARLY (1.2+)');
		expect(rowText(103, 'rust')).toBe('http::StatusCode::EARLY_HINTS (1.4+)');
		expect(rowText(425, 'python')).toBe('HTTPStatus.TOO_EARLY');
		expect(rowText(200, 'go')).toBe('http.StatusOK');
	});

	test('gives ASP.NET Core its own row where it has a name, and only there', () => {
		expect(rowText(499, 'aspnetcore')).toBe('StatusCodes.Status499ClientClosedRequest (8.0+)');
		expect(rowText(499, 'dotnet')).toBe('none');
		expect(rowText(200, 'aspnetcore')).toBeUndefined();
		expect(constantsTable(constantsFor({ code: 200 })).map((row) => row.library)).toEqual(['go', 'python', 'rust', 'dotnet', 'spring', 'symfony', 'rack']);
	});

	test('writes .NET releases the way .NET names them', () => {
		expect(versionLabel('dotnet', '8.0')).toBe('.NET 8');
		expect(versionLabel('spring', '7.0')).toBe('7.0');
	});
});

describe('breakableName', () => {
	const part = (html: string) => `<span class="inline-block">${html}</span>`;
	test('lets a name wrap after its qualifiers first, and inside a part only between words', () => {
		expect(breakableName('http::StatusCode::BAD_GATEWAY')).toBe([part('http::'), part('StatusCode::'), part('BAD_GATEWAY')].join('<wbr>'));
		expect(breakableName('StatusCodes.Status511NetworkAuthenticationRequired')).toBe(
			[part('StatusCodes.'), part('Status511<wbr>Network<wbr>Authentication<wbr>Required')].join('<wbr>'),
		);
		expect(breakableName('Response::HTTP_NETWORK_AUTHENTICATION_REQUIRED')).toBe([part('Response::'), part('HTTP_<wbr>NETWORK_<wbr>AUTHENTICATION_<wbr>REQUIRED')].join('<wbr>'));
		expect(breakableName(':bad_gateway')).toBe(part(':bad_gateway'));
		expect(breakableName('a<b>')).toBe(part('a&lt;b&gt;'));
	});
});
