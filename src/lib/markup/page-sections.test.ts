import { describe, expect, test } from 'vitest';
import { pageSections } from './page-sections';

const body = ['What it means', 'When you receive it', 'When to send it', 'Example', 'In code', 'Specification and history'].map((text) => ({
	depth: 2,
	slug: text.toLowerCase().replaceAll(' ', '-'),
	text,
}));

describe('pageSections', () => {
	test('lists the sections in page order, the optional ones only when shown', () => {
		const sections = pageSections({ headings: body, messages: true, vendors: 'Who sends it', clients: true, related: true, comparisons: true });
		expect(sections.map((section) => section.id)).toEqual([
			'what-you-may-see',
			'vendor-meanings',
			'clients',
			'what-it-means',
			'when-you-receive-it',
			'when-to-send-it',
			'example',
			'in-code',
			'specification-and-history',
			'related-codes',
			'compare-with',
		]);
		expect(sections[1].label).toBe('Who sends it');
		expect(pageSections({ headings: body, messages: false, related: false, comparisons: false }).map((section) => section.id)).toEqual(body.map((heading) => heading.slug));
	});

	test('gives the sections a visitor jumps to a plain short label', () => {
		const short = pageSections({ headings: body, messages: false, related: false, comparisons: false }).filter((section) => section.short);
		expect(short.map((section) => [section.id, section.short])).toEqual([
			['when-you-receive-it', 'Causes and fixes'],
			['example', 'Example'],
			['in-code', 'In code'],
		]);
	});

	test('skips deeper headings', () => {
		const headings = [...body, { depth: 3, slug: 'nginx', text: 'nginx' }];
		expect(pageSections({ headings, messages: false, related: false, comparisons: false }).map((section) => section.id)).toEqual(body.map((heading) => heading.slug));
	});
});
