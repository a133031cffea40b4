import { describe, expect, test } from 'vitest';
import { arrangeResults, MIN_WORD_SCORE, NEAR_SPAN, nearestKeywords, orderNamed, RELATIVE_CUTOFF, scorePages, shareOfName, TERM_MATCH_SCORE, withoutWeakResults, wordsAnswer } from './rank';

const ids = (ranked: readonly { id: string }[]) => ranked.map((item) => item.id);

describe('scorePages', () => {
	test("adds up each page's scores for the words, so a strong match of a rare word outweighs weak matches of common ones", () => {
		const perWord = [
			[{ id: 'name', score: 40 }, { id: 'prose', score: 3 }],
			[{ id: 'prose', score: 3 }, { id: 'other', score: 2 }],
		];
		expect(ids(scorePages(perWord, []))).toEqual(['name', 'prose', 'other']);
	});

	test('gives the best page a score of 1 and the others their share of it', () => {
		const ranked = scorePages([[{ id: 'a', score: 10 }, { id: 'b', score: 5 }]], []);
		expect(ranked).toEqual([{ id: 'a', score: 1 }, { id: 'b', score: 0.5 }]);
	});

	test('lets pages that hold every word, or the words in the order typed, overtake', () => {
		const perWord = [[{ id: 'one', score: 10 }, { id: 'both', score: 6 }], [{ id: 'both', score: 6 }]];
		expect(ids(scorePages(perWord, [{ id: 'both', score: 8 }]))).toEqual(['both', 'one']);
		expect(ids(scorePages([[{ id: 'a', score: 10 }, { id: 'b', score: 9 }], [{ id: 'a', score: 1 }, { id: 'b', score: 1 }]], [], [{ keywords: 2, results: [{ id: 'b', score: 1 }] }]))).toEqual(['b', 'a']);
	});

	test('lets a page that has the keywords close together, in any order, overtake one that has them apart', () => {
		const perWord = [
			[{ id: 'apart', score: 10, words: [5] }, { id: 'near', score: 8, words: [42] }],
			[{ id: 'apart', score: 10, words: [300] }, { id: 'near', score: 8, words: [40] }],
		];
		expect(ids(scorePages(perWord, [], [], () => 0, perWord))).toEqual(['near', 'apart']);
		expect(ids(scorePages(perWord, []))).toEqual(['apart', 'near']);
	});

	test('counts nearness only for pages the words really found, never for faint matches', () => {
		const perWord = [[{ id: 'a', score: 10, words: [5] }], [{ id: 'a', score: 10, words: [300] }]];
		const faint = [...perWord, [{ id: 'a', score: MIN_WORD_SCORE / 10, words: [6] }, { id: 'unscored', score: 5, words: [1] }]];
		expect(scorePages(perWord, [], [], () => 0, faint)).toEqual([{ id: 'a', score: 1 }]);
	});

	test('favours a page whose whole name the query holds', () => {
		const perWord = [[{ id: '504', score: 10 }, { id: '408', score: 9 }]];
		const names: Record<string, number> = { '408': 1, '504': 0.5 };
		expect(ids(scorePages(perWord, [], [], (id) => names[id]))).toEqual(['408', '504']);
	});
});

describe('withoutWeakResults', () => {
	test('keeps results within the cutoff of the best, comparisons and guide answers within half of it', () => {
		expect(withoutWeakResults([{ score: 1 }, { score: RELATIVE_CUTOFF }, { score: RELATIVE_CUTOFF / 2 }])).toHaveLength(2);
		expect(withoutWeakResults([{ score: 1, type: 'code' }, { score: RELATIVE_CUTOFF / 2, type: 'comparison' }, { score: RELATIVE_CUTOFF / 3, type: 'guide' }])).toHaveLength(2);
	});
});

