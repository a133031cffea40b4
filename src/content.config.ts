/**
 * The `codes` collection: one MDX file per status code number in `content/codes/`,
 * validated by `codeSchema` and then by the collection-wide rules in the loader.
 * The `comparisons` collection: pages that set confusable codes side by side.
 *
 * Astro keeps parsed entries in `node_modules/.astro/data-store.json` and re-parses
 * them only when an entry or this file changes, not when a schema it imports does:
 * after changing a schema (a new field with a default, say), edit this file or
 * delete that store, or unchanged entries keep their old shape.
 */
import { defineCollection } from 'astro:content';
import { codesLoader, comparisonsLoader } from './loaders';
import { codeSchema } from './schemas/code';
import { comparisonSchema } from './schemas/comparison';

export const collections = {
	codes: defineCollection({ loader: codesLoader(), schema: codeSchema }),
	comparisons: defineCollection({ loader: comparisonsLoader(), schema: comparisonSchema }),
};
