import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readContentFiles } from '../lib/content/content-files';
import { CARD_HEIGHT, CARD_WIDTH, codeCard, siteCard, type SocialCard } from '../lib/images/social-card';
import { SITE_CARD_URL, socialCardUrl } from '../lib/seo/urls';
import { CODES_DIR } from '../loaders';
import { codeSchema } from '../schemas/code';
import type { CardJob, CardResult, WorkerSetup } from './social-card-worker';

const require = createRequire(import.meta.url);
const WORKER = new URL('./social-card-worker.ts', import.meta.url);
const FONTS: WorkerSetup['fonts'] = [
	{ name: 'Inter', weight: 400, path: require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff') },
	{ name: 'Inter', weight: 700, path: require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff') },
];

interface Rendered {
	pngs: Map<string, Uint8Array>;
	fromCache: number;
	milliseconds: number;
}

/**
 * Renders a social card PNG for every code and one for the other pages, from
 * the content itself. Rendering starts with the build, in worker threads, so it
 * overlaps Astro's own work instead of adding to it; cards are cached by a hash
 * of their content and of the renderer, so an unchanged card is never redrawn.
 * The files are written into the output when the build is done.
 */
export function socialCards(): AstroIntegration {
	let root: URL;
	let cacheDir: URL;
	let site: URL | undefined;
	let rendering: Promise<Rendered> | undefined;
	return {
		name: 'social-cards',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
				cacheDir = new URL('social-cards/', config.cacheDir);
				site = config.site ? new URL(config.site) : undefined;
			},
			'astro:build:start': () => {
				rendering = renderCards(cardsFromContent(root, site?.host), cacheDir);
				// Awaited in build:done; this only keeps a rendering failure from counting as unhandled before then.
				rendering.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const waited = performance.now();
				const { pngs, fromCache, milliseconds } = await rendering!;
				for (const [url, png] of pngs) {
					const file = new URL(`.${url}`, dir);
					await mkdir(new URL('.', file), { recursive: true });
					await writeFile(file, png);
				}
				const bytes = [...pngs.values()].reduce((sum, png) => sum + png.length, 0);
				logger.info(
					`${pngs.size} social cards (${pngs.size - fromCache} rendered, ${fromCache} from cache, ${Math.round(bytes / pngs.size / 1024)} KB each on average) ` +
						`in ${Math.round(milliseconds)} ms; the build waited ${Math.round(performance.now() - waited)} ms for them at the end`,
				);
			},
		},
	};
}

/** One card per entry plus the site card; entries the schema rejects are left to the content sync to report. */
function cardsFromContent(root: URL, host: string | undefined): SocialCard[] {
	const files = readContentFiles(fileURLToPath(new URL(CODES_DIR, root)), fileURLToPath(root));
	const codes = files.flatMap((file) => {
		const parsed = codeSchema.safeParse(file.frontmatter);
		return parsed.success ? [codeCard(parsed.data, host, socialCardUrl(parsed.data.code))] : [];
	});
	return [siteCard(host, SITE_CARD_URL), ...codes];
}

async function renderCards(cards: SocialCard[], cacheDir: URL): Promise<Rendered> {
	const started = performance.now();
	const renderer = await rendererFingerprint();
	const keys = cards.map((card) => createHash('sha256').update(renderer).update(JSON.stringify(card.tree)).digest('hex').slice(0, 32));
	const cached = await Promise.all(keys.map((key) => readFile(new URL(`${key}.png`, cacheDir)).catch(() => undefined)));
	const missing = cards.flatMap((card, i) => (cached[i] ? [] : [i]));
	const drawn = await renderInWorkers(missing.map((i) => cards[i].tree));

	await mkdir(cacheDir, { recursive: true });
	await Promise.all(missing.map((i, n) => writeFile(new URL(`${keys[i]}.png`, cacheDir), drawn[n])));
	// Cards of removed or changed entries would pile up otherwise.
	const current = new Set(keys.map((key) => `${key}.png`));
	await Promise.all((await readdir(cacheDir)).filter((name) => !current.has(name)).map((name) => rm(new URL(name, cacheDir))));

	const pngs = new Map(cards.map((card, i) => [card.url, cached[i] ?? drawn[missing.indexOf(i)]]));
	return { pngs, fromCache: cards.length - missing.length, milliseconds: performance.now() - started };
}

/** Anything that changes how a card looks besides its tree: renderer versions, fonts and the rendering code. */
async function rendererFingerprint(): Promise<Buffer> {
	const hash = createHash('sha256');
	for (const pkg of ['satori/package.json', '@resvg/resvg-js/package.json']) hash.update(JSON.parse(await readFile(require.resolve(pkg), 'utf8')).version);
	for (const file of [...FONTS.map((font) => font.path), WORKER, new URL('../lib/images/png.ts', import.meta.url)]) hash.update(await readFile(file));
	return hash.digest();
}

/** Spreads the trees over worker threads, leaving one core to the build itself. */
async function renderInWorkers(trees: unknown[]): Promise<Uint8Array[]> {
	const results: Uint8Array[] = [];
	const threads = Math.min(trees.length, Math.max(1, Math.min(4, availableParallelism() - 1)));
	const setup: WorkerSetup = { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: FONTS };
	let next = 0;
	await Promise.all(
		Array.from({ length: threads }, () => {
			const worker = new Worker(WORKER, { workerData: setup });
			return new Promise<void>((resolve, reject) => {
				const feed = () => {
					if (next === trees.length) {
						void worker.terminate();
						resolve();
						return;
					}
					const job: CardJob = { id: next, tree: trees[next++] };
					worker.postMessage(job);
				};
				worker.on('message', ({ id, png, error }: CardResult) => {
					if (!png) {
						void worker.terminate();
						reject(new Error(`Social card ${id} could not be rendered: ${error}`));
						return;
					}
					results[id] = png;
					feed();
				});
				worker.on('error', reject);
				feed();
			});
		}),
	);
	return results;
}
