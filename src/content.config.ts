/**
 * The `codes` collection: one MDX file per status code number in `content/codes/`,
 * validated by `codeSchema` and then by the collection-wide rules in the loader.
 */
import { defineCollection } from 'astro:content';
import { codesLoader } from './loaders';
import { codeSchema } from './schemas/code';

export const collections = {
	codes: defineCollection({ loader: codesLoader(), schema: codeSchema }),
};
