/**
 * The words the index holds (names, search terms, prose, comparisons, guide answers),
 * most frequent first, for the search box: a word in it is searched as it is, a word
 * close to one is corrected (`spelling.ts`), any other is not searched at all
 * (`search/words.ts`). Served in shards by first two letters (`shardOf`), so a search
 * fetches only the shards of the words typed.
 */
import { queryWords } from './query';
import { correctWord, type Vocabulary } from './spelling';

/** Single letters and numbers are never looked up. */
const MIN_LENGTH = 2;

/** Whether `word` can be in the vocabulary at all; the search box looks up no other word. */
export function isVocabularyWord(word: string): boolean {
	return word.length >= MIN_LENGTH && /\p{L}/u.test(word);
}

/** Hyphenated words and qualified names, which Pagefind also indexes joined: `Content-Type` → `contenttype`, `HttpStatus.NO_CONTENT` → `httpstatusno_content`. */
function compounds(text: string): string[] {
	return (text.match(/[\p{L}\p{N}_]+(?:(?:-|\.|::|->)[\p{L}\p{N}_]+)+/gu) ?? []).map((word) => word.toLowerCase().replace(/-|\.|::|->/g, ''));
}

export function buildVocabulary(texts: readonly string[]): string[] {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of [...queryWords(text), ...compounds(text)]) {
			if (isVocabularyWord(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/** A code's names (its own, former and vendors' names) and aliases. */
export interface AliasedEntry {
	names: readonly string[];
	aliases: readonly string[];
}

/**
 * The deliberate misspellings of a code's names among its aliases ("gateway timout" on
 * 504 Gateway Timeout): words found in no other text that spelling correction, given all
 * the other words (`others`), turns into a word of that code's names. Left out of the
 * vocabulary, they are corrected in a query rather than searched as typed, and so find
 * every code the right word names: "request timout" is 408 Request Timeout's, not only
 * 504's, which alone has the misspelling. Pagefind still indexes them.
 */
export function misspelledNames(entries: readonly AliasedEntry[], others: Vocabulary): Set<string> {
	const misspelled = new Set<string>();
	for (const { names, aliases } of entries) {
		const nameWords = new Set(names.flatMap(queryWords));
		for (const word of aliases.flatMap(queryWords)) {
			if (!others.known.has(word) && nameWords.has(correctWord(word, others))) misspelled.add(word);
		}
	}
	return misspelled;
}

/**
 * The shard a word is in: its first two characters when they are a to z or digits
 * (`re` for `request`), its first letter before anything else, `_` for a word that starts
 * with anything but a to z; a safe file name either way. Small shards keep a pasted line
 * of ten words to a few KB; spelling correction therefore keeps a word's first two letters.
 */
export function shardOf(word: string): string {
	if (!/^[a-z]/.test(word)) return '_';
	return /^[a-z][a-z0-9]/.test(word) ? word.slice(0, 2) : word[0];
}

/**
 * Every key `shardOf` can return: a file is written for each, empty when no word has
 * it, so the search box never asks for a file that does not exist.
 */
export function allShardKeys(): string[] {
	const letters = 'abcdefghijklmnopqrstuvwxyz';
	return ['_', ...[...letters].flatMap((first) => [first, ...[...`${letters}0123456789`].map((second) => first + second)])];
}

/** The vocabulary cut into shards by `shardOf`, each keeping the order of use. */
export function vocabularyShards(words: readonly string[]): Map<string, string[]> {
	const shards = new Map<string, string[]>();
	for (const word of words) {
		const key = shardOf(word);
		if (!shards.has(key)) shards.set(key, []);
		shards.get(key)!.push(word);
	}
	return shards;
}

/** Every string in a value, however deeply nested (an entry's front matter), links left out. */
export function textsOf(value: unknown): string[] {
	if (typeof value === 'string') return /^https?:\/\//.test(value) ? [] : [value];
	if (Array.isArray(value)) return value.flatMap(textsOf);
	if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
	return [];
}