describe('arrangeResults', () => {
	const hit = (id: string, score: number, type = 'code') => ({ id, score, type });

	test('keeps a code first and moves strong comparisons and guide answers up behind it', () => {
		const ranked = [hit('compare', 1, 'comparison'), hit('307', 0.9), hit('308', 0.9), hit('guide', 0.1, 'guide')];
		expect(ids(arrangeResults([], ranked, 8).shown)).toEqual(['307', 'compare', '308', 'guide']);
	});

	test('puts codes the visitor typed first, and counts every result, not only those shown', () => {
		const ranked = [hit('a', 1), hit('b', 0.8), hit('c', 0.7)];
		const arranged = arrangeResults([hit('429', Number.POSITIVE_INFINITY)], ranked, 2);
		expect(ids(arranged.shown)).toEqual(['429', 'a']);
		expect(arranged.count).toBe(4);
	});

	test('always shows the best comparison and guide answer, after the third code when they score far below the first', () => {
		const ranked = [hit('301', 1), hit('302', 0.9), hit('303', 0.8), hit('307', 0.7), hit('308', 0.6), hit('a', 0.5), hit('b', 0.5), hit('c', 0.5), hit('compare', 0.3, 'comparison'), hit('compare2', 0.3, 'comparison')];
		expect(ids(arrangeResults([], ranked, 8).shown)).toEqual(['301', '302', '303', 'compare', '307', '308', 'a', 'b']);
	});

	test('lets other results lead only when no code matches', () => {
		expect(ids(arrangeResults([], [hit('guide', 1, 'guide')], 8).shown)).toEqual(['guide']);
	});
});

describe('shareOfName', () => {
	const stem = (word: string) => word.replace(/s$/, '');
	test('counts the words of the name the query holds, a word typed as the start of a longer one included, and squares their share', () => {
		expect(shareOfName(['request', 'time'], '408 Request Timeout', stem, new Set())).toBe(1);
		expect(shareOfName(['request', 'time'], '504 Gateway Timeout', stem, new Set())).toBe(0.25);
		expect(shareOfName(['requests'], '429 Too Many Requests', stem, new Set(['too']))).toBe(0.25);
	});
});

describe('nearestKeywords', () => {
	test(`counts the most keywords found within ${NEAR_SPAN} words of each other, in any order`, () => {
		expect(nearestKeywords([[10, 50], [52], [200]])).toBe(2);
		expect(nearestKeywords([[12], [10], [10 + NEAR_SPAN]])).toBe(3);
		expect(nearestKeywords([[10], [11 + NEAR_SPAN]])).toBe(1);
	});

	test('counts a keyword found twice in a row once', () => {
		expect(nearestKeywords([[1, 2, 3], []])).toBe(1);
	});

	test('counts nothing when no keyword was found', () => {
		expect(nearestKeywords([])).toBe(0);
	});
});

describe('wordsAnswer', () => {
	const prose = TERM_MATCH_SCORE / 2;

	test('does not count pages that only have words like a keyword (a score near 0) as holding it', () => {
		const faint = MIN_WORD_SCORE / 10;
		expect(wordsAnswer([[{ id: '500', score: prose }, { id: '206', score: faint }], [{ id: '206', score: prose }]])).toBe(false);
		expect(wordsAnswer([[{ id: '500', score: prose }, { id: '206', score: prose }], [{ id: '206', score: prose }]])).toBe(true);
		expect(wordsAnswer([[{ id: '500', score: prose }], [{ id: '206', score: faint }]])).toBe(false);
	});

	test('takes words that only ever occur apart, in prose, for chance matches', () => {
		expect(wordsAnswer([[{ id: '524', score: prose }], [{ id: '408', score: prose }, { id: '504', score: prose }]])).toBe(false);
	});

	test('answers when some page holds two of the words, or one word names what a page is about', () => {
		expect(wordsAnswer([[{ id: '524', score: prose }], [{ id: '408', score: prose }, { id: '524', score: prose }]])).toBe(true);
		expect(wordsAnswer([[{ id: '103', score: 0 }], [{ id: '401', score: TERM_MATCH_SCORE * 5 }]])).toBe(true);
	});

	test('takes spelling guesses found only in prose for no answer, even together', () => {
		const both = [[{ id: '401', score: prose }], [{ id: '401', score: prose }]];
		expect(wordsAnswer(both, [true, true])).toBe(false);
		expect(wordsAnswer(both, [true, false])).toBe(true);
		expect(wordsAnswer([[{ id: '401', score: TERM_MATCH_SCORE }]], [true])).toBe(true);
	});

	test('leaves a single word, and words that find nothing, to be searched as typed', () => {
		expect(wordsAnswer([[{ id: '206', score: 1 }]])).toBe(true);
		expect(wordsAnswer([[{ id: '206', score: 1 }], []])).toBe(true);
	});
});

describe('orderNamed', () => {
	test('puts the named code that the words describe best first', () => {
		const named = [{ id: '401' }, { id: '403' }];
		expect(ids(orderNamed(named, [{ id: '403', score: 1 }, { id: '401', score: 0.4 }]))).toEqual(['403', '401']);
	});

	test('keeps the order typed when the words tell nothing apart', () => {
		expect(ids(orderNamed([{ id: '504' }, { id: '502' }], []))).toEqual(['504', '502']);
	});
});
