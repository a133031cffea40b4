/**
 * The one door to the `codes` and `comparisons` collections for pages: entries in
 * code order, read once per build. Pure helpers over entry data live in `codes.ts`
 * and `comparisons.ts`.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { missingCodes } from '../compare/comparisons';

export type CodeEntry = CollectionEntry<'codes'>;

let cached: Promise<CodeEntry[]> | undefined;

export function getCodes(): Promise<CodeEntry[]> {
	cached ??= getCollection('codes').then((entries) => entries.sort((a, b) => a.data.code - b.data.code));
	return cached;
}

export type ComparisonEntry = CollectionEntry<'comparisons'>;

let comparisons: Promise<ComparisonEntry[]> | undefined;

/** Comparisons ordered by their first code; fails the build if one names a code without an entry. */
export function getComparisons(): Promise<ComparisonEntry[]> {
	comparisons ??= Promise.all([getCollection('comparisons'), getCodes()]).then(([entries, codes]) => {
		const existing = new Set(codes.map((entry) => entry.data.code));
		for (const entry of entries) {
			const missing = missingCodes(entry.data.codes, existing);
			if (missing.length > 0) throw new Error(`${entry.filePath}: codes: ${missing.join(', ')} has no entry in content/codes`);
		}
		return entries.sort((a, b) => a.data.codes[0] - b.data.codes[0] || a.id.localeCompare(b.id));
	});
	return comparisons;
}
