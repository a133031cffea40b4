/**
 * Where the engine tests get the site from: the one place that knows how it is
 * served. `dist/` on the Cloudflare Pages runtime (`wrangler pages dev`, see
 * `tests/wrangler.ts`), which applies `_headers` (the CSP among them) and
 * `_redirects` as production does, on a free port of 127.0.0.1.
 */
import { existsSync } from 'node:fs';
import { startWrangler } from '../wrangler.ts';

export interface Site {
	/** e.g. `http://127.0.0.1:40211`, no trailing slash. */
	baseURL: string;
	close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
	if (!existsSync('dist/index.html')) throw new Error('no build in dist/: run `npm run build` first');
	const host = await startWrangler('dist');
	return { baseURL: host.url, close: host.close };
}
