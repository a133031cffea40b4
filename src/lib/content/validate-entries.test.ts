import { describe, expect, test } from 'vitest';
import { BODY_SECTIONS, checkSections, type EntryToValidate, mdxSyntaxError, uncitedNormativeClaims, validateEntries } from './validate-entries';

const body = BODY_SECTIONS.map((section) => `## ${section}\n\n${section === 'In code' ? '```js\nres.sendStatus(200);\n```' : 'Text.'}\n`).join('\n');

function entry(id: string, code: number, related: number[] = []): EntryToValidate {
	return { id, filePath: `content/codes/${id}.mdx`, data: { code, related: related.map((item) => ({ code: item })) }, body };
}

describe('validateEntries', () => {
	test('accepts entries named after their codes whose related codes exist', () => {
		expect(validateEntries([entry('200', 200, [201]), entry('201', 201)])).toEqual([]);
	});

	test('blames a duplicate code on the misnamed file, naming the file it copies', () => {
		const problems = validateEntries([entry('200', 200), entry('201', 200)]);
		expect(problems).toEqual([
			{ filePath: 'content/codes/201.mdx', field: 'code', message: '200 does not match the file name 201' },
			{ filePath: 'content/codes/201.mdx', field: 'code', message: '200 is already described by content/codes/200.mdx' },
		]);
	});

	test('reports related codes without an entry and codes related to themselves', () => {
		const problems = validateEntries([entry('200', 200, [200, 418])]);
		expect(problems.map(({ field, message }) => `${field}: ${message}`)).toEqual([
			'related[0].code: a code cannot be related to itself',
			'related[1].code: 418 has no entry',
		]);
	});

	test('reports an "In code" section without a code block', () => {
		const problems = validateEntries([{ ...entry('200', 200), body: body.replace(/```js\n.*\n```/, 'Text.') }]);
		expect(problems.map(({ field, message }) => `${field}: ${message}`)).toEqual(['body: section "## In code" holds no code block: give at least one example']);
	});

	test('reports malformed MDX in the body with its line in the file', () => {
		// Six sections take 25 lines, then a blank one: `<span>` is body line 27, so line 40 of a file whose body starts on line 14.
		const broken = { ...entry('200', 200), body: `${body}\n<span>never closed\n`, bodyLine: 14 };
		const [problem] = validateEntries([broken]);
		expect(problem.field).toBe('body');
		expect(problem.message).toMatch(/^malformed MDX at line 40, column 1: Expected a closing tag for `<span>`/);
	});
});

describe('mdxSyntaxError', () => {
	test('accepts Markdown, code fences and closed JSX', () => {
		expect(mdxSyntaxError('## Example\n\n```http\nGET / HTTP/1.1\n```\n\n<abbr title="x">X</abbr>\n')).toBeUndefined();
	});

	test('rejects an unclosed expression', () => {
		expect(mdxSyntaxError('Text {oops\n')).toMatch(/^malformed MDX at line 1/);
	});
});

describe('checkSections', () => {
	test('names missing, unknown and out-of-order sections', () => {
		expect(checkSections(['When you receive it', 'What it means', 'Extras'])).toEqual([
			`section "## What it means" is out of order; the order is: ${BODY_SECTIONS.join(', ')}`,
			`unknown section "## Extras"; sections are: ${BODY_SECTIONS.join(', ')}`,
			'missing required section "## When to send it"',
			'missing required section "## Example"',
			'missing required section "## In code"',
			'missing required section "## Specification and history"',
		]);
	});
});

describe('uncitedNormativeClaims', () => {
	test('flags a capitalised keyword without a specification link, not one in code or with a link', () => {
		expect(
			uncitedNormativeClaims([
				'The server MUST send it.',
				'The server [MUST send it](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1).',
				'Call `MUST_FAIL()` here.',
			]),
		).toEqual(['The server MUST send it.']);
	});
});
