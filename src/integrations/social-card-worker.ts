/**
 * Renders social cards off the build's main thread: Satori lays out the element
 * tree into an SVG with the text as paths, resvg rasterises it, and the pixels
 * are written as a palette PNG. Loaded by Node itself (not Vite), hence the `.ts`
 * extension in the import below.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import satori, { type Font } from 'satori';
import { encodeIndexedPng } from '../lib/images/png.ts';

export interface CardJob {
	id: number;
	tree: unknown;
}

export interface CardResult {
	id: number;
	png?: Uint8Array;
	error?: string;
}

export interface WorkerSetup {
	width: number;
	height: number;
	fonts: { name: string; weight: Font['weight']; path: string }[];
}

const setup = workerData as WorkerSetup;
const fonts: Font[] = setup.fonts.map(({ name, weight, path }) => ({ name, weight, style: 'normal', data: readFileSync(path) }));

async function render(tree: unknown): Promise<Uint8Array> {
	const svg = await satori(tree as Parameters<typeof satori>[0], { width: setup.width, height: setup.height, fonts });
	// Only the bundled fonts: the same card on every machine, whatever fonts it has installed.
	const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
	return encodeIndexedPng(image.pixels, image.width, image.height) ?? image.asPng();
}

parentPort!.on('message', async ({ id, tree }: CardJob) => {
	let result: CardResult;
	try {
		result = { id, png: await render(tree) };
	} catch (error) {
		result = { id, error: error instanceof Error ? error.stack : String(error) };
	}
	parentPort!.postMessage(result);
});
