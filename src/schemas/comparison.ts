/**
 * The schema of one `comparisons` entry: a page that sets codes side by side.
 * The table rows come from the code entries; this file only says which codes,
 * which rows, and the words around them.
 */
import { z } from 'astro/zod';
import { COMPARISON_PROPERTY_KEYS } from '../lib/compare/comparison-table';
import { typeset } from '../lib/content/typography';

/** Text shown to readers: written with straight quotes, served with typographic ones (as the MDX prose is). */
const text = z.string().trim().min(1, { error: 'must not be empty' }).transform(typeset);

export const comparisonSchema = z.strictObject({
	/** The choice in a few words, after the codes in the title: `not logged in, not allowed, or not there`. */
	title: text,
	/** One sentence for the index and the meta description. */
	summary: z.string().trim().min(1, { error: 'must not be empty' }).max(160, { error: 'must be at most 160 characters (one sentence)' }).transform(typeset),
	/** The codes, in column order; the file is named after them (`401-403-404.mdx`). Each must have an entry. */
	codes: z
		.array(z.number().int().min(100).max(999))
		.min(2, { error: 'a comparison needs at least two codes' })
		.refine((codes) => new Set(codes).size === codes.length, { error: 'lists a code twice' }),
	/** The table rows, in order; see `COMPARISON_PROPERTIES` in `src/lib/compare/comparison-table.ts`. */
	properties: z
		.array(z.enum(COMPARISON_PROPERTY_KEYS, { error: `must be one of ${COMPARISON_PROPERTY_KEYS.join(', ')}` }))
		.min(1)
		.refine((properties) => new Set(properties).size === properties.length, { error: 'lists a property twice' }),
	/** The rule of thumb: one or two sentences a reader can remember. */
	ruleOfThumb: text,
});

export type ComparisonData = z.output<typeof comparisonSchema>;
