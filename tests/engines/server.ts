/**
 * Where the engine tests get the site from: the one place that knows how it is
 * served. Today `dist/` through `tests/static-host.ts`, which applies the host's
 * path rules and the headers of `dist/_headers` (the CSP among them), on a free
 * port of 127.0.0.1.
 */
import { existsSync } from 'node:fs';
import { startStaticHost } from '../static-host.ts';

export interface Site {
	/** e.g. `http://127.0.0.1:40211`, no trailing slash. */
	baseURL: string;
	close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
	if (!existsSync('dist/index.html')) throw new Error('no build in dist/: run `npm run build` first');
	const host = await startStaticHost('dist');
	return { baseURL: host.url, close: host.close };
}
