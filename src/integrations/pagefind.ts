import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

/**
 * Builds the Pagefind index at the end of `astro build`, so one command produces
 * the site and its search. Any indexing error fails the build: a site whose search
 * silently lost pages is worse than no deploy.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const site = fileURLToPath(dir);
				try {
					const { index, errors: createErrors } = await createIndex({});
					if (!index) throw new Error(`Pagefind could not create an index: ${createErrors.join('; ')}`);
					const { errors: addErrors, page_count } = await index.addDirectory({ path: site });
					if (addErrors.length) throw new Error(`Pagefind indexing failed: ${addErrors.join('; ')}`);
					if (page_count === 0) throw new Error('Pagefind found no pages to index');
					const { errors: writeErrors } = await index.writeFiles({ outputPath: `${site}pagefind/` });
					if (writeErrors.length) throw new Error(`Pagefind could not write its files: ${writeErrors.join('; ')}`);
					logger.info(`Indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await close();
				}
			},
		},
	};
}
