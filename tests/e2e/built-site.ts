/**
 * The built site in `dist/`: its pages and one of each kind. The tests reach it
 * through the server of `playwright.config.ts`, the Cloudflare Pages runtime.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = 'dist';

export interface BuiltPage {
	/** Path inside `dist/`, e.g. `codes/429/index.html`. */
	file: string;
	/** Its URL path, e.g. `/codes/429/`; `/404.html` for the not-found page, which no URL of its own serves (`servedAt`). */
	path: string;
}

export function builtPages(): BuiltPage[] {
	return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort()
		.map((file) => ({ file, path: `/${file.replace(/(^|\/)index\.html$/, '$1')}` }));
}

export const readPage = (page: BuiltPage): string => readFileSync(join(DIST, page.file), 'utf8');

/** A code with no entry, so its URL gets the not-found page. */
export const MISSING_CODE_PATH = '/codes/477/';

/**
 * Where the host serves a built page: at its path, except the not-found page, which
 * answers any missing address (Pages redirects `/404.html` to `/404`, and `_redirects`
 * sends that on to `/codes/404/`).
 */
export function servedAt(path: string): string {
	return path === '/404.html' ? MISSING_CODE_PATH : path;
}

/**
 * One URL of every kind of page: the ones named here (a registered and an
 * unofficial code, a class, the not-found page) plus the first built page of
 * each URL shape (digits folded), so a new kind of page is covered without
 * editing this list.
 */
export function pageTypes(): string[] {
	const named = ['/', '/codes/429/', '/codes/499/', '/codes/4xx/', '/codes/unofficial/', MISSING_CODE_PATH];
	const byShape = new Map<string, string>();
	for (const { path } of builtPages()) {
		// The not-found page itself, reached above through a missing code.
		if (path === '/404.html') continue;
		const shape = path.replace(/\d+/g, 'N');
		if (!byShape.has(shape)) byShape.set(shape, path);
	}
	return [...new Set([...named, ...byShape.values()])];
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/**
 * What an internal link to `pathname` reaches in `dist/`, read from the files alone:
 * a file (`/codes/429/` → `codes/429/index.html`, `/codes.json`), a folder named
 * without its slash (which a host redirects, so a link should not), or nothing.
 */
export function resolveBuiltPath(pathname: string): { file: string } | { redirect: string } | undefined {
	let path: string;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	if (!path.startsWith('/') || path.split('/').includes('..')) return undefined;
	if (path.endsWith('/')) return isFile(join(DIST, path, 'index.html')) ? { file: join(DIST, path, 'index.html') } : undefined;
	if (isFile(join(DIST, path))) return { file: join(DIST, path) };
	if (isFile(join(DIST, path, 'index.html'))) return { redirect: `${pathname}/` };
	return undefined;
}

export { expect, test } from '@playwright/test';
