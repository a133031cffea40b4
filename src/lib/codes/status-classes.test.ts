import { describe, expect, test } from 'vitest';
import { classOf, classSpecUrl, STATUS_CLASSES } from './status-classes';

describe('classOf', () => {
	test('maps a code to its class by the first digit', () => {
		expect(classOf(429)).toMatchObject({ slug: '4xx', name: 'Client Error' });
		expect(classOf(100)?.slug).toBe('1xx');
		expect(classOf(599)?.slug).toBe('5xx');
	});

	test('has no class for vendor numbers outside 100–599', () => {
		expect(classOf(783)).toBeUndefined();
		expect(classOf(999)).toBeUndefined();
	});
});

describe('STATUS_CLASSES', () => {
	test('lists the five classes in order with their RFC 9110 sections', () => {
		expect(STATUS_CLASSES.map((item) => item.slug)).toEqual(['1xx', '2xx', '3xx', '4xx', '5xx']);
		expect(classSpecUrl(STATUS_CLASSES[3])).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-15.5');
	});
});
