/**
 * The built site in `dist/`, for tests that check files rather than behaviour.
 * They run after `npm run build` (`npm run test:dist`) and fail at once without a build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { builtPages, DIST } from '../built-site';

if (!existsSync(join(DIST, 'index.html'))) {
	throw new Error('dist/ holds no build: run `npm run build` before `npm run test:dist`.');
}

export function distPath(urlPath: string): string {
	return join(DIST, decodeURIComponent(urlPath).replace(/\/$/, '/index.html'));
}

export function readDist(urlPath: string): string {
	return readFileSync(distPath(urlPath), 'utf8');
}

export function existsInDist(urlPath: string): boolean {
	return existsSync(distPath(urlPath));
}

export interface ParsedPage {
	/** The path it is served at: `/codes/429/` for `codes/429/index.html`, `/404.html` for `404.html`. */
	path: string;
	document: HTMLElement;
	/** One of Astro's meta-refresh pages for the `/429` shortcuts. */
	redirect: boolean;
}

/** Every HTML file of the build, parsed. */
const builtHtml: ParsedPage[] = builtPages(DIST).map(({ path, html, redirect }) => ({ path, document: parse(html), redirect }));

/** Astro's meta-refresh pages for the `/429` shortcuts. */
export const redirectPages = builtHtml.filter((page) => page.redirect);

/** The pages people read: everything but the redirect pages. */
export const pages = builtHtml.filter((page) => !page.redirect);

/** The public site URL the build used, read from the home page's canonical link. */
export const site = new URL(pages.find((page) => page.path === '/')!.document.querySelector('link[rel="canonical"]')!.getAttribute('href')!);

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (!signature.every((byte, i) => bytes[i] === byte)) throw new Error('not a PNG file');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
