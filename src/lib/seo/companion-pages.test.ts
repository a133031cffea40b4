import { describe, expect, test } from 'vitest';
import { allMessagesLinkText, hasMessagesPage, inCodeLinkText, inCodePageDescription, inCodeSummary, messagesPageDescription, SHOWN_MESSAGES } from './companion-pages';

const messages = (count: number) => Array.from({ length: count }, (_, index) => index);

describe('hasMessagesPage', () => {
	test('when the code page cannot show every message', () => {
		expect(hasMessagesPage({ messages: messages(SHOWN_MESSAGES), subStatuses: [] })).toBe(false);
		expect(hasMessagesPage({ messages: messages(SHOWN_MESSAGES + 1), subStatuses: [] })).toBe(true);
	});

	test('when the code has sub-statuses, whose causes and fixes only that page has', () => {
		expect(hasMessagesPage({ messages: [], subStatuses: [1] })).toBe(true);
	});
});

describe('inCodeSummary', () => {
	test('reads the languages of the examples and counts the frameworks that raise or return the code', () => {
		const summary = inCodeSummary(404, '## In code\n\n```python\nabort(404)\n```\n\n```go\nhttp.NotFound(w, r)\n```\n');
		expect(summary.languages).toEqual(['python', 'go']);
		expect(summary.frameworks).toBeGreaterThan(5);
	});
});

describe('inCodeLinkText', () => {
	test('names the languages of the examples and how many frameworks raise the code', () => {
		expect(inCodeLinkText({ code: 502, languages: ['js', 'python', 'go', 'java'], frameworks: 8 })).toBe(
			'Examples in JavaScript, Python, Go and Java, and what raises or returns 502 by default in 8 frameworks',
		);
	});

	test('leaves out what the page does not have', () => {
		expect(inCodeLinkText({ code: 226, languages: ['js', 'go'], frameworks: 0 })).toBe('Examples in JavaScript and Go');
		expect(inCodeLinkText({ code: 404, languages: [], frameworks: 1 })).toBe('What raises or returns 404 by default in 1 framework');
	});
});

describe('descriptions', () => {
	test('of a messages page count what it lists', () => {
		expect(messagesPageDescription(500, { messages: messages(26), subStatuses: [1, 2] })).toBe(
			'26 messages that software prints, logs or returns with status 500, with where each appears and its source; 2 IIS and ASP.NET Core sub-status codes, with meaning, cause and fix.',
		);
		expect(messagesPageDescription(403, { messages: [], subStatuses: [1] })).toBe('1 IIS and ASP.NET Core sub-status code, with meaning, cause and fix.');
	});

	test('of an "in code" page say what it has, constants included', () => {
		expect(inCodePageDescription({ code: 502, languages: ['js'], frameworks: 2 })).toBe(
			'Examples in JavaScript; what raises or returns 502 by default in 2 frameworks; the constants frameworks name 502 by.',
		);
	});
});

describe('allMessagesLinkText', () => {
	test('counts the messages', () => {
		expect(allMessagesLinkText(26)).toBe('All 26 messages, with where each appears');
	});
});
