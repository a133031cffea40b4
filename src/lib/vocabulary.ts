/**
 * The words the site uses, most frequent first, for spelling correction in the
 * search box. Built once at build time and fetched with the search code.
 */
import { queryWords } from './search-query';

/** Shorter words are never corrected, so they need not be shipped. */
const MIN_LENGTH = 4;

export function buildVocabulary(texts: readonly string[]): string[] {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of queryWords(text)) {
			if (word.length >= MIN_LENGTH && !/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}
