import { describe, expect, test } from 'vitest';
import { absoluteUrl, classUrl, codeUrl } from './urls';

describe('urls', () => {
	test('builds canonical code and class URLs with a trailing slash', () => {
		expect(codeUrl(429)).toBe('/codes/429/');
		expect(classUrl('4xx')).toBe('/codes/4xx/');
	});

	test('makes a path absolute against the site URL when there is one', () => {
		expect(absoluteUrl('/codes/429/', new URL('https://status.example/'))).toBe('https://status.example/codes/429/');
		expect(absoluteUrl('/codes/429/', undefined)).toBe('/codes/429/');
	});
});
