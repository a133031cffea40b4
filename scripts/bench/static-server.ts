/**
 * Serves a built site on 127.0.0.1 for the benchmark, with text compressed with
 * gzip when the browser accepts it (Lighthouse checks that text is compressed).
 *
 * The tests use the real Cloudflare Pages runtime (`tests/wrangler.ts`); the
 * benchmark keeps this plain server because it measures what the runtime cannot
 * give: Lighthouse refuses to audit a page that answers 404, so the not-found page
 * must be served with 200 (`missingStatus`), and timings should not include
 * wrangler's dev-mode proxy (a second local hop) or its start-up of 5–15 s per
 * server. Only the path rules every host shares are kept: `/dir/` from
 * `dir/index.html`, `/dir` redirected to `/dir/`, anything else the 404 page.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
};

type Resolution = { status: 200 | 404; file: string } | { status: 301; location: string };

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** Which file answers `pathname` (still percent-encoded), or where to redirect. */
export function resolveRequest(root: string, pathname: string, search = ''): Resolution {
	const notFound = { status: 404, file: join(root, '404.html') } as const;
	let path: string;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		return notFound;
	}
	if (!path.startsWith('/') || /[\0\\]/.test(path) || path.split('/').includes('..') || /^\/_(headers|redirects)$/.test(path)) return notFound;
	if (path.endsWith('/')) {
		const index = join(root, path, 'index.html');
		return isFile(index) ? { status: 200, file: index } : notFound;
	}
	const exact = join(root, path);
	if (isFile(exact)) return { status: 200, file: exact };
	if (isFile(join(exact, 'index.html'))) return { status: 301, location: `${pathname}/${search}` };
	return notFound;
}

/** Types a host compresses on the fly; Pagefind's own files arrive already compressed. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface StaticServer {
	origin: string;
	close: () => Promise<void>;
}

/**
 * `missingStatus` is the status of the 404 page, 404 unless a tool needs otherwise
 * (Lighthouse refuses to audit a page that answers 404).
 */
export async function serveStatic(root: string, { missingStatus = 404 } = {}): Promise<StaticServer> {
	const server: Server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const resolution = resolveRequest(root, url.pathname, url.search);
		if (resolution.status === 301) {
			response.writeHead(301, { Location: resolution.location }).end();
			return;
		}
		const { file } = resolution;
		const status = resolution.status === 404 ? missingStatus : 200;
		const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
		let body = await readFile(file);
		const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
		if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			body = gzipSync(body);
			headers['Content-Encoding'] = 'gzip';
		}
		response.writeHead(status, { ...headers, 'Content-Length': String(body.length) }).end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
