/**
 * Serves a built site on 127.0.0.1 the way a static host does: `/x/` from
 * `x/index.html`, `/x` redirected to `/x/` when that directory exists, the 404
 * page with status 404 for anything else, and text compressed with gzip when
 * the browser accepts it (Lighthouse checks that text is compressed).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
};

/** Types a host compresses on the fly; Pagefind's own files arrive already compressed. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

async function isFile(path: string): Promise<boolean> {
	return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

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
		// A URL path starts with `/`, so normalizing keeps it inside the root.
		const path = normalize(decodeURIComponent(url.pathname));
		let file = join(root, path, path.endsWith('/') ? 'index.html' : '');
		let status = 200;
		if (!(await isFile(file))) {
			if (!path.endsWith('/') && (await isFile(join(root, path, 'index.html')))) {
				response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			file = join(root, '404.html');
			status = missingStatus;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
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
