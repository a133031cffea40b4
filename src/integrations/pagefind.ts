import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { createIndex, close } from 'pagefind';
import { parseWarnCodes, parseWininetErrors, searchRecords } from '../lib/codes/not-status-codes';
import { INDEX_INPUT_URL, type IndexInput, indexedHtml, urlOfFile } from '../lib/search/index-input';
import { type Fragment, parseFragment, resultsTable, SEARCH_RESULTS_URL } from '../lib/search/results';

/**
 * Word positions per index chunk (Pagefind's default is 20,000). A search fetches
 * every chunk that holds one of its words; with the prose indexed, small chunks keep that near 1.5 KB gzip a
 * word instead of about 25 KB. Pagefind 1.6 reads it only from this environment
 * variable, marked unstable, so the version is pinned and `tests/built/search-index.test.ts`
 * fails if chunks grow back.
 */
const INDEX_CHUNK_SIZE = 600;

/**
 * Builds the Pagefind index at the end of `astro build`, so one command produces
 * the site and its search, then the results table from the index's fragments.
 * Pages are handed to Pagefind with what the index alone gets (metadata, filters,
 * search terms: `INDEX_INPUT_URL`), the guide's answers and the numbers of
 * /not-status-codes/ as records of their own; the served files stay as built. Any indexing error fails the build: a site whose
 * search silently lost pages is worse than no deploy.
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
					const pageCount = await addPages(index, site);
					// Each number of /not-status-codes/ is a record of its own, pointing at its anchor, and a result type of its own.
					const tables = [
						parseWarnCodes(await readFile(new URL('src/data/warn-codes.csv', root), 'utf8')),
						parseWininetErrors(await readFile(new URL('src/data/wininet-errors.csv', root), 'utf8')),
					];
					for (const record of searchRecords(tables)) {
						const { errors } = await index.addCustomRecord({ ...record, meta: { ...record.meta, type: 'not-status' } });
						if (errors.length) throw new Error(`Pagefind could not index ${record.url}: ${errors.join('; ')}`);
					}
					const { errors: writeErrors } = await index.writeFiles({ outputPath: `${site}pagefind/` });
					if (writeErrors.length) throw new Error(`Pagefind could not write its files: ${writeErrors.join('; ')}`);
					await writeResultsTable(site);
					logger.info(`Indexed ${pageCount} pages and records in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await close();
				}
			},
		},
	};
}

type Index = NonNullable<Awaited<ReturnType<typeof createIndex>>['index']>;

/** Adds every page that marks what it indexes (`data-pagefind-body`) and the guide's records; returns how many. */
async function addPages(index: Index, site: string): Promise<number> {
	const inputPath = join(site, INDEX_INPUT_URL);
	const input = JSON.parse(await readFile(inputPath, 'utf8')) as IndexInput;
	await rm(inputPath);
	const additions = new Map(input.pages.map((page) => [page.url, page]));
	let count = 0;
	const fail = (url: string, errors: string[]) => {
		if (errors.length) throw new Error(`Pagefind could not index ${url}: ${errors.join('; ')}`);
	};
	for (const file of (await readdir(site, { recursive: true })).filter((name) => name.endsWith('.html')).sort()) {
		const html = await readFile(join(site, file), 'utf8');
		const url = urlOfFile(file);
		const page = additions.get(url);
		if (!html.includes('data-pagefind-body')) {
			if (page) throw new Error(`${url} has search terms but no data-pagefind-body element`);
			continue;
		}
		if (!page) throw new Error(`${url} is indexed (data-pagefind-body) but ${INDEX_INPUT_URL} has nothing for it`);
		additions.delete(url);
		fail(url, (await index.addHTMLFile({ url, content: indexedHtml(html, page) })).errors);
		count += 1;
	}
	if (additions.size > 0) throw new Error(`${INDEX_INPUT_URL} names pages that were not built: ${[...additions.keys()].join(', ')}`);
	for (const record of input.records) {
		fail(record.url, (await index.addCustomRecord({ ...record, language: 'en' })).errors);
		count += 1;
	}
	if (count === 0) throw new Error('Pagefind found no pages to index');
	return count;
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
