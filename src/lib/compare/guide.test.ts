import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../content/content-files';
import { uncitedNormativeClaims } from '../content/validate-entries';
import { GUIDE, GUIDE_START_ID, type GuideQuestion, guideLeaves, isResult, joinPath, parentPath, stepId } from './guide';

const existingCodes = new Set(readContentFiles('content/codes').map((file) => Number(file.id)));

/** Every question in the tree with its path. */
function questions(question: GuideQuestion = GUIDE, path = ''): { path: string; question: GuideQuestion }[] {
	return [{ path, question }, ...question.answers.flatMap((answer) => (isResult(answer.next) ? [] : questions(answer.next, joinPath(path, answer.id))))];
}

describe('the decision guide', () => {
	test('every path ends at a code that has its own page', () => {
		const leaves = guideLeaves();
		expect(leaves.length).toBeGreaterThan(20);
		expect(leaves.filter((leaf) => !existingCodes.has(leaf.code)).map((leaf) => `${leaf.path} → ${leaf.code}`)).toEqual([]);
	});

	test('reaches every code the questions are meant to cover', () => {
		const reached = new Set(guideLeaves().map((leaf) => leaf.code));
		const expected = [
			200, 201, 202, 204, 206, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 421, 422, 426, 428,
			429, 431, 451, 500, 501, 502, 503, 504, 505, 507, 511,
		];
		expect(expected.filter((code) => !reached.has(code))).toEqual([]);
	});

	test('gives each answer an id that is unique among its siblings and usable in a URL fragment', () => {
		for (const { path, question } of questions()) {
			const ids = question.answers.map((answer) => answer.id);
			expect(new Set(ids).size, `answers of "${path}"`).toBe(ids.length);
			for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
		}
	});

	test('gives the first question an id that no other step has', () => {
		const paths = [...questions().map(({ path }) => path), ...guideLeaves().map((leaf) => leaf.path)].filter((path) => path !== '');
		expect(paths).not.toContain(GUIDE_START_ID);
	});

	test('offers at least two answers to every question', () => {
		for (const { path, question } of questions()) expect(question.answers.length, `question at "${path}"`).toBeGreaterThan(1);
	});

	test('makes no normative claim it cannot cite (its text has no links)', () => {
		const texts = questions().flatMap(({ question }) => [question.question, ...question.answers.map((answer) => answer.label)]);
		const whys = guideLeaves().map((leaf) => leaf.why);
		expect(uncitedNormativeClaims([...texts, ...whys])).toEqual([]);
	});
});

describe('joinPath', () => {
	test('joins answer ids with dots, starting from the empty path', () => {
		expect(joinPath('', 'client')).toBe('client');
		expect(joinPath('client.auth', 'missing')).toBe('client.auth.missing');
	});
});

describe('parentPath', () => {
	test('drops the last answer id, down to the empty path of the first question', () => {
		expect(parentPath('client.auth.missing')).toBe('client.auth');
		expect(parentPath('client')).toBe('');
	});
});

describe('stepId', () => {
	test('is the path, or the start id for the first question', () => {
		expect(stepId('client.auth')).toBe('client.auth');
		expect(stepId('')).toBe(GUIDE_START_ID);
	});
});

describe('guideLeaves', () => {
	test('lists each route with its full path', () => {
		const leaves = guideLeaves();
		expect(leaves.find((leaf) => leaf.path === 'client.auth.missing')?.code).toBe(401);
		expect(leaves.find((leaf) => leaf.path === 'elsewhere.moved.permanent.keep')?.code).toBe(308);
		expect(leaves.find((leaf) => leaf.path === 'client.auth.blocked')?.code).toBe(403);
		expect(leaves.find((leaf) => leaf.path === 'server.gateway.not-called')?.code).toBe(503);
		expect(new Set(leaves.map((leaf) => leaf.path)).size).toBe(leaves.length);
	});

	test('carries the questions asked and the answers chosen on the way', () => {
		const leaf = guideLeaves().find((item) => item.path === 'client.auth.missing')!;
		expect(leaf.questions).toEqual(['How did the request turn out?', 'What is wrong with the request?', 'Does it carry valid credentials?']);
		expect(leaf.answers).toEqual(['It failed because of the request', 'Who sent it: credentials or permissions', 'No: they are missing, expired or wrong']);
	});
});
