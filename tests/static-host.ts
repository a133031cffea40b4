/**
 * Used only by the Firefox/WebKit suite (`tests/engines/server.ts`); the Playwright
 * tests run on the real Cloudflare Pages runtime (`tests/wrangler.ts`). Moving that
 * suite to wrangler failed its first check (`/` HTTP status in Firefox) and is left to do.
 *
 * A tiny static file server that serves `dist/` the way Netlify and Cloudflare
 * Pages do, so tests see the site as users reach it: the headers of
 * `dist/_headers`, `/dir/` served from `dir/index.html`, `/dir` redirected to
 * `/dir/`, `/page` served from `page.html`, and `404.html` with status 404 for
 * anything else. Not `astro preview`, which neither reads `_headers` nor
 * mimics a host's path rules.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

export type Resolution = { status: 200 | 404; file: string } | { status: 301; location: string };

export interface HeaderRule {
	pattern: string;
	headers: [string, string][];
}

export const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};

/** Host configuration files are read by the host, never served. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

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
	if (!path.startsWith('/') || /[\0\\]/.test(path) || path.split('/').includes('..') || HOST_FILES.has(path)) return notFound;
	if (path.endsWith('/')) {
		const index = join(root, path, 'index.html');
		return isFile(index) ? { status: 200, file: index } : notFound;
	}
	const exact = join(root, path);
	if (isFile(exact)) return { status: 200, file: exact };
	if (isFile(`${exact}.html`)) return { status: 200, file: `${exact}.html` };
	if (isFile(join(exact, 'index.html'))) return { status: 301, location: `${pathname}/${search}` };
	return notFound;
}

/** Parses a `_headers` file: a path pattern at the start of a line, its headers indented below it. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const separator = line.indexOf(':');
		const rule = rules.at(-1);
		if (!rule || separator === -1) throw new Error(`_headers: cannot read line "${line}"`);
		rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
	}
	return rules;
}

/** `*` matches anything (slashes included), `:name` one path segment, as on Netlify and Cloudflare Pages. */
export function matchesPattern(pattern: string, pathname: string): boolean {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${source}$`).test(pathname);
}

/** The headers for `pathname`; a header set by several matching rules is joined with commas, as the hosts do. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules.filter((item) => matchesPattern(item.pattern, pathname))) {
		for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
	}
	return headers;
}

export interface StaticHost {
	url: string;
	close: () => Promise<void>;
}

/** Serves `root` on a free port of 127.0.0.1. */
export async function startStaticHost(root: string): Promise<StaticHost> {
	const headersPath = join(root, '_headers');
	const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const resolution = resolveRequest(root, url.pathname, url.search);
		for (const [name, value] of Object.entries(headersFor(rules, url.pathname))) response.setHeader(name, value);
		if (resolution.status === 301) {
			response.writeHead(301, { Location: resolution.location }).end();
			return;
		}
		const type = CONTENT_TYPES[extname(resolution.file)] ?? 'application/octet-stream';
		response.writeHead(resolution.status, { 'Content-Type': type });
		response.end(request.method === 'HEAD' ? undefined : readFileSync(resolution.file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}
