/**
 * `npm run bench`: builds the site and prints, as Markdown tables, the build
 * time, the bytes each page type loads before interaction and on the first
 * search, how long typed queries take to show results once search has loaded,
 * and Lighthouse mobile scores, each against its budget.
 * `npm run bench -- --scale` also times builds of larger generated content sets.
 *
 * Options: --runs N (builds to time, default 3), --lighthouse-runs N (default 1),
 * --no-lighthouse, --scale, --sizes 250,500,900, --json FILE (the raw figures).
 * Chromium: $CHROMIUM_PATH, else /usr/bin/chromium. Figures depend on the machine
 * and its load: compare runs from the same quiet machine.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { BUDGETS, FIRST_SEARCH_QUERIES, FIRST_SEARCH_QUERY, KEYSTROKE_QUERY_FILE, PAGE_TYPES } from '../tests/budgets.ts';
import { builtPages, DIST, gzipSize, inlineStyles, scriptsOf } from '../tests/built-site.ts';
import { firstSearch, loadBeforeInteraction, type Loaded, totals, typedSearches } from '../tests/page-load.ts';
import { run, timeBuild } from './bench/build.ts';
import { CATEGORIES, type LighthouseResult, runLighthouse } from './bench/lighthouse.ts';
import { serveStatic } from './bench/static-server.ts';
import { growth, median } from './bench/stats.ts';
import { contentSet, maxEntries, registryCodes } from './bench/synthetic-content.ts';
import { kb, table, verdict } from './bench/table.ts';

/** Budgets from the issue that are not byte counts. */
const BUILD_SECONDS = 15;
const SCALE_TARGET_ENTRIES = 2000;
const SCALE_TARGET_SECONDS = 180;
/** From the first keystroke to results shown, with Pagefind and the index still to load. */
const FIRST_SEARCH_MS = 300;

const { values: options } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		'lighthouse-runs': { type: 'string', default: '1' },
		'no-lighthouse': { type: 'boolean', default: false },
		scale: { type: 'boolean', default: false },
		sizes: { type: 'string' },
		json: { type: 'string' },
	},
});
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const print = (text = '') => process.stdout.write(`${text}\n`);
const seconds = (value: number) => value.toFixed(1);

interface PageFigures {
	name: string;
	path: string;
	loads: Loaded[];
	html: string;
	scriptGzip: number;
	search: Loaded[];
	searchMs: number;
	lighthouse?: LighthouseResult;
}

async function buildTimes(runs: number): Promise<number[]> {
	const times: number[] = [];
	for (let index = 1; index <= runs; index++) {
		log(`build ${index} of ${runs}`);
		times.push(await timeBuild());
	}
	return times;
}

interface QueryFigures {
	query: string;
	search: Loaded[];
	searchMs: number;
}

/** Keystroke to results for every query of `KEYSTROKE_QUERY_FILE`, typed on the home page after a first search. */
async function measureKeystrokes(browser: Awaited<ReturnType<typeof chromium.launch>>, origin: string): Promise<number[]> {
	const queries = (JSON.parse(await readFile(KEYSTROKE_QUERY_FILE, 'utf8')) as { q: string }[]).map((item) => item.q);
	log(`typing ${queries.length} queries from ${KEYSTROKE_QUERY_FILE}`);
	const context = await browser.newContext({ baseURL: origin });
	const page = await context.newPage();
	await loadBeforeInteraction(page, '/');
	await firstSearch(page, FIRST_SEARCH_QUERY);
	await page.locator('[data-search-input]').fill('');
	const times = await typedSearches(page, queries);
	await context.close();
	return times;
}

