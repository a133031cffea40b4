import { readFileSync } from 'node:fs';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import type { CodeData } from './schemas/code';
import type { ComparisonData } from './schemas/comparison';
import { validateComparisons } from './lib/compare/comparisons';
import { formatProblems, validateEntries } from './lib/content/validate-entries';

/** Where the entries are: `content/codes/`, or a test's folder named by `CODES_CONTENT_DIR`. */
export const CODES_DIR = process.env.CODES_CONTENT_DIR ?? './content/codes';

/**
 * `content/codes/*.mdx`, one entry per status code number, id = file name.
 * After the glob loader has parsed every entry against the schema, the
 * collection-wide rules run; any problem fails the sync with file and field named.
 */
export function codesLoader(base = CODES_DIR): Loader {
	const files = glob({
		base,
		pattern: '*.mdx',
		generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
	});
	return {
		name: 'codes-loader',
		load: async (context) => {
			await files.load(context);
			const problems = validateEntries(
				context.store.values().map((entry) => ({
					id: entry.id,
					filePath: entry.filePath ?? entry.id,
					data: entry.data as CodeData,
					body: entry.body ?? '',
					bodyLine: entry.filePath ? bodyLine(entry.filePath, entry.body ?? '') : undefined,
				})),
			);
			if (problems.length > 0) {
				throw new Error(`Invalid entries in the codes collection:\n${formatProblems(problems)}`);
			}
		},
	};
}

/**
 * `content/comparisons/*.mdx`, id = file name = the codes joined by hyphens.
 * Whether each code has an entry is checked where both collections are known:
 * the comparison pages and the unit tests.
 */
export function comparisonsLoader(base = './content/comparisons'): Loader {
	const files = glob({ base, pattern: '*.mdx', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
	return {
		name: 'comparisons-loader',
		load: async (context) => {
			await files.load(context);
			const problems = validateComparisons(
				context.store.values().map((entry) => ({
					id: entry.id,
					filePath: entry.filePath ?? entry.id,
					data: entry.data as ComparisonData,
					body: entry.body ?? '',
				})),
			);
			if (problems.length > 0) {
				throw new Error(`Invalid entries in the comparisons collection:\n${formatProblems(problems)}`);
			}
		},
	};

}

/** The line of `filePath` on which `body` starts (the loader hands over the body without its frontmatter). */
function bodyLine(filePath: string, body: string): number | undefined {
	const source = readFileSync(filePath, 'utf8');
	const start = source.indexOf(body);
	return start === -1 ? undefined : source.slice(0, start).split('\n').length;
}
