/**
 * The `codes` collection: one MDX file per status code number in `content/codes/`,
 * validated by `codeSchema` and then by the collection-wide rules in the loader.
 * The `comparisons` collection: pages that set confusable codes side by side.
 */
import { defineCollection } from 'astro:content';
import { codesLoader, comparisonsLoader } from './loaders';
import { codeSchema } from './schemas/code';
import { comparisonSchema } from './schemas/comparison';

export const collections = {
	codes: defineCollection({ loader: codesLoader(), schema: codeSchema }),
	comparisons: defineCollection({ loader: comparisonsLoader(), schema: comparisonSchema }),
};
