/**
 * The Cloudflare Pages runtime for the browser tests: `wrangler pages dev dist`
 * runs Cloudflare's asset server on workerd, with `_headers` and `_redirects`
 * parsed by wrangler as Pages parses them on deploy. The tests see real redirects
 * (`/429` → 301, `/codes/429` → 308), real 404s and the headers as Pages sends them.
 *
 * Known quirks of wrangler in dev mode (wrangler 4.164.0, workerd 1.20261117.1),
 * none of them the site's, each handled here:
 *
 * - It needs a compatibility date its workerd knows; without one it takes today's,
 *   and a workerd older than today refuses to start (wrangler 4.86 did) or falls back
 *   with a warning (4.164). `COMPATIBILITY_DATE` is pinned.
 * - It answers 502 instead of 404 where its local file lookup throws
 *   (`wranglerDevStatus`): a file path with a trailing slash (`/robots.txt/`:
 *   ENOTDIR on `lstat robots.txt/index.html`), the host files `/_headers` and
 *   `/_redirects` (the same), and a NUL byte in the path (`/codes/429%00`: Node's `fs`
 *   refuses it). The body is an error message, never the file.
 * - Its local proxy runs on Node, which answers 431 to a request head over
 *   about 8 KB (a `?q=` of 7,900 characters), where Cloudflare takes URLs up to 16 KB and
 *   32 KB of headers: `NODE_OPTIONS` raises Node's limit to Cloudflare's 32 KB.
 * - It sends `Access-Control-Allow-Origin: *` on every response, so a test cannot
 *   tell from it alone whether the `_headers` CORS rule was applied.
 * - It exits if its port is taken, and opens a second port for the devtools
 *   inspector (9229 by default); both are chosen free (`playwright.config.ts`).
 * - It would check npm for a newer wrangler, send usage metrics, fetch the
 *   `Request.cf` object from Cloudflare, and log to `~/.config/.wrangler/logs`:
 *   `WRANGLER_ENV` turns the first three off (the network is closed here) and keeps
 *   its state in `node_modules/.cache/wrangler`.
 * - It needs Node ≥ 22.12: it runs on the project's own Node 22 (the `node` package).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** A date the bundled workerd supports (it supports up to its own release date, 2026-11-17). */
export const COMPATIBILITY_DATE = '2026-11-01';

export const WRANGLER_ENV: Record<string, string> = {
	WRANGLER_SEND_METRICS: 'false',
	WRANGLER_SEND_ERROR_REPORTS: 'false',
	// The banner is what checks npm for a newer version.
	WRANGLER_HIDE_BANNER: 'true',
	CLOUDFLARE_CF_FETCH_ENABLED: 'false',
	NODE_OPTIONS: '--max-http-header-size=32768',
	WRANGLER_LOG_PATH: resolve('node_modules/.cache/wrangler/logs'),
};

/** The command that serves `dir` on 127.0.0.1:`port`. */
export function wranglerCommand(dir: string, port: number, inspectorPort: number): string {
	const node = resolve('node_modules/.bin/node');
	const wrangler = resolve('node_modules/wrangler/bin/wrangler.js');
	return [
		`"${node}" "${wrangler}" pages dev "${dir}"`,
		`--ip 127.0.0.1 --port ${port} --inspector-port ${inspectorPort}`,
		`--compatibility-date ${COMPATIBILITY_DATE}`,
		`--persist-to "${resolve('node_modules/.cache/wrangler/state')}"`,
		'--log-level warn --show-interactive-dev-session=false',
	].join(' ');
}

/**
 * The status wrangler dev answers for `path` where production Pages would answer
 * otherwise (see above), or `undefined` when it answers like production.
 */
export function wranglerDevStatus(path: string): 502 | undefined {
	const pathname = path.split(/[?#]/)[0];
	if (/%00/i.test(pathname)) return 502;
	if (['/_headers', '/_redirects'].includes(pathname.replace(/\/$/, ''))) return 502;
	// A file (a name with an extension) asked for as a folder.
	if (/\/[^/]+\.[a-z0-9]+\/$/i.test(pathname)) return 502;
	return undefined;
}

/** A port nothing listens on now, from the system. */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as { port: number };
	await new Promise((done) => server.close(done));
	return port;
}

/** Starts wrangler on `dir` on a free port and waits until it answers (for suites outside Playwright). */
export async function startWrangler(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
	const [port, inspectorPort] = [await freePort(), await freePort()];
	const child = spawn(wranglerCommand(dir, port, inspectorPort), { shell: true, detached: true, stdio: 'ignore', env: { ...process.env, ...WRANGLER_ENV } });
	const url = `http://127.0.0.1:${port}`;
	const close = async () => {
		if (child.exitCode !== null) return;
		const exited = new Promise((done) => child.once('exit', done));
		process.kill(-child.pid!, 'SIGTERM');
		await exited;
	};
	for (let waited = 0; waited < 120_000; waited += 250) {
		if (child.exitCode !== null) throw new Error(`wrangler exited with ${child.exitCode} before serving ${dir}`);
		try {
			await fetch(`${url}/`);
			return { url, close };
		} catch {
			await new Promise((done) => setTimeout(done, 250));
		}
	}
	await close();
	throw new Error(`wrangler did not serve ${dir} within 120 s`);
}
