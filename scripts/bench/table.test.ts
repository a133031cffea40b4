import { describe, expect, test } from 'vitest';
import { kb, table } from './table.ts';

describe('table', () => {
	test('pads columns and right-aligns numeric ones', () => {
		expect(table(['page', 'KB'], [['home', 9.5], ['404', 10]])).toBe(['| page |  KB |', '| ---- | --: |', '| home | 9.5 |', '| 404  |  10 |'].join('\n'));
	});
});

describe('kb', () => {
	test('shows kilobytes with one decimal', () => {
		expect(kb(11_674)).toBe('11.4');
	});
});
