import { describe, expect, test } from 'vitest';
import { absoluteUrl, classUrl, codeUrl, compareUrl } from './urls';

describe('urls', () => {
	test('builds canonical code, class and comparison URLs with a trailing slash', () => {
		expect(codeUrl(429)).toBe('/codes/429/');
		expect(classUrl('4xx')).toBe('/codes/4xx/');
		expect(compareUrl('404-410')).toBe('/compare/404-410/');
	});

	test('makes a path absolute against the site URL when there is one', () => {
		expect(absoluteUrl('/codes/429/', new URL('https://status.example/'))).toBe('https://status.example/codes/429/');
		expect(absoluteUrl('/codes/429/', undefined)).toBe('/codes/429/');
	});
});
