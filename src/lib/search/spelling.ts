/**
 * Spelling correction against the site's own vocabulary (names, aliases, summaries):
 * Pagefind has no typo tolerance and silently searches `forbiden` as `for`, so a word
 * the site never uses is replaced by the closest word it does use, if one is close.
 */

/** The site's words, most used first, with a set for quick lookups; built once per page. */
export interface Vocabulary {
	words: readonly string[];
	known: ReadonlySet<string>;
}

export function createVocabulary(words: readonly string[]): Vocabulary {
	return { words, known: new Set(words) };
}

export const EMPTY_VOCABULARY: Vocabulary = createVocabulary([]);

/** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length];
}

/** Edits allowed for a word of this length: none for short words, where guesses go wrong. */
function allowedEdits(length: number): number {
	if (length < 4) return 0;
	return length < 7 ? 1 : 2;
}

/** The shortest word a misspelling is corrected to: Pagefind would match a shorter one as the start of many words (`fund` is not `fun`, which finds `function`). */
const MIN_CORRECTION = 4;

/**
 * The closest vocabulary word to `word` with the same first two letters, or `word`
 * itself when it is known, too short to correct, or nothing is close enough.
 * Typos rarely hit the first letters, and the search box loads the vocabulary by a
 * word's first two letters (`vocabulary.ts`): shards other queries loaded before
 * must not change the correction ("weather" is never "whether").
 * The vocabulary is ordered by how often the site uses each word, so on a tie
 * the more common word wins.
 */
export function correctWord(word: string, vocabulary: Vocabulary): string {
	const limit = allowedEdits(word.length);
	if (limit === 0 || vocabulary.known.has(word) || /\d/.test(word)) return word;
	let best = word;
	let bestDistance = limit + 1;
	for (const candidate of vocabulary.words) {
		if (candidate.length < MIN_CORRECTION || candidate.slice(0, 2) !== word.slice(0, 2) || Math.abs(candidate.length - word.length) > limit) continue;
		const distance = editDistance(word, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
			if (distance === 1) break;
		}
	}
	return best;
}

/** The query with every unknown word corrected; lower-cased words joined by spaces. */
export function correctQuery(words: readonly string[], vocabulary: Vocabulary): string {
	return words.map((word) => correctWord(word, vocabulary)).join(' ');
}