async function measurePages(): Promise<{ figures: PageFigures[]; queries: QueryFigures[]; keystrokes: number[] }> {
	const server = await serveStatic(DIST);
	const browser = await chromium.launch({ executablePath: chromePath, args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
	const figures: PageFigures[] = [];
	const queries: QueryFigures[] = [];
	let keystrokes: number[] = [];
	// A fresh context is a cold cache, as for a first visit.
	const visit = async (path: string, query: string) => {
		log(`loading ${path} and searching "${query}"`);
		const context = await browser.newContext({ baseURL: server.origin });
		const page = await context.newPage();
		const load = await loadBeforeInteraction(page, path);
		const search = await firstSearch(page, query);
		await context.close();
		return { ...load, search: search.loads, searchMs: search.ms };
	};
	try {
		for (const { name, path } of PAGE_TYPES) figures.push({ name, path, ...(await visit(path, FIRST_SEARCH_QUERY)) });
		for (const query of FIRST_SEARCH_QUERIES) {
			const { search, searchMs } = await visit('/', query);
			queries.push({ query, search, searchMs });
		}
		keystrokes = await measureKeystrokes(browser, server.origin);
	} finally {
		await browser.close();
		await server.close();
	}
	if (!options['no-lighthouse']) {
		// Lighthouse refuses to audit a page that answers 404, so its server sends the 404 page with 200.
		const lighthouseServer = await serveStatic(DIST, { missingStatus: 200 });
		const runs = Number(options['lighthouse-runs']);
		try {
			for (const figure of figures) {
				log(`Lighthouse ${figure.path} (${runs} run${runs === 1 ? '' : 's'})`);
				figure.lighthouse = await runLighthouse(lighthouseServer.origin + figure.path, chromePath, runs);
			}
		} finally {
			await lighthouseServer.close();
		}
	}
	return { figures, queries, keystrokes };
}

function bytesTable(figures: readonly PageFigures[]): string {
	const pair = (raw: number, gzip: number) => `${kb(raw)} / ${kb(gzip)}`;
	return table(
		['page type', 'path', 'requests', 'HTML', 'of which CSS', 'of which JS', 'CSS files', 'JS files', 'images', 'fonts', 'other', 'total', 'JS before interaction (B gz)'],
		figures.map((figure) => {
			const sum = totals(figure.loads);
			const css = inlineStyles(figure.html).join('');
			const js = scriptsOf(figure.html).inline.join('\n');
			const of = (kind: keyof typeof sum.byKind) => pair(sum.byKind[kind].raw, sum.byKind[kind].gzip);
			return [figure.name, figure.path, sum.requests, of('document'), pair(css.length, gzipSize(css)), pair(js.length, js ? gzipSize(js) : 0), of('css'), of('js'), of('image'), of('font'), of('other'), pair(sum.raw, sum.gzip), figure.scriptGzip];
		}),
	);
}

function searchTable(rows: readonly { label: string; search: Loaded[]; searchMs: number }[], label: string): string {
	const isCode = (loaded: Loaded) => loaded.path.startsWith('/_astro/') || /^\/pagefind\/pagefind[\w.-]*\.js$/.test(loaded.path) || loaded.path.includes('wasm');
	const isVocabulary = (loaded: Loaded) => loaded.path.startsWith('/search-vocabulary/');
	return table(
		[label, 'requests', 'search code', 'index and results table', 'vocabulary', 'total KB gz', 'keystroke to results (ms)'],
		rows.map(({ label, search, searchMs }) => {
			const sum = (filter: (loaded: Loaded) => boolean) => kb(totals(search.filter(filter)).gzip);
			return [label, search.length, sum(isCode), sum((loaded) => !isCode(loaded) && !isVocabulary(loaded)), sum(isVocabulary), kb(totals(search).gzip), Math.round(searchMs)];
		}),
	);
}

function lighthouseTable(figures: readonly PageFigures[]): string {
	return table(
		['page type', ...CATEGORIES, 'LCP ms', 'TBT ms', 'CLS', 'audits not passed'],
		figures.map((figure) => {
			const result = figure.lighthouse!;
			return [figure.name, ...CATEGORIES.map((category) => result.scores[category]), Math.round(result.lcp), Math.round(result.tbt), result.cls.toFixed(3), result.failed.join(', ') || '-'];
		}),
	);
}

/** The value below which `share` of `values` fall (nearest rank). */
function percentile(values: readonly number[], share: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

function keystrokeTable(times: readonly number[]): string {
	return table(
		['queries', 'median (ms)', 'p95 (ms)', 'slowest (ms)'],
		[[times.length, Math.round(median([...times])), Math.round(percentile(times, 0.95)), Math.round(Math.max(...times))]],
	);
}

function budgetTable(buildSeconds: number, figures: readonly PageFigures[], queries: readonly QueryFigures[], keystrokes: readonly number[]): string {
	const worstSearch = Math.max(...[...figures, ...queries].map((item) => totals(item.search).gzip));
	const searchMs = median([...figures, ...queries].map((item) => item.searchMs));
	const worst = (value: (figure: PageFigures) => number) => Math.max(...figures.map(value));
	const rows: [string, string, string, boolean][] = [
		['full build (median)', `≤ ${BUILD_SECONDS} s`, `${seconds(buildSeconds)} s`, buildSeconds <= BUILD_SECONDS],
		['page before interaction, worst page type', `≤ ${kb(BUDGETS.pageGzip)} KB gz`, `${kb(worst((figure) => totals(figure.loads).gzip))} KB`, worst((figure) => totals(figure.loads).gzip) <= BUDGETS.pageGzip],
		['JS before interaction, worst page type', `≤ ${BUDGETS.scriptGzip} B gz`, `${worst((figure) => figure.scriptGzip)} B`, worst((figure) => figure.scriptGzip) <= BUDGETS.scriptGzip],
		['font requests', '0', String(worst((figure) => totals(figure.loads).byKind.font.requests)), worst((figure) => totals(figure.loads).byKind.font.requests) === 0],
		['render-blocking requests besides the HTML', '≤ 1', String(worst((figure) => totals(figure.loads).byKind.css.requests + scriptsOf(figure.html).blocking.length)), worst((figure) => totals(figure.loads).byKind.css.requests + scriptsOf(figure.html).blocking.length) <= 1],
		['first search, worst page type or query', `≤ ${kb(BUDGETS.firstSearchGzip)} KB gz`, `${kb(worstSearch)} KB`, worstSearch <= BUDGETS.firstSearchGzip],
		['first search, keystroke to results, median', `≤ ${FIRST_SEARCH_MS} ms`, `${Math.round(searchMs)} ms`, searchMs <= FIRST_SEARCH_MS],
		['search loaded, keystroke to results, median', `≤ ${BUDGETS.keystrokeMs} ms`, `${Math.round(median([...keystrokes]))} ms`, median([...keystrokes]) <= BUDGETS.keystrokeMs],
	];
	if (figures.every((figure) => figure.lighthouse)) {
		const lowest = Math.min(...figures.flatMap((figure) => CATEGORIES.map((category) => figure.lighthouse!.scores[category])));
		// To the three decimals Lighthouse shows.
		const cls = worst((figure) => figure.lighthouse!.cls).toFixed(3);
		rows.push(['Lighthouse mobile, lowest score of any category', '100', String(lowest), lowest === 100], ['CLS, worst page type', '0', cls, Number(cls) === 0]);
	}
	return table(['budget', 'limit', 'measured', 'met'], rows.map(([name, limit, measured, ok]) => [name, limit, measured, verdict(ok)]));
}

async function scale(sizes: readonly number[]): Promise<{ entries: number; pages: number; seconds: number }[]> {
	const registry = registryCodes();
	const points: { entries: number; pages: number; seconds: number }[] = [];
	const work = await mkdtemp(join(tmpdir(), 'bench-scale-'));
	try {
		for (const size of sizes) {
			const contentDir = join(work, `content-${size}`);
			const outDir = join(work, `dist-${size}`);
			await mkdir(contentDir);
			for (const { fileName, source } of contentSet('content/codes', registry, size)) await writeFile(join(contentDir, fileName), source);
			log(`scale: building ${size} entries`);
			const time = await timeBuild({ outDir, contentDir });
			points.push({ entries: size, pages: builtPages(outDir).length, seconds: time });
			await rm(outDir, { recursive: true, force: true });
		}
	} finally {
		await rm(work, { recursive: true, force: true });
		// The timed builds left the content cache holding a generated set: rebuild it from the real content.
		await run('node_modules/.bin/astro', ['sync', '--force']);
	}
	return points;
}

const buildRuns = await buildTimes(Number(options.runs));
const buildSeconds = median(buildRuns);
const pages = builtPages();
const { figures, queries, keystrokes } = await measurePages();

print('## Build');
print();
print(
	table(
		['builds', 'each (s)', 'median (s)', 'HTML pages', 'of which shortcut redirects'],
		[[buildRuns.length, buildRuns.map(seconds).join(', '), seconds(buildSeconds), pages.length, pages.filter((page) => page.redirect).length]],
	),
);
print();
print('## Before interaction (KB raw / KB gzip level 6; inline CSS and JS are part of the HTML)');
print();
print(bytesTable(figures));
print();
print(`## First search ("${FIRST_SEARCH_QUERY}" typed until its results show, in a fresh browser context; KB gzip, Pagefind's files count as sent)`);
print();
print(searchTable(figures.map((figure) => ({ label: figure.name, ...figure })), 'page type'));
print();
print('## First search by query, on the home page (KB gzip)');
print();
print(searchTable(queries.map((item) => ({ label: `"${item.query}"`, ...item })), 'query'));
print();
print(`## Keystroke to results once search has loaded (${KEYSTROKE_QUERY_FILE} typed on the home page, timed in the page)`);
print();
print(keystrokeTable(keystrokes));
if (!options['no-lighthouse']) {
	print();
	print(`## Lighthouse mobile, simulated throttling (median of ${options['lighthouse-runs']})`);
	print();
	print(lighthouseTable(figures));
}
print();
print('## Budgets');
print();
print(budgetTable(buildSeconds, figures, queries, keystrokes));

let scalePoints: Awaited<ReturnType<typeof scale>> | undefined;
if (options.scale) {
	const largest = maxEntries('content/codes', registryCodes());
	const sizes = (options.sizes ? options.sizes.split(',').map(Number) : [250, 500, largest]).sort((a, b) => a - b);
	scalePoints = await scale(sizes);
	const result = growth(scalePoints);
	print();
	print(`## Scaling (full build of generated content sets; three-digit codes allow at most ${largest} entries)`);
	print();
	print(
		table(
			['entries', 'HTML pages', 'build (s)', 's per entry'],
			scalePoints.map((point, index) => [point.entries, point.pages, seconds(point.seconds), result.perEntry[index].secondsPerEntry.toFixed(3)]),
		),
	);
	const estimate = result.extrapolate(SCALE_TARGET_ENTRIES);
	print();
	print(`Growth no worse than linear (seconds per entry do not rise with size, within 10 % for noise): ${verdict(result.linear)}`);
	print(`${SCALE_TARGET_ENTRIES} entries, extrapolated (the steeper of a straight-line fit and the last step): ${seconds(estimate)} s (budget ${SCALE_TARGET_SECONDS} s): ${verdict(estimate <= SCALE_TARGET_SECONDS)}`);
}

if (options.json) {
	const strip = (loads: Loaded[]) => loads.map(({ body: _body, ...rest }) => rest);
	await writeFile(
		options.json,
		`${JSON.stringify({ date: new Date().toISOString(), buildRuns, pages: pages.length, figures: figures.map((figure) => ({ ...figure, html: undefined, loads: strip(figure.loads), search: strip(figure.search) })), queries: queries.map((item) => ({ ...item, search: strip(item.search) })), keystrokes, scale: scalePoints }, null, '\t')}\n`,
	);
	log(`wrote ${options.json}`);
}
