/**
 * The one door to the `codes` collection for pages: entries in code order, read
 * once per build. Pure helpers over entry data live in `codes.ts`.
 */
import { type CollectionEntry, getCollection } from 'astro:content';

export type CodeEntry = CollectionEntry<'codes'>;

let cached: Promise<CodeEntry[]> | undefined;

export function getCodes(): Promise<CodeEntry[]> {
	cached ??= getCollection('codes').then((entries) => entries.sort((a, b) => a.data.code - b.data.code));
	return cached;
}
