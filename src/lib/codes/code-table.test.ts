import { describe, expect, test } from 'vitest';
import { CODE_TABLE_COLUMNS, codeTableRow, codeTableRows, columnValues, NO_CLASS, type TableCode } from './code-table';

const base: TableCode = { code: 429, name: 'Too Many Requests', status: 'registered', tagline: 'Slow down', cacheable: 'never', retry: { advice: 'retry-after-delay' } };

describe('codeTableRow', () => {
	test('takes every cell from the entry, in the words the code pages use', () => {
		expect(codeTableRow({ ...base, spec: { document: 'RFC 6585', section: '4', url: 'https://www.rfc-editor.org/rfc/rfc6585#section-4' } })).toEqual({
			code: 429,
			href: '/codes/429/',
			name: 'Too Many Requests',
			class: '4xx',
			status: 'Registered',
			tagline: 'Slow down',
			caching: 'No, never stored',
			retry: 'Retry after a delay',
			spec: { text: 'RFC\u00a06585\u00a0§4', href: 'https://www.rfc-editor.org/rfc/rfc6585#section-4' },
		});
	});

	test('names (Unused) codes by their familiar name, and leaves class and specification empty where there are none', () => {
		const row = codeTableRow({ ...base, code: 999, name: 'Request denied', status: 'unofficial' });
		expect(row.class).toBe(NO_CLASS);
		expect(row.spec).toBeUndefined();
		expect(codeTableRow({ ...base, code: 418, name: '(Unused)', knownAs: "I'm a teapot", status: 'unused' }).name).toBe("I'm a teapot (Unused)");
	});
});

describe('codeTableRows and columnValues', () => {
	const rows = codeTableRows([
		{ ...base, code: 999, status: 'unofficial' },
		{ ...base, code: 503 },
		{ ...base, code: 104, status: 'temporary' },
		{ ...base, code: 306, status: 'unused' },
	]);

	test('orders rows by code', () => {
		expect(rows.map((row) => row.code)).toEqual([104, 306, 503, 999]);
	});

	test('offers the classes in order with none last, and the statuses in the registry order', () => {
		expect(columnValues(rows, 'class')).toEqual(['1xx', '3xx', '5xx', NO_CLASS]);
		expect(columnValues(rows, 'status')).toEqual(['Registered', 'Unused', 'Temporary registration', 'Unofficial']);
	});

	test('has eight columns, the code first', () => {
		expect(CODE_TABLE_COLUMNS.map((column) => column.key)).toEqual(['code', 'name', 'class', 'status', 'tagline', 'caching', 'retry', 'spec']);
	});
});
