/**
 * Reads the pinned `@mdn/browser-compat-data` package once per build and hands it to
 * `browser-support.ts`, which validates the part it uses. A package whose shape changed
 * fails the build there, with the paths that no longer fit.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type BrowserSupport, browserSupportByCode } from './browser-support';

let cached: Map<number, BrowserSupport> | undefined;

/** Browser support by status code, for the code pages and the JSON files. */
export function browserSupport(): ReadonlyMap<number, BrowserSupport> {
	cached ??= browserSupportByCode(JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@mdn/browser-compat-data'), 'utf8')));
	return cached;
}
