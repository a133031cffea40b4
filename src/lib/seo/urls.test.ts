import { describe, expect, test } from 'vitest';
import { absoluteUrl, classUrl, codeAliasUrls, codeInCodeUrl, codeJsonUrl, codeMessagesUrl, codeSpellings, codeUrl, compareUrl, isShortcutPath, searchUrlTemplate, shortcutUrl, shortcutUrls, socialCardUrl } from './urls';

describe('urls', () => {
	test('builds canonical code, class and comparison URLs with a trailing slash', () => {
		expect(codeUrl(429)).toBe('/codes/429/');
		expect(classUrl('4xx')).toBe('/codes/4xx/');
		expect(compareUrl('404-410')).toBe('/compare/404-410/');
	});

	test('puts the companion pages of a code under its URL', () => {
		expect(codeMessagesUrl(500)).toBe('/codes/500/messages/');
		expect(codeInCodeUrl(502)).toBe('/codes/502/code/');
	});

	test('makes a path absolute against the site URL when there is one', () => {
		expect(absoluteUrl('/codes/429/', new URL('https://status.example/'))).toBe('https://status.example/codes/429/');
		expect(absoluteUrl('/codes/429/', undefined)).toBe('/codes/429/');
	});
});

describe('shortcut paths', () => {
	test('are a bare three-digit number, with or without a trailing slash', () => {
		expect(isShortcutPath('/429')).toBe(true);
		expect(isShortcutPath('/429/')).toBe(true);
		expect(isShortcutPath('/codes/429/')).toBe(false);
		expect(isShortcutPath('/4xx/')).toBe(false);
		expect(isShortcutPath('/0/')).toBe(true);
		expect(isShortcutPath('/000')).toBe(true);
		expect(isShortcutPath('/codes/000/')).toBe(true);
		expect(isShortcutPath('/codes/0/')).toBe(false);
		expect(isShortcutPath('/codes/404/')).toBe(false);
		expect(shortcutUrl(429)).toBe('/429');
	});

	test('a number below 100 is also reached by its three-digit spelling, as curl prints it', () => {
		expect(codeSpellings(429)).toEqual(['429']);
		expect(codeSpellings(0)).toEqual(['0', '000']);
		expect(shortcutUrls(429)).toEqual(['/429']);
		expect(shortcutUrls(0)).toEqual(['/0', '/000']);
		expect(codeAliasUrls(429)).toEqual([]);
		expect(codeAliasUrls(0)).toEqual(['/codes/000']);
		for (const path of [...shortcutUrls(0), ...codeAliasUrls(0)]) expect(isShortcutPath(path), path).toBe(true);
	});

	test('social cards and JSON files sit at fixed places per code', () => {
		expect(socialCardUrl(429)).toBe('/og/429.png');
		expect(codeJsonUrl(429)).toBe('/codes/429.json');
		expect(searchUrlTemplate('{searchTerms}')).toBe('/?q={searchTerms}');
	});
});
