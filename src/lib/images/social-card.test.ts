import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CARD_COLOURS, type CardNode, codeCard, codeCardAlt, codeColour, nameFontSize, siteCard } from './social-card';

/** Every text of a card, in reading order. */
function texts(node: CardNode | string | undefined): string[] {
	if (node === undefined) return [];
	if (typeof node === 'string') return [node];
	const { children } = node.props;
	return Array.isArray(children) ? children.flatMap(texts) : texts(children);
}

/** Every style in the tree that sets `property`. */
function styles(node: CardNode | string | undefined, property: string): unknown[] {
	if (node === undefined || typeof node === 'string') return [];
	const { style, children } = node.props;
	const own = property in style ? [style[property]] : [];
	return [...own, ...(Array.isArray(children) ? children.flatMap((child) => styles(child, property)) : styles(children, property))];
}

describe('social cards', () => {
	test('use the dark theme colours of the site stylesheet', () => {
		const css = readFileSync('src/styles/global.css', 'utf8');
		for (const [name, value] of Object.entries(CARD_COLOURS)) {
			const declared = css.match(new RegExp(`--color-${name}: light-dark\\(#[0-9a-f]{6}, (#[0-9a-f]{6})\\)`));
			expect(declared?.[1], `--color-${name}`).toBe(value);
		}
	});

	test('a code card shows the class, the number and the name, in the class colour', () => {
		const card = codeCard({ code: 429, name: 'Too Many Requests', status: 'registered' }, 'status.example', '/og/429.png');
		expect(card.url).toBe('/og/429.png');
		expect(texts(card.tree)).toEqual(['4xx Client Error', '429', 'Too Many Requests', 'HTTP status codes', 'status.example']);
		expect(styles(card.tree, 'color')).toContain(CARD_COLOURS.c4);
		expect(styles(card.tree, 'borderLeft')).toEqual([`24px solid ${CARD_COLOURS.c4}`]);
	});

	test('marks an unofficial code, and shows the familiar name of an unused one', () => {
		expect(texts(codeCard({ code: 499, name: 'Client Closed Request', status: 'unofficial' }, undefined, '').tree)).toContain('UNOFFICIAL');
		const teapot = texts(codeCard({ code: 418, name: '(Unused)', knownAs: "I'm a teapot", status: 'unused' }, undefined, '').tree);
		expect(teapot).toContain("I'm a teapot (Unused)");
		expect(teapot).not.toContain('UNOFFICIAL');
	});

	test('numbers outside 100–599 take the unofficial colour', () => {
		expect(codeColour(999)).toBe(CARD_COLOURS.unofficial);
		expect(codeColour(100)).toBe(CARD_COLOURS.c1);
		expect(texts(codeCard({ code: 999, name: 'Request Denied', status: 'unofficial' }, undefined, '').tree)[0]).toBe('Outside 100–599');
	});

	test('long names are set smaller', () => {
		expect(nameFontSize('OK')).toBeGreaterThan(nameFontSize('Too Many Requests'));
		expect(nameFontSize('Too Many Requests')).toBeGreaterThan(nameFontSize('Web Server Returned an Unknown Error'));
	});

	test('the site card names the site and shows the five classes', () => {
		const card = siteCard('status.example', '/og/site.png');
		expect(texts(card.tree)).toEqual(expect.arrayContaining(['HTTP status codes', '1xx', '2xx', '3xx', '4xx', '5xx', 'status.example']));
	});

	test('the text alternative says what the card shows', () => {
		expect(codeCardAlt({ code: 429, name: 'Too Many Requests' })).toBe('429 Too Many Requests, 4xx Client Error: HTTP status codes');
		expect(codeCardAlt({ code: 999, name: 'Request Denied' })).toBe('999 Request Denied: HTTP status codes');
	});
});
