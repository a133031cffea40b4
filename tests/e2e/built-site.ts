/** The built site in `dist/`: its pages, one of each kind, and a static host serving it with its `_headers`. */
import { test as base } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticHost } from '../static-host';

export const DIST = 'dist';

export interface BuiltPage {
	/** Path inside `dist/`, e.g. `codes/429/index.html`. */
	file: string;
	/** The URL path a host serves it at, e.g. `/codes/429/` (`404.html` → `/404`). */
	path: string;
}

export function builtPages(): BuiltPage[] {
	return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort()
		.map((file) => ({ file, path: `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}` }));
}

export const readPage = (page: BuiltPage): string => readFileSync(join(DIST, page.file), 'utf8');

/** A code with no entry, so its URL gets the not-found page. */
export const MISSING_CODE_PATH = '/codes/477/';

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
		// `/404` is the not-found page itself, reached above through a missing code.
		if (path === '/404') continue;
		const shape = path.replace(/\d+/g, 'N');
		if (!byShape.has(shape)) byShape.set(shape, path);
	}
	return [...new Set([...named, ...byShape.values()])];
}

/** Playwright tests whose `baseURL` is a static host serving `dist/` with the headers of `dist/_headers`. */
export const test = base.extend<{ baseURL: string }, { staticHost: string }>({
	staticHost: [
		async ({}, use) => {
			const host = await startStaticHost(DIST);
			await use(host.url);
			await host.close();
		},
		{ scope: 'worker' },
	],
	baseURL: async ({ staticHost }, use) => use(staticHost),
});

export { expect } from '@playwright/test';
