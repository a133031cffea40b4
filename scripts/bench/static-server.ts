/**
 * Serves a built site on 127.0.0.1 the way a static host does, with the path
 * rules of the test host (`resolveRequest` in tests/static-host.ts), and text
 * compressed with gzip when the browser accepts it (Lighthouse checks that
 * text is compressed).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES, resolveRequest } from '../../tests/static-host.ts';

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
		// The same path rules as the test host (tests/static-host.ts), without its `_headers`.
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
