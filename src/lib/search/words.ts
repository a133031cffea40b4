/**
 * Whether the site knows a word, judged against its vocabulary (every word the index
 * holds). Pagefind has no notion of an unknown word: it searches `asdfqwerzxcv` as the
 * longest indexed word that starts it, and finds pages. A word the site does not use
 * is therefore never sent to Pagefind, and a query made mostly of such words has no
 * answer.
 */
import type { Vocabulary } from './spelling';

/** Endings Pagefind's stemmer also drops, so `throttled` is known when the site says `throttling`. */
const ENDINGS = /(?:ations?|ings?|ed|es|er|ers|ly|s)$/;

/** The shortest stem that is still judged by the words it starts. */
const MIN_STEM = 4;

export function stem(word: string): string {
	const stemmed = word.replace(ENDINGS, '');
	return stemmed.length >= MIN_STEM ? stemmed : word;
}

export type WordStatus = 'known' | 'prefix' | 'unknown';

/**
 * `known`: the site uses the word, or another form of it. `prefix`: the word begins a
 * word the site uses, which counts only for the word being typed. `unknown`: neither.
 * Only the vocabulary's shard of the word (its first two letters) needs to be loaded.
 */
export function wordStatus(word: string, vocabulary: Vocabulary): WordStatus {
	if (vocabulary.known.has(word)) return 'known';
	const root = stem(word);
	let prefix = false;
	for (const candidate of vocabulary.words) {
		if (candidate[0] !== word[0]) continue;
		if (root !== word && candidate.startsWith(root) && candidate.length - root.length <= 4) return 'known';
		if (candidate.startsWith(word)) prefix = true;
	}
	return prefix ? 'prefix' : 'unknown';
}
