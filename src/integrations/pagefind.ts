import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { createIndex, close } from 'pagefind';
import { parseWarnCodes, parseWininetErrors, searchRecords } from '../lib/not-status-codes';
import { type Fragment, parseFragment, resultsTable, SEARCH_RESULTS_URL } from '../lib/search-results';

/**
 * Word positions per index chunk (Pagefind's default is 20,000). A search fetches
 * every chunk that holds one of its words; small chunks keep that near 2 KB gzip a
 * word instead of about 25 KB. Pagefind 1.6 reads it only from this environment
 * variable, marked unstable, so the version is pinned and `tests/built/search-index.test.ts`
 * fails if chunks grow back.
 */
const INDEX_CHUNK_SIZE = 2000;

/**
 * Builds the Pagefind index at the end of `astro build`, so one command produces
 * the site and its search, then the results table from the index's fragments.
 * Any indexing error fails the build: a site whose search silently lost pages is
 * worse than no deploy.
 */
export function pagefind(): AstroIntegration {
	let root: URL;
	return {
		name: 'pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const site = fileURLToPath(dir);
				process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
				try {
					const { index, errors: createErrors } = await createIndex({});
					if (!index) throw new Error(`Pagefind could not create an index: ${createErrors.join('; ')}`);
					const { errors: addErrors, page_count } = await index.addDirectory({ path: site });
					if (addErrors.length) throw new Error(`Pagefind indexing failed: ${addErrors.join('; ')}`);
					if (page_count === 0) throw new Error('Pagefind found no pages to index');
					// Each number of /not-status-codes/ is a record of its own, pointing at its anchor.
					const tables = [
						parseWarnCodes(await readFile(new URL('src/data/warn-codes.csv', root), 'utf8')),
						parseWininetErrors(await readFile(new URL('src/data/wininet-errors.csv', root), 'utf8')),
					];
					for (const record of searchRecords(tables)) {
						const { errors } = await index.addCustomRecord(record);
						if (errors.length) throw new Error(`Pagefind could not index ${record.url}: ${errors.join('; ')}`);
					}
					const { errors: writeErrors } = await index.writeFiles({ outputPath: `${site}pagefind/` });
					if (writeErrors.length) throw new Error(`Pagefind could not write its files: ${writeErrors.join('; ')}`);
					await writeResultsTable(site);
					logger.info(`Indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await close();
				}
			},
		},
	};
}

async function writeResultsTable(site: string): Promise<void> {
	const dir = join(site, 'pagefind', 'fragment');
	const fragments = new Map<string, Fragment>();
	for (const file of await readdir(dir)) {
		const path = join(dir, file);
		fragments.set(file.replace(/\.pf_fragment$/, ''), parseFragment(gunzipSync(await readFile(path)).toString('utf8'), path));
	}
	await writeFile(join(site, SEARCH_RESULTS_URL), JSON.stringify(resultsTable(fragments)));
}
